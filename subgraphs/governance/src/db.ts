import { isUuid, RegionConfinement } from '@sectorwars/platform';
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
 * region's rows even when a query forgets its `WHERE region_id = …` (mechanism:
 * `RegionConfinement` in libs/platform). Only the sweeps at start and the lookup of a row's
 * region run as the service's own role.
 */
const confinement = new RegionConfinement(GOVERNANCE_APP_ROLE);

/** Runs `work` in one transaction confined to region `regionId` (`RegionConfinement.inRegion`). @throws NOT_FOUND for a non-UUID id */
export const inRegion = confinement.inRegion.bind(confinement);

/** Confines `work` to region `regionId` inside a transaction someone else opened (an event consumer's). */
export const inRegionOf = confinement.inRegionOf.bind(confinement);

/** Read-only transaction seeing only these players' voter-roll and office rows, across regions (standings). */
export const forPlayers = confinement.forPlayers.bind(confinement);

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
  return confinement.transaction(
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
