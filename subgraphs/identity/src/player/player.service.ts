import { randomBytes } from 'node:crypto';
import { identityEvents, type Outbox } from '@sectorwars/events';
import { conflict, GlobalRole, isUuid, preparedQuery } from '@sectorwars/platform';
import type { DataSource, Repository } from 'typeorm';
import { hashPassword } from './password';
import { Player } from './player.entity';
import type { RegisterPlayer } from './player.inputs';

/** Postgres unique index names → the input field they guard. */
const uniqueFields: Record<string, string> = { players_email_key: 'email', players_handle_key: 'handle' };

/** Players: registration, lookup, and the first admin. */
export class PlayerService {
  private readonly players: Repository<Player>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {
    this.players = dataSource.getRepository(Player);
  }

  /**
   * Creates a player with the PLAYER role.
   * @param input already validated by `registerPlayerSchema`
   * @throws CONFLICT (field `email` or `handle`) when either is taken; nothing is written
   */
  async register(input: RegisterPlayer, roles: GlobalRole[] = [GlobalRole.PLAYER]): Promise<Player> {
    const passwordHash = await hashPassword(input.password);
    try {
      // The player row and its `player.registered` event commit together (transactional outbox).
      return await this.dataSource.transaction(async (manager) => {
        const [row] = (await manager.query(
          `INSERT INTO identity.players (handle, display_name, email, password_hash, roles)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [input.handle, input.displayName, input.email, passwordHash, roles],
        )) as { id: string }[];
        const player = await manager.findOneByOrFail(Player, { id: row.id });
        await this.outbox.publish(manager, identityEvents.playerRegistered, {
          subject: player.id,
          data: {
            playerId: player.id,
            handle: player.handle,
            displayName: player.displayName,
            registeredAt: player.createdAt.toISOString(),
          },
        });
        return player;
      });
    } catch (error) {
      const constraint = (error as { constraint?: string }).constraint;
      const field = constraint ? uniqueFields[constraint] : undefined;
      if (field) throw conflict(`A player with this ${field} already exists`, field);
      throw error;
    }
  }

  /** @returns the player or null */
  findById(id: string): Promise<Player | null> {
    return this.players.findOneBy({ id });
  }

  /** Batch lookup for DataLoader: results in the order of `ids`, null where missing. */
  async findByIds(ids: readonly string[]): Promise<(Player | null)[]> {
    const valid = ids.filter((id) => isUuid(id));
    // A prepared statement on the pool: every federated list of players comes through here
    // (`_entities`), and TypeORM's find + hydration cost more CPU than the query itself.
    const rows = valid.length
      ? await preparedQuery<PlayerRow>(
          this.dataSource,
          'identity.players-by-ids',
          'SELECT id, handle, display_name, email, roles, created_at FROM identity.players WHERE id = ANY($1::uuid[])',
          [valid],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.id, toPlayer(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Player with its password hash, by (lower-cased) email, for login. */
  findForLogin(email: string): Promise<Player | null> {
    return this.players
      .createQueryBuilder('p')
      .addSelect('p.passwordHash')
      .where('p.email = :email', { email })
      .getOne();
  }

  /**
   * Creates the first ADMIN when no admin exists (first start). Serialised by
   * an advisory lock so two instances starting together create one.
   *
   * @returns the credentials when an admin was created now (password only when generated), else null
   */
  async ensureFirstAdmin(seed: {
    email: string;
    handle: string;
    password?: string;
  }): Promise<{ email: string; handle: string; password?: string } | null> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('identity.first-admin'))`);
      const [{ count }] = await manager.query(
        `SELECT count(*)::int AS count FROM identity.players WHERE 'ADMIN' = ANY(roles)`,
      );
      if (count > 0) return null;
      const password = seed.password ?? randomBytes(15).toString('base64url');
      await manager.query(
        `INSERT INTO identity.players (handle, display_name, email, password_hash, roles)
         VALUES ($1, 'Administrator', $2, $3, $4)`,
        [seed.handle, seed.email.toLowerCase(), await hashPassword(password), [GlobalRole.ADMIN, GlobalRole.PLAYER]],
      );
      return { email: seed.email, handle: seed.handle, ...(seed.password ? {} : { password }) };
    });
  }
}

/** A row of `identity.players` without the password hash. */
interface PlayerRow {
  id: string;
  handle: string;
  display_name: string;
  email: string;
  roles: Player['roles'];
  created_at: Date;
}

const toPlayer = (row: PlayerRow): Player =>
  Object.assign(new Player(), {
    id: row.id,
    handle: row.handle,
    displayName: row.display_name,
    email: row.email,
    roles: row.roles,
    createdAt: row.created_at,
  });
