import type { DataSource, EntityManager } from 'typeorm';
import { REGIONS_APP_ROLE } from '../migrations/1764000000000-CreateRegionsTables';

/**
 * Runs `work` in one transaction confined to region `regionId` by the database:
 * the transaction switches to the non-superuser role `regions_app` (`SET LOCAL ROLE`)
 * and sets `app.region_id` (`set_config(…, true)`, i.e. `SET LOCAL`). Row-level
 * security policies then hide every other region's rows from reads and refuse
 * writes of them, even for a query without a `WHERE region_id = …`.
 * Both settings end with the transaction, so pooled connections stay clean.
 *
 * @param regionId UUID of the region the request works in
 * @returns what `work` returns, after commit
 * @throws whatever `work` throws (the transaction is rolled back)
 */
export function inRegion<T>(
  dataSource: DataSource,
  regionId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await confine(manager, regionId);
    return work(manager);
  });
}

/**
 * `inRegion` for a transaction someone else opened (an event consumer's, which also
 * records the event as consumed): confines `work` to region `regionId` exactly as
 * `inRegion` does, then restores the connection's own role and clears `app.region_id`,
 * so the rest of that transaction (the next event of a batch, the consumer's
 * bookkeeping) runs as before.
 *
 * @throws whatever `work` throws (the caller's transaction then rolls back)
 */
export async function inRegionOf<T>(
  manager: EntityManager,
  regionId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  await confine(manager, regionId);
  const result = await work(manager);
  await manager.query('RESET ROLE');
  await manager.query("SELECT set_config('app.region_id', '', true)");
  return result;
}

/**
 * Runs `work` in a read transaction as `regions_app` with no region set, but with
 * `app.player_ids` listing `playerIds`: the only regional rows visible are those
 * players' memberships (across regions). Used by `Player.memberships`.
 */
export function forPlayers<T>(
  dataSource: DataSource,
  playerIds: readonly string[],
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    // `role` is a setting like any other: one round trip sets both (same as SET LOCAL ROLE).
    await manager.query("SELECT set_config('role', $1, true), set_config('app.player_ids', $2, true)", [
      REGIONS_APP_ROLE,
      `{${playerIds.join(',')}}`,
    ]);
    return work(manager);
  });
}

/**
 * Switches the open transaction to `regions_app` and region `regionId`, in one round trip
 * (`set_config('role', …, true)` is `SET LOCAL ROLE`): every regional read pays for it.
 */
async function confine(manager: EntityManager, regionId: string): Promise<void> {
  await manager.query("SELECT set_config('role', $1, true), set_config('app.region_id', $2, true)", [
    REGIONS_APP_ROLE,
    regionId,
  ]);
}
