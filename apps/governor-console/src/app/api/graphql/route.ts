import { type NextRequest, NextResponse } from 'next/server';
import { gatewayUrl } from '../../../lib/gateway';
import { accessTokenFor, clearSessionCookies, fromConsole, setSessionCookies } from '../../../lib/session';

/** Forwards one GraphQL request to the gateway. */
async function forward(request: NextRequest, body: string, token?: string) {
  return fetch(gatewayUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: request.headers.get('accept') ?? 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body,
    cache: 'no-store',
  });
}

/** Whether a gateway answer says the token was refused (expired or revoked in between). */
async function refusedToken(response: Response): Promise<boolean> {
  if (response.status === 401) return true;
  const text = await response.clone().text();
  return text.includes('"UNAUTHENTICATED"');
}

/**
 * The console's GraphQL endpoint: the gateway, with the session's access token added on
 * the server. An expired access token is rotated transparently (and once more if the
 * gateway still refuses it), so pages never handle tokens.
 */
export async function POST(request: NextRequest): Promise<NextResponse> {
  if (!fromConsole(request)) {
    return NextResponse.json(
      { errors: [{ message: 'Forbidden.', extensions: { code: 'FORBIDDEN' } }] },
      { status: 403 },
    );
  }
  const body = await request.text();
  let session = await accessTokenFor(request).catch(() => null);
  if (!session) {
    return NextResponse.json(
      { errors: [{ message: 'The platform cannot be reached.', extensions: { code: 'GATEWAY_UNREACHABLE' } }] },
      { status: 502 },
    );
  }
  let upstream: Response;
  try {
    upstream = await forward(request, body, session.token);
    if (session.token && !session.rotated && (await refusedToken(upstream))) {
      const retried = await accessTokenFor(request, true);
      if (retried.token) {
        session = retried;
        upstream = await forward(request, body, retried.token);
      } else session = retried;
    }
  } catch {
    return NextResponse.json(
      { errors: [{ message: 'The platform cannot be reached.', extensions: { code: 'GATEWAY_UNREACHABLE' } }] },
      { status: 502 },
    );
  }
  const response = new NextResponse(await upstream.text(), {
    status: upstream.status,
    headers: {
      'content-type': upstream.headers.get('content-type') ?? 'application/json',
      'cache-control': 'no-store',
    },
  });
  if (session.rotated) setSessionCookies(request, response, session.rotated);
  if (session.ended) clearSessionCookies(response);
  return response;
}
