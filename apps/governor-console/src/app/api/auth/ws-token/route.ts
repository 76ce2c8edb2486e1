import { type NextRequest, NextResponse } from 'next/server';
import { gatewayWsUrl } from '../../../../lib/gateway';
import { accessTokenFor, clearSessionCookies, fromConsole, setSessionCookies } from '../../../../lib/session';

/**
 * Hands the page a short-lived access token for the gateway's WebSocket (graphql-ws
 * `connectionParams`), which the page keeps in memory only. Subscriptions are the one
 * thing the server cannot proxy per request; HTTP calls go through /api/graphql.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  if (!fromConsole(request)) return NextResponse.json({ error: { message: 'Forbidden.' } }, { status: 403 });
  const { token, rotated, ended } = await accessTokenFor(request);
  const response = token
    ? NextResponse.json({ token, url: gatewayWsUrl() }, { headers: { 'cache-control': 'no-store' } })
    : NextResponse.json({ error: { message: 'Not signed in.' } }, { status: 401 });
  if (rotated) setSessionCookies(request, response, rotated);
  if (ended) clearSessionCookies(response);
  return response;
}
