import type { ApolloServerPlugin } from '@apollo/server';
import { createLocalJWKSet, createRemoteJWKSet, type JSONWebKeySet, type JWTPayload, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { forbidden, unauthenticated, withHttpStatus } from './errors';

/** Global (platform-wide) roles carried in the access token. Region roles live in the regions subgraph. */
export const GlobalRole = { ADMIN: 'ADMIN', PLAYER: 'PLAYER' } as const;
export type GlobalRole = (typeof GlobalRole)[keyof typeof GlobalRole];

/** What a token may do: `read` runs queries, `write` also runs mutations. */
export type Scope = 'read' | 'write';

/** Issuer and audience of every access token identity signs. */
export const TOKEN_ISSUER = 'sectorwars-identity';
export const TOKEN_AUDIENCE = 'sectorwars';
/** Signature algorithm of access tokens (ECDSA P-256, asymmetric). */
export const TOKEN_ALGORITHM = 'ES256';

/** Claims of a verified access token. */
export interface AccessClaims {
  /** Player id (UUID). */
  playerId: string;
  roles: GlobalRole[];
  scopes: Scope[];
  /** Set when the token was minted for an API key. */
  apiKeyId?: string;
}

/** Who is making the request. Anonymous callers have no `playerId`. */
export interface Viewer {
  playerId: string | null;
  roles: GlobalRole[];
  scopes: Scope[];
  apiKeyId?: string;
}

export const anonymousViewer: Viewer = { playerId: null, roles: [], scopes: ['read', 'write'] };

/** Verifies a compact JWS access token; rejects with UNAUTHENTICATED. */
export type TokenVerifier = (token: string) => Promise<AccessClaims>;

/**
 * Builds a verifier that checks signature (ES256 against the JWKS), issuer,
 * audience and expiry. A token that verified is remembered (not re-checked) until its expiry,
 * at most 5 minutes; callers must not mutate the returned claims.
 *
 * @param keys identity's JWKS URL (fetched and cached) or an in-memory key set
 */
export function createTokenVerifier(keys: string | JSONWebKeySet): TokenVerifier {
  const keySet = typeof keys === 'string' ? createRemoteJWKSet(new URL(keys)) : createLocalJWKSet(keys);
  // A client sends the same token with every request for its lifetime; an ES256 check costs
  // ~0.5 ms of CPU, so verified tokens are remembered until they expire (at most 5 minutes).
  const verified = new LRUCache<string, AccessClaims>({ max: 10_000, ttl: 300_000 });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keySet, {
        issuer: TOKEN_ISSUER,
        audience: TOKEN_AUDIENCE,
        algorithms: [TOKEN_ALGORITHM],
      }));
    } catch (error) {
      const reason = (error as { code?: string }).code === 'ERR_JWT_EXPIRED' ? 'expired' : 'invalid';
      throw unauthenticated(`Access token is ${reason}`);
    }
    if (typeof payload.sub !== 'string') throw unauthenticated('Access token has no subject');
    const roles = Array.isArray(payload.roles) ? (payload.roles as GlobalRole[]) : [];
    const scopes = typeof payload.scope === 'string' ? (payload.scope.split(' ') as Scope[]) : [];
    const apiKeyId = typeof payload.akid === 'string' ? payload.akid : undefined;
    const claims = { playerId: payload.sub, roles, scopes, apiKeyId };
    const lifetimeMs = (payload.exp ?? 0) * 1000 - Date.now();
    if (lifetimeMs > 0) verified.set(token, claims, { ttl: Math.min(lifetimeMs, 300_000) });
    return claims;
  };
}

/**
 * Reads `Authorization: Bearer <jwt>` and returns the viewer.
 * No header → anonymous. A header that does not verify → UNAUTHENTICATED
 * (a bad token is never silently treated as anonymous).
 */
export async function viewerFromAuthorization(header: string | undefined, verify: TokenVerifier): Promise<Viewer> {
  if (!header) return anonymousViewer;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw withHttpStatus(unauthenticated('Authorization header must be "Bearer <access token>"'), 401);
  try {
    return { ...(await verify(match[1])) };
  } catch (error) {
    throw withHttpStatus(error as ReturnType<typeof unauthenticated>, 401);
  }
}

/** @returns the caller's player id. @throws UNAUTHENTICATED for anonymous callers. */
export function requirePlayer(viewer: Viewer): string {
  if (!viewer.playerId) throw unauthenticated();
  return viewer.playerId;
}

/** @returns whether the caller holds a global role. */
export const hasRole = (viewer: Viewer, role: GlobalRole) => viewer.roles.includes(role);

/** @throws UNAUTHENTICATED for anonymous callers, FORBIDDEN without the role. */
export function requireRole(viewer: Viewer, role: GlobalRole): string {
  const playerId = requirePlayer(viewer);
  if (!hasRole(viewer, role)) throw forbidden(`Requires the ${role} role`);
  return playerId;
}

/**
 * Apollo plugin refusing mutations for credentials without the `write` scope
 * (read-only API keys), before anything executes. Used by the gateway and,
 * again, by every subgraph.
 */
export const writeScopePlugin: ApolloServerPlugin<{ viewer: Viewer }> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation' && !contextValue.viewer.scopes.includes('write')) {
          throw withHttpStatus(forbidden('This credential is read-only: mutations need the write scope'), 403);
        }
      },
    };
  },
};
