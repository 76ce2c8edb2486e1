import { isUuid, notFound } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { GOVERNANCE_APP_ROLE } from './migrations/1765000200000-AddRowLevelSecurity';

/**
 * Rows of a `manager.query` result: TypeORM's Postgres driver answers UPDATE and DELETE
 * (also when RETURNING, also as the top statement of a CTE) with `[rows, count]`, and
 * SELECT and INSERT with the rows.
 */
export function rowsOf<T>(result: unknown): T[] {
  const r = result as unknown[];
  return (Array.isArray(r[0]) ? r[0] : r) as T[];
}

/** Runs one statement and returns its rows (see `rowsOf`). */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  return rowsOf<T>(await manager.query(sql, params));
}

/** The Postgres constraint a failed statement violated, if any (TypeORM copies the driver's fields). */
export const violatedConstraint = (error: unknown): string | undefined =>
  (error as { constraint?: string; driverError?: { constraint?: string } }).constraint ??
  (error as { driverError?: { constraint?: string } }).driverError?.constraint;

/*
 * Regional confinement (row-level security, migration AddRowLevelSecurity1765000200000).
 * Every request path that reads or writes regional rows runs in one of these transactions:
 * as the role `governance_app`, with `app.region_id` naming the one region it works in (or, for
 * standings, `app.player_ids` naming the viewer), so the database hides and refuses every other
 * region's rows even when a query forgets its `WHERE region_id = …`. Both settings are
 * transaction-local (`set_config(…, true)`, i.e. `SET LOCAL`), so pooled connections stay clean.
 * Only the sweeps at start and the lookup of a row's region run as the service's own role.
 */

/** Tables whose rows are reached by id before their region is known, and the column of the region to confine to. */
const REGION_OF = {
  policies: 'region_id',
  elections: 'region_id',
  /** A treaty is visible from both parties: reading it by id confines to the proposing one. */
  treaties: 'from_region_id',
} as const;

/** A table whose rows `inRegionOfRow` and `inRegionsOfRows` find by id. */
export type RegionalRoot = keyof typeof REGION_OF;

/**
 * Runs `work` in one transaction confined to region `regionId` (role `governance_app`,
 * `app.region_id`). BEGIN and the settings travel in one round trip.
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
    `SELECT set_config('role', '${GOVERNANCE_APP_ROLE}', true), set_config('app.region_id', '${regionId}', true)`,
    work,
  );
}

/**
 * Runs `work` in one transaction confined to the region of row `id` of `table` (a treaty: its
 * proposing region), for a request or job that knows only the row: the first round trip is
 * BEGIN, the lookup of the row's region (as the service's own role) and the switch to
 * `governance_app` — the same one round trip as `inRegion`. When there is no such row (or `id`
 * is not a UUID) the transaction works in no region: `work` sees no regional row at all, so it
 * finds nothing and answers NOT_FOUND (or does nothing) as it would have.
 *
 * @returns what `work` returns, after commit
 * @throws whatever `work` throws (the transaction is rolled back)
 */
export function inRegionOfRow<T>(
  dataSource: DataSource,
  table: RegionalRoot,
  id: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const region = isUuid(id) ? `(SELECT ${REGION_OF[table]}::text FROM governance.${table} WHERE id = '${id}')` : 'NULL';
  // Two statements, run in order: the lookup must run before the role switch hides the row.
  return confinedTransaction(
    dataSource,
    `SELECT set_config('app.region_id', coalesce(${region}, ''), true);
     SELECT set_config('role', '${GOVERNANCE_APP_ROLE}', true)`,
    work,
  );
}

/**
 * Batch read by id (DataLoaders) of rows that may belong to several regions: each region's ids
 * are read by `read` in a transaction confined to that region, in parallel. One id (the usual
 * `policy(id:)`) costs what `inRegionOfRow` costs; more first look up their regions (one
 * statement, as the service's own role). Ids that are not UUIDs or not found are left out.
 *
 * @param read reads the rows of `ids` (all of one region) in `manager`
 * @returns the rows of every region, in no particular order
 */
export async function inRegionsOfRows<T>(
  dataSource: DataSource,
  table: RegionalRoot,
  ids: readonly string[],
  read: (manager: EntityManager, ids: string[]) => Promise<T[]>,
): Promise<T[]> {
  const valid = [...new Set(ids.filter((id) => isUuid(id)))];
  if (!valid.length) return [];
  if (valid.length === 1) return inRegionOfRow(dataSource, table, valid[0], (manager) => read(manager, valid));
  const regions = (await dataSource.query(
    `SELECT ${REGION_OF[table]}::text AS region_id, array_agg(id::text) AS ids
     FROM governance.${table} WHERE id = ANY($1::uuid[]) GROUP BY 1`,
    [valid],
  )) as { region_id: string; ids: string[] }[];
  const parts = await Promise.all(
    regions.map((r) => inRegion(dataSource, r.region_id, (manager) => read(manager, r.ids))),
  );
  return parts.flat();
}

/**
 * `inRegion` for a transaction someone else opened (an event consumer's, which also records
 * the event as consumed): confines `work` to region `regionId`, then restores the connection's
 * own role and clears `app.region_id`, so the rest of that transaction (the consumer's
 * bookkeeping, the next event of a batch) runs as before.
 *
 * @throws whatever `work` throws (the caller's transaction then rolls back)
 */
export async function inRegionOf<T>(
  manager: EntityManager,
  regionId: string,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  await manager.query("SELECT set_config('role', $1, true), set_config('app.region_id', $2, true)", [
    GOVERNANCE_APP_ROLE,
    regionId,
  ]);
  const result = await work(manager);
  await manager.query('RESET ROLE');
  await manager.query("SELECT set_config('app.region_id', '', true)");
  return result;
}

/**
 * Runs `work` in a read-only transaction as `governance_app` with no region set, but with
 * `app.player_ids` listing `playerIds`: the only regional rows visible are those players' voter
 * roll and office rows, across regions (a viewer's standings). Ids that are not UUIDs are dropped.
 */
export function forPlayers<T>(
  dataSource: DataSource,
  playerIds: readonly (string | null)[],
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  const ids = playerIds.filter((id): id is string => !!id && isUuid(id));
  return confinedTransaction(
    dataSource,
    `SET TRANSACTION READ ONLY;
     SELECT set_config('role', '${GOVERNANCE_APP_ROLE}', true), set_config('app.player_ids', '{${ids.join(',')}}', true)`,
    work,
  );
}

/**
 * A transaction whose first round trip is `BEGIN; <settings>`: one simple-protocol message
 * instead of two (TypeORM's `transaction()` sends BEGIN alone). `settings` is inlined SQL, so
 * callers put only validated UUIDs and constants in it.
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
