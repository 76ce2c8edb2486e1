import type { EntityManager } from 'typeorm';

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
