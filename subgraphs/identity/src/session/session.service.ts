import { randomBytes, randomUUID } from 'node:crypto';
import { unauthenticated } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { dummyPasswordHash, verifyPassword } from '../player/password';
import type { Player } from '../player/player.entity';
import type { PlayerService } from '../player/player.service';
import { hashSecret, type SigningKey } from '../signing/signing-key';
import type { LoginThrottle } from './login-throttle';
import { RefreshToken } from './refresh-token.entity';
import type { AuthPayload } from './session.types';

/** Lifetimes of the two tokens. */
export interface SessionLifetimes {
  accessTokenSeconds: number;
  refreshTokenDays: number;
}

/**
 * Sessions: login, refresh-token rotation with reuse detection, logout.
 * Access tokens are stateless JWTs; refresh tokens are opaque, stored hashed.
 */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly players: PlayerService,
    private readonly signingKey: SigningKey,
    private readonly throttle: LoginThrottle,
    private readonly lifetimes: SessionLifetimes,
  ) {}

  /**
   * Checks credentials and opens a session.
   * @param ip client IP, for the per-IP failure budget
   * @throws RATE_LIMITED after too many failures for the account or IP;
   *         UNAUTHENTICATED on a wrong email or password (same message for both)
   */
  async login(email: string, password: string, ip: string): Promise<AuthPayload> {
    await this.throttle.assertAllowed(email, ip);
    const player = await this.players.findForLogin(email);
    const ok = await verifyPassword(player?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!player || !ok) {
      await this.throttle.recordFailure(email, ip);
      throw unauthenticated('Wrong email or password');
    }
    await this.throttle.recordSuccess(email);
    return this.openSession(player);
  }

  /** Starts a new refresh-token family for `player` and returns both tokens. */
  async openSession(player: Player, manager: EntityManager = this.dataSource.manager): Promise<AuthPayload> {
    const refresh = await this.insertRefreshToken(manager, player.id, randomUUID());
    return this.payload(player, refresh);
  }

  /**
   * Rotates a refresh token: the presented one is spent, a new one of the same
   * family is returned with a fresh access token. Presenting a spent token
   * revokes every token of its family (someone else may hold a copy).
   *
   * @throws UNAUTHENTICATED when the token is unknown, expired, revoked or reused
   */
  async refresh(refreshToken: string): Promise<AuthPayload> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      const current = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashSecret(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || current.revokedAt || current.expiresAt <= new Date()) return { kind: 'invalid' as const };
      if (current.rotatedAt) {
        await this.revokeFamily(manager, current.familyId);
        return { kind: 'reused' as const };
      }
      await manager.update(RefreshToken, { id: current.id }, { rotatedAt: new Date() });
      const next = await this.insertRefreshToken(manager, current.playerId, current.familyId);
      return { kind: 'rotated' as const, playerId: current.playerId, next };
    });
    if (outcome.kind === 'invalid') throw unauthenticated('Refresh token is invalid or expired');
    if (outcome.kind === 'reused') {
      throw unauthenticated('Refresh token was already used; the session has been revoked. Sign in again.');
    }
    const player = await this.players.findById(outcome.playerId);
    if (!player) throw unauthenticated('Player no longer exists');
    return this.payload(player, outcome.next);
  }

  /** Ends the session the refresh token belongs to. @returns false when it was unknown or already ended */
  async logout(refreshToken: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const token = await manager.findOneBy(RefreshToken, { tokenHash: hashSecret(refreshToken) });
      if (!token || token.revokedAt) return false;
      return (await this.revokeFamily(manager, token.familyId)) > 0;
    });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
    return result.affected ?? 0;
  }

  private async insertRefreshToken(manager: EntityManager, playerId: string, familyId: string) {
    const token = `rt_${randomBytes(32).toString('base64url')}`;
    const expiresAt = new Date(Date.now() + this.lifetimes.refreshTokenDays * 86_400_000);
    await manager.insert(RefreshToken, { playerId, familyId, tokenHash: hashSecret(token), expiresAt });
    return { token, expiresAt };
  }

  private async payload(player: Player, refresh: { token: string; expiresAt: Date }): Promise<AuthPayload> {
    const access = await this.signingKey.sign(
      { playerId: player.id, roles: player.roles, scopes: ['read', 'write'] },
      this.lifetimes.accessTokenSeconds,
    );
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
      player,
    };
  }
}
