import { isUuid, notFound } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { REGIONS_APP_ROLE } from '../migrations/1764000000000-CreateRegionsTables';

/**
 * Runs `work` in one transaction confined to region `regionId` by the database:
 * the transaction switches to the non-superuser role `regions_app` (`SET LOCAL ROLE`)
 * and sets `app.region_id` (`set_config(…, true)`, i.e. `SET LOCAL`). Row-level
 * security policies then hide every other region's rows from reads and refuse
 * writes of them, even for a query without a `WHERE region_id = …`.
 * Both settings end with the transaction, so pooled connections stay clean. BEGIN and the
 * settings travel in one round trip.
 *
 * @param regionId UUID of the region the request works in
 * @returns what `work` returns, after commit
 * @throws NOT_FOUND when `regionId` is not a UUID (no such region can exist); whatever `work`
 *   throws (the transaction is rolled back)
 */
export async function inRegion<T>(
  dataSource: DataSource,
  regionId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  if (!isUuid(regionId)) throw notFound('Region');
  return confinedTransaction(
    dataSource,
    `SELECT set_config('role', '${REGIONS_APP_ROLE}', true), set_config('app.region_id', '${regionId}', true)`,
    work,
  );
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
  const ids = playerIds.filter((id) => isUuid(id));
  return confinedTransaction(
    dataSource,
    `SET TRANSACTION READ ONLY;
     SELECT set_config('role', '${REGIONS_APP_ROLE}', true), set_config('app.player_ids', '{${ids.join(',')}}', true)`,
    work,
  );
}

/**
 * A transaction whose first round trip is `BEGIN; <settings>`: one simple-protocol message
 * instead of two (TypeORM's `transaction()` sends BEGIN alone), which matters because every
 * regional read pays for it. `settings` is inlined SQL, so callers put only validated UUIDs
 * and constants in it.
 */
async function confinedTransaction<T>(
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
