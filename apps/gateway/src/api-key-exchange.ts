import { unauthenticated, withHttpStatus } from '@sectorwars/platform';

/** Header third-party apps send their API key in. */
export const API_KEY_HEADER = 'x-api-key';

/**
 * Exchanges an API key at identity for a short-lived access token carrying the
 * key's owner and scopes, so that every subgraph verifies one kind of
 * credential (a JWT) itself. Not cached: a revoked key stops working at once.
 *
 * @param exchangeUrl identity's `/internal/api-keys/exchange`
 * @throws UNAUTHENTICATED when identity refuses the key
 */
export async function exchangeApiKey(exchangeUrl: string, apiKey: string, requestId: string): Promise<string> {
  const response = await fetch(exchangeUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ apiKey }),
  });
  if (response.status === 401 || response.status === 400)
    throw withHttpStatus(unauthenticated('API key is invalid or revoked'), 401);
  if (!response.ok) throw new Error(`API key exchange failed with HTTP ${response.status}`);
  const body = (await response.json()) as { accessToken: string };
  return body.accessToken;
}
