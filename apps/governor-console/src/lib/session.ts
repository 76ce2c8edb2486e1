/**
 * The console's session, kept by the Next server: the refresh token and the access
 * token live in httpOnly cookies (JavaScript in the page can read neither); route
 * handlers attach the access token to gateway calls and rotate it when it expires.
 */
import type { NextRequest, NextResponse } from 'next/server';
import { graphql } from '../gql';
import type { AuthTokensFragment } from '../gql/graphql';
import { CSRF_HEADER_NAME } from './csrf';
import { firstErrorCode, gatewayRequest } from './gateway';

/** Cookie holding the access token (JWT, ~15 minutes). */
export const ACCESS_COOKIE = 'sw_console_at';
/** Cookie holding the rotating refresh token (~30 days). */
export const REFRESH_COOKIE = 'sw_console_rt';

/** Refresh this long before the access token's expiry, so a request never arrives with a dying token. */
const EXPIRY_MARGIN_MS = 30_000;

export const AuthTokens = graphql(`
  fragment AuthTokens on AuthPayload {
    accessToken
    accessTokenExpiresAt
    refreshToken
    refreshTokenExpiresAt
    player {
      id
      handle
      displayName
      roles
    }
  }
`);

export const LoginMutation = graphql(`
  mutation ConsoleLogin($input: LoginInput!) {
    login(input: $input) {
      ...AuthTokens
    }
  }
`);

export const RefreshMutation = graphql(`
  mutation ConsoleRefresh($input: RefreshTokenInput!) {
    refreshSession(input: $input) {
      ...AuthTokens
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation ConsoleLogout($input: RefreshTokenInput!) {
    logout(input: $input) {
      revoked
    }
  }
`);

/**
 * Expiry of a JWT from its `exp` claim. Not a verification (the gateway and every
 * subgraph verify the signature): only to know when to refresh.
 * @returns epoch milliseconds, or 0 when the token cannot be read
 */
export function tokenExpiry(token: string): number {
  try {
    const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp?: number };
    return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
  } catch {
    return 0;
  }
}

/** Whether an access token is still good for a request sent now. */
export const accessTokenFresh = (token: string | undefined): token is string =>
  !!token && tokenExpiry(token) - EXPIRY_MARGIN_MS > Date.now();

/**
 * Refreshes in flight or just done, by the refresh token they spent. Identity revokes
 * the whole session when a spent refresh token is presented again, and a page fires
 * several requests at once with the same cookie: they must share one rotation. Results
 * are kept for a minute for requests that were sent before the browser got the new
 * cookie. (One Next server process holds the session; several would need a shared store.)
 */
const rotations = new Map<
  string,
  { result: Promise<AuthTokensFragment | null>; at: number; tokens?: AuthTokensFragment | null }
>();
const ROTATION_MEMORY_MS = 60_000;

/**
 * Exchanges a refresh token for new tokens, once per refresh token.
 * @returns the new tokens, or null when the session is over (refresh token unknown, spent or expired)
 * @throws Error when the gateway cannot be reached
 */
export function rotateSession(refreshToken: string): Promise<AuthTokensFragment | null> {
  const now = Date.now();
  for (const [key, entry] of rotations) if (now - entry.at > ROTATION_MEMORY_MS) rotations.delete(key);
  const known = rotations.get(refreshToken);
  if (known) return known.result;
  const result = gatewayRequest(RefreshMutation, { input: { refreshToken } }).then((response) => {
    if (response.data?.refreshSession) return response.data.refreshSession;
    if (firstErrorCode(response) === 'UNAUTHENTICATED') return null;
    throw new Error(response.errors?.[0]?.message ?? 'refreshSession failed');
  });
  const entry: { result: typeof result; at: number; tokens?: AuthTokensFragment | null } = { result, at: now };
  result.then(
    (tokens) => {
      entry.tokens = tokens;
    },
    // A failure to reach the gateway is not remembered: the next request may try again.
    () => rotations.delete(refreshToken),
  );
  rotations.set(refreshToken, entry);
  return result;
}

/**
 * Forgets every remembered rotation that led to `refreshToken` (its whole chain), so that
 * after sign-out an old cookie cannot be answered from memory with the session's tokens.
 */
export function forgetSession(refreshToken: string): void {
  const chain = new Set([refreshToken]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [key, entry] of rotations) {
      if (chain.has(key) || (entry.tokens && chain.has(entry.tokens.refreshToken))) {
        rotations.delete(key);
        chain.add(key);
        grew = true;
      }
    }
  }
}

/** Cookies are `Secure` when the console is served over https (not on plain http://localhost). */
const isHttps = (request: NextRequest) =>
  request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';

/** Puts the tokens of a session into httpOnly cookies on `response`. */
export function setSessionCookies(request: NextRequest, response: NextResponse, tokens: AuthTokensFragment): void {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure: isHttps(request), path: '/' };
  response.cookies.set(ACCESS_COOKIE, tokens.accessToken, {
    ...base,
    expires: new Date(tokens.accessTokenExpiresAt),
  });
  response.cookies.set(REFRESH_COOKIE, tokens.refreshToken, {
    ...base,
    expires: new Date(tokens.refreshTokenExpiresAt),
  });
}

/** Removes the session cookies. */
export function clearSessionCookies(response: NextResponse): void {
  response.cookies.delete(ACCESS_COOKIE);
  response.cookies.delete(REFRESH_COOKIE);
}

/**
 * Whether a request came from the console's own pages: it carries the custom header
 * (a cross-site form or image cannot set one, and a cross-site script cannot without a
 * CORS preflight this server never grants) and, when sent, a same-origin Origin. With
 * SameSite cookies, that keeps other sites from acting as the signed-in player.
 */
export function fromConsole(request: NextRequest): boolean {
  if (request.headers.get(CSRF_HEADER_NAME) !== '1') return false;
  const origin = request.headers.get('origin');
  return (
    !origin ||
    origin === request.nextUrl.origin ||
    origin === `${request.nextUrl.protocol}//${request.headers.get('host')}`
  );
}

/**
 * The access token for a request: the cookie's when still fresh, else a rotated one.
 * @returns the token (or undefined when signed out), the new tokens to set as cookies
 *   when rotated, and whether the session ended and its cookies must go
 */
export async function accessTokenFor(
  request: NextRequest,
  forceRefresh = false,
): Promise<{ token?: string; rotated?: AuthTokensFragment; ended?: boolean }> {
  const access = request.cookies.get(ACCESS_COOKIE)?.value;
  if (!forceRefresh && accessTokenFresh(access)) return { token: access };
  const refresh = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refresh) return { ended: !!access };
  const rotated = await rotateSession(refresh);
  if (!rotated) return { ended: true };
  return { token: rotated.accessToken, rotated };
}
