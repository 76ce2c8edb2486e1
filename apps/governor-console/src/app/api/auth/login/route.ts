import type { FormattedExecutionResult } from 'graphql';
import { type NextRequest, NextResponse } from 'next/server';
import type { ConsoleLoginMutation } from '../../../../gql/graphql';
import { firstErrorCode, gatewayRequest } from '../../../../lib/gateway';
import { fromConsole, LoginMutation, setSessionCookies } from '../../../../lib/session';

/**
 * Signs in with identity's `login`: the tokens go into httpOnly cookies, the page
 * gets only who signed in.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  if (!fromConsole(request)) return NextResponse.json({ error: { message: 'Forbidden.' } }, { status: 403 });
  const body = (await request.json().catch(() => null)) as { email?: unknown; password?: unknown } | null;
  if (typeof body?.email !== 'string' || typeof body.password !== 'string' || !body.email || !body.password) {
    return NextResponse.json({ error: { message: 'Enter your email and password.' } }, { status: 400 });
  }
  let result: FormattedExecutionResult<ConsoleLoginMutation>;
  try {
    result = await gatewayRequest(LoginMutation, { input: { email: body.email, password: body.password } });
  } catch {
    return NextResponse.json(
      { error: { message: 'The platform cannot be reached. Try again shortly.' } },
      { status: 502 },
    );
  }
  const tokens = result.data?.login;
  if (!tokens) {
    const code = firstErrorCode(result);
    const status = code === 'RATE_LIMITED' ? 429 : code === 'UNAUTHENTICATED' ? 401 : 400;
    return NextResponse.json(
      { error: { message: result.errors?.[0]?.message ?? 'Sign-in failed.', code } },
      { status },
    );
  }
  const response = NextResponse.json({ player: tokens.player });
  setSessionCookies(request, response, tokens);
  return response;
}
