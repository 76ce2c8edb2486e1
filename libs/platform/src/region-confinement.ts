import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from './errors';
import { isUuid } from './ids';

/**
 * Regional isolation by row-level security (ARCHITECTURE.md, "Security model"), for a service
 * whose regional tables carry policies keyed on the transaction settings `app.region_id` (the
 * one region a transaction works in) and `app.player_ids` (the viewer's own rows across
 * regions). A confined transaction switches to `role`, a NOLOGIN, NOBYPASSRLS role the
 * service's migration created (the connecting user may be a superuser, and superusers bypass
 * row-level security), so the database hides and refuses every other region's rows even when a
 * query forgets its `WHERE region_id = …`. Every setting is transaction-local (`set_config(…,
 * true)`, i.e. `SET LOCAL`), so pooled connections stay clean.
 *
 * Used by regions (`regions_app`) and governance (`governance_app`).
 */
export class RegionConfinement {
  /** @param role the service's row-level-security role (a SQL identifier, not user input) */
  constructor(readonly role: string) {}

  /**
   * Runs `work` in one transaction confined to region `regionId`. BEGIN and the settings
   * travel in one round trip.
   *
   * @param regionId UUID of the region the request works in
   * @returns what `work` returns, after commit
   * @throws NOT_FOUND when `regionId` is not a UUID (no such region can exist); whatever `work`
   *   throws (the transaction is rolled back)
   */
  inRegion<T>(dataSource: DataSource, regionId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!isUuid(regionId)) return Promise.reject(notFound('Region'));
    return this.transaction(
      dataSource,
      `SELECT set_config('role', '${this.role}', true), set_config('app.region_id', '${regionId}', true)`,
      work,
    );
  }

  /**
   * `inRegion` for a transaction someone else opened (an event consumer's, which also records
   * the event as consumed): confines `work` to region `regionId`, then restores the
   * connection's own role and clears `app.region_id`, so the rest of that transaction (the
   * consumer's bookkeeping, the next event of a batch) runs as before.
   *
   * @throws whatever `work` throws (the caller's transaction then rolls back)
   */
  async inRegionOf<T>(
    manager: EntityManager,
    regionId: string,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    await manager.query("SELECT set_config('role', $1, true), set_config('app.region_id', $2, true)", [
      this.role,
      regionId,
    ]);
    const result = await work(manager);
    await manager.query('RESET ROLE');
    await manager.query("SELECT set_config('app.region_id', '', true)");
    return result;
  }

  /**
   * Runs `work` in a read-only transaction as the role with no region set, but with
   * `app.player_ids` listing `playerIds`: the only regional rows visible are those the
   * service's `_of_players` policies show for these players (their memberships, standings…),
   * across regions. Ids that are not UUIDs are dropped.
   */
  forPlayers<T>(
    dataSource: DataSource,
    playerIds: readonly (string | null)[],
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const ids = playerIds.filter((id): id is string => !!id && isUuid(id));
    return this.transaction(
      dataSource,
      `SET TRANSACTION READ ONLY;
       SELECT set_config('role', '${this.role}', true), set_config('app.player_ids', '{${ids.join(',')}}', true)`,
      work,
    );
  }

  /**
   * A transaction whose first round trip is `BEGIN; <settings>`: one simple-protocol message
   * instead of two (TypeORM's `transaction()` sends BEGIN alone), which matters because every
   * regional read pays for it. `settings` is inlined SQL, so callers put only validated UUIDs
   * and constants in it.
   *
   * @returns what `work` returns, after commit
   * @throws whatever `work` throws (the transaction is rolled back)
   */
  async transaction<T>(
    dataSource: DataSource,
    settings: string,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    const runner = dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`BEGIN; ${settings}`);
      // Tell TypeORM a transaction is open (it did not send the BEGIN itself): Outbox.publish checks it.
      (runner as { isTransactionActive: boolean }).isTransactionActive = true;
      try {
        const result = await work(runner.manager);
        await runner.query('COMMIT');
        return result;
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => {});
        throw error;
      }
    } finally {
      (runner as { isTransactionActive: boolean }).isTransactionActive = false;
      await runner.release();
    }
  }
}
