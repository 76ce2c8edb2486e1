import { type NextRequest, NextResponse } from 'next/server';
import { gatewayRequest } from '../../../../lib/gateway';
import {
  clearSessionCookies,
  forgetSession,
  fromConsole,
  LogoutMutation,
  REFRESH_COOKIE,
} from '../../../../lib/session';

/** Ends the session at identity (all rotations of the refresh token) and drops the cookies. */
export async function POST(request: NextRequest): Promise<NextResponse> {
  if (!fromConsole(request)) return NextResponse.json({ error: { message: 'Forbidden.' } }, { status: 403 });
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (refreshToken) {
    forgetSession(refreshToken);
    // Signing out locally must work even when identity is down: the cookies go either way.
    await gatewayRequest(LogoutMutation, { input: { refreshToken } }).catch(() => undefined);
  }
  const response = NextResponse.json({ signedOut: true });
  clearSessionCookies(response);
  return response;
}
