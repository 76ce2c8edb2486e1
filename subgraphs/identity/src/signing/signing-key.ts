import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@sectorwars/platform';
import { calculateJwkThumbprint, exportJWK, type JSONWebKeySet, SignJWT } from 'jose';

/** Claims identity puts into an access token besides iss/aud/iat/exp. */
export interface AccessTokenClaims {
  playerId: string;
  roles: string[];
  scopes: string[];
  apiKeyId?: string;
}

/**
 * The access-token signing key (ES256). Loaded once from PEM; the public half
 * is published as a JWKS with a thumbprint `kid`, so subgraphs and outside
 * verifiers can check tokens without contacting identity per request.
 */
export class SigningKey {
  private constructor(
    private readonly privateKey: KeyObject,
    readonly kid: string,
    readonly jwks: JSONWebKeySet,
  ) {}

  /** @throws Error when the PEM is not an EC P-256 private key */
  static async fromPem(pem: string): Promise<SigningKey> {
    const privateKey = createPrivateKey(pem);
    if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new Error('JWT_PRIVATE_KEY must be an EC P-256 key');
    }
    const publicJwk = await exportJWK(createPublicKey(privateKey));
    const kid = await calculateJwkThumbprint(publicJwk);
    return new SigningKey(privateKey, kid, { keys: [{ ...publicJwk, kid, alg: TOKEN_ALGORITHM, use: 'sig' }] });
  }

  /**
   * Signs an access token.
   * @param ttlSeconds lifetime in seconds
   * @returns the compact JWS and its expiry
   */
  async sign(claims: AccessTokenClaims, ttlSeconds: number): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const token = await new SignJWT({
      roles: claims.roles,
      scope: claims.scopes.join(' '),
      ...(claims.apiKeyId ? { akid: claims.apiKeyId } : {}),
    })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: this.kid, typ: 'at+jwt' })
      .setSubject(claims.playerId)
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.privateKey);
    return { token, expiresAt };
  }
}

/** SHA-256 hex of a high-entropy secret (refresh tokens, API keys): fast, and safe because the secret is random. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
