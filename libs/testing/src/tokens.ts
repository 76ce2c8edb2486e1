import { TOKEN_ALGORITHM, TOKEN_AUDIENCE, TOKEN_ISSUER } from '@sectorwars/platform';
import { importPKCS8, SignJWT } from 'jose';

/**
 * Signs an access token exactly as identity does (ES256, issuer/audience, `roles`, `scope`),
 * with a test stack's `signingKeyPem`: benchmarks and tests get thousands of players' tokens
 * without paying for thousands of Argon2 registrations. Subgraphs accept it like any token;
 * the player need not exist in identity.
 *
 * @param playerId the `sub` claim (a UUID)
 * @param options roles (default `['PLAYER']`), lifetime in seconds (default 3600)
 */
export async function mintAccessToken(
  signingKeyPem: string,
  playerId: string,
  options: { roles?: string[]; ttlSeconds?: number } = {},
): Promise<string> {
  const key = await importPKCS8(signingKeyPem, TOKEN_ALGORITHM);
  return new SignJWT({ roles: options.roles ?? ['PLAYER'], scope: 'read write' })
    .setProtectedHeader({ alg: TOKEN_ALGORITHM, typ: 'at+jwt' })
    .setSubject(playerId)
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + (options.ttlSeconds ?? 3600))
    .sign(key);
}
