import { encodeCursor, type KeysetCursor, type Page } from '@sectorwars/platform';
import type { DataSource } from 'typeorm';
import { inRegion, queryRows } from './db';

/** What {@link regionalPage} lists. */
export interface RegionalPageQuery<Row, T> {
  /** Region the transaction is confined to (`$1` in `filter`). */
  regionId: string;
  /** Table in schema `governance`. */
  table: 'policies' | 'elections' | 'treaties';
  /** Rows listed: SQL over `$1` (the region id) and `$2` (the status, or null for any). */
  filter: string;
  /** Timestamp column of the keyset (newest first, ties by id, newest id first). */
  orderBy: 'created_at' | 'starts_at';
  status: string | null;
  first: number;
  after: KeysetCursor | null;
  /** Maps a stored row to its GraphQL object. */
  toNode: (row: Row) => T;
}

/**
 * One page of a region's policies, elections or treaties, newest first (keyset on
 * `orderBy`, id), with the total of `filter`, read in one transaction confined to the region.
 * One statement for the page (one row more than asked, for `hasNextPage`), one for the total.
 *
 * @returns the page, its cursors (`{ at, id }`) and the total
 * @throws NOT_FOUND when `regionId` is not a UUID
 */
export async function regionalPage<Row extends { id: string }, T>(
  dataSource: DataSource,
  query: RegionalPageQuery<Row, T>,
): Promise<Page<T>> {
  const { regionId, table, filter, orderBy, status, first, after } = query;
  const params: unknown[] = [regionId, status, first + 1];
  let where = filter;
  if (after) {
    params.push(after.at, after.id);
    where += ` AND (${orderBy}, id) < ($4::timestamptz, $5::uuid)`;
  }
  const { rows, n } = await inRegion(dataSource, regionId, async (manager) => {
    const page = await queryRows<Row & { at: string }>(
      manager,
      `SELECT *, ${orderBy}::text AS at FROM governance.${table} WHERE ${where}
       ORDER BY ${orderBy} DESC, id DESC LIMIT $3`,
      params,
    );
    const [total] = await queryRows<{ n: number }>(
      manager,
      `SELECT count(*)::int AS n FROM governance.${table} WHERE ${filter}`,
      [regionId, status],
    );
    return { rows: page, n: total.n };
  });
  const pageRows = rows.slice(0, first);
  return {
    nodes: pageRows.map(query.toNode),
    cursors: pageRows.map((r) => encodeCursor({ at: r.at, id: r.id })),
    hasNextPage: rows.length > first,
    totalCount: n,
  };
}
