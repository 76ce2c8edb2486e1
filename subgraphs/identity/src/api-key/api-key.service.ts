import { randomBytes } from 'node:crypto';
import {
  encodeCursor,
  forbidden,
  type KeysetCursor,
  notFound,
  type Page,
  unauthenticated,
  type Viewer,
} from '@sectorwars/platform';
import type { DataSource, Repository } from 'typeorm';
import type { PlayerService } from '../player/player.service';
import { hashSecret, type SigningKey } from '../signing/signing-key';
import { ApiKey, type ApiKeyScope } from './api-key.entity';

/** Lifetime of the access token minted for one API-key request, in seconds. */
export const API_KEY_TOKEN_SECONDS = 300;

/**
 * API keys: created (secret shown once), listed, revoked by their owner;
 * exchanged by the gateway for a short-lived access token carrying the key's scopes.
 */
export class ApiKeyService {
  private readonly keys: Repository<ApiKey>;

  constructor(
    dataSource: DataSource,
    private readonly players: PlayerService,
    private readonly signingKey: SigningKey,
  ) {
    this.keys = dataSource.getRepository(ApiKey);
  }

  /**
   * Creates a key for the viewer.
   * @throws FORBIDDEN when the caller is itself using an API key (keys cannot mint keys)
   */
  async create(viewer: Viewer & { playerId: string }, name: string, scopes: ApiKeyScope[]) {
    if (viewer.apiKeyId) throw forbidden('API keys cannot create API keys; sign in as the player');
    const prefix = `sw_${randomBytes(6).toString('base64url')}`;
    const secret = `${prefix}_${randomBytes(32).toString('base64url')}`;
    const apiKey = await this.keys.save(
      this.keys.create({
        playerId: viewer.playerId,
        name,
        prefix,
        keyHash: hashSecret(secret),
        scopes: [...new Set(scopes)],
      }),
    );
    return { apiKey, secret };
  }

  /**
   * The owner's keys, newest first (keyset pagination on created_at, id).
   */
  async list(playerId: string, first: number, after: KeysetCursor | null): Promise<Page<ApiKey>> {
    const query = this.keys.createQueryBuilder('k').where('k.player_id = :playerId', { playerId });
    const totalCount = await query.getCount();
    if (after) query.andWhere('(k.created_at, k.id) < (:at, :id)', { at: after.at, id: after.id });
    const rows = await query
      .orderBy('k.created_at', 'DESC')
      .addOrderBy('k.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    return {
      nodes,
      cursors: nodes.map((k) => encodeCursor({ at: k.createdAt.toISOString(), id: k.id })),
      hasNextPage: rows.length > first,
      totalCount,
    };
  }

  /**
   * Revokes a key. Owners revoke their own; admins any.
   * @throws NOT_FOUND when the key does not exist or belongs to someone else (not revealed)
   */
  async revoke(viewer: Viewer & { playerId: string }, id: string): Promise<ApiKey> {
    const key = await this.keys.findOneBy({ id });
    if (!key || (key.playerId !== viewer.playerId && !viewer.roles.includes('ADMIN'))) throw notFound('API key');
    if (!key.revokedAt) {
      key.revokedAt = new Date();
      await this.keys.save(key);
    }
    return key;
  }

  /**
   * Exchanges a key for an access token of its owner with the key's scopes.
   * @throws UNAUTHENTICATED when the key is unknown or revoked
   */
  async exchange(secret: string): Promise<{ accessToken: string; expiresAt: Date }> {
    const key = await this.keys.findOneBy({ keyHash: hashSecret(secret) });
    if (!key || key.revokedAt) throw unauthenticated('API key is invalid or revoked');
    const player = await this.players.findById(key.playerId);
    if (!player) throw unauthenticated('API key owner no longer exists');
    await this.keys
      .createQueryBuilder()
      .update()
      .set({ lastUsedAt: () => 'now()' })
      .where("id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')", { id: key.id })
      .execute();
    const { token, expiresAt } = await this.signingKey.sign(
      { playerId: player.id, roles: player.roles, scopes: key.scopes, apiKeyId: key.id },
      API_KEY_TOKEN_SECONDS,
    );
    return { accessToken: token, expiresAt };
  }
}
