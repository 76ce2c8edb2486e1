import { type TokenVerifier, viewerFromAuthorization } from '@sectorwars/platform';
import type { Credentials } from '../context';

/** How a connection's credential is checked (the same steps as the HTTP path). */
export interface CredentialCheck {
  verifier: () => TokenVerifier;
  /** Exchanges an API key for an access token at identity. @throws UNAUTHENTICATED when refused */
  exchangeApiKey(apiKey: string, requestId: string): Promise<string>;
}

/**
 * Verifies the credential of a graphql-ws `connection_init`: `connectionParams.authorization`
 * (`Bearer <access token>`, any key case), or an API key in `x-api-key` / `apiKey`, exchanged at
 * identity like on the HTTP path. No credential: an anonymous connection (subscribing checks
 * authorization field by field, like a query).
 * @throws AppError UNAUTHENTICATED for a malformed, invalid, expired or revoked credential
 */
export async function connectionCredentials(
  params: Record<string, unknown>,
  clientIp: string,
  requestId: string,
  check: CredentialCheck,
): Promise<Credentials> {
  const param = (...names: string[]) => {
    for (const [key, value] of Object.entries(params)) {
      if (typeof value === 'string' && names.includes(key.toLowerCase())) return value;
    }
    return undefined;
  };
  let authorization = param('authorization');
  const apiKey = param('x-api-key', 'apikey');
  if (!authorization && apiKey) authorization = `Bearer ${await check.exchangeApiKey(apiKey, requestId)}`;
  const viewer = await viewerFromAuthorization(authorization, check.verifier());
  return { viewer, authorization, expiresAt: authorization ? tokenExpiry(authorization) : undefined, clientIp };
}

/** `exp` of an already verified `Bearer <jwt>`, in epoch ms (no signature check: the verifier did it). */
function tokenExpiry(authorization: string): number | undefined {
  const payload = authorization.split(' ')[1]?.split('.')[1];
  if (!payload) return undefined;
  const { exp } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: number };
  return typeof exp === 'number' ? exp * 1000 : undefined;
}
