import 'reflect-metadata';
import { DataSource, type EntitySchema, type MixedList } from 'typeorm';

/** Options for a service's {@link createDataSource}. */
export interface ServiceDataSourceOptions {
  /** postgres:// URL of the database. */
  url: string;
  /** The service's own Postgres schema (e.g. `identity`); no service reads another's. */
  schema: string;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own entity list type
  entities: MixedList<Function | string | EntitySchema>;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM's own migration list type
  migrations: MixedList<Function | string>;
  /** Pool size; 10 by default. */
  poolSize?: number;
}

/**
 * A TypeORM `DataSource` confined to one Postgres schema. Schema changes come
 * only from migrations (`synchronize` is off).
 */
export function createDataSource(options: ServiceDataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // TypeORM parses `url` itself and drops its query; a Unix-socket `host` parameter must reach pg.
    extra: { max: options.poolSize ?? 10, ...socketHostOf(options.url) },
  });
}

/** `{ host: '/dir' }` when `url` names a Unix-socket directory in its `host` query parameter. */
function socketHostOf(url: string): { host?: string } {
  const host = new URL(url).searchParams.get('host');
  return host?.startsWith('/') ? { host } : {};
}

/**
 * Connects, creates the service's schema when missing, and applies pending
 * migrations (each in its own transaction).
 *
 * @returns names of the migrations applied now
 */
export async function initializeDatabase(dataSource: DataSource): Promise<string[]> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const schema = (dataSource.options as { schema?: string }).schema;
  if (schema) await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}

/** Readiness: the database answers and no migration is pending. */
export async function databaseReady(dataSource: DataSource): Promise<{ ok: boolean; reason?: string }> {
  try {
    await dataSource.query('SELECT 1');
    if (await dataSource.showMigrations()) return { ok: false, reason: 'migrations pending' };
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: `database unreachable: ${(error as Error).message}` };
  }
}

/**
 * Runs one read on the data source's `pg` pool as a named prepared statement: Postgres parses
 * and plans it once per connection instead of on every call, and TypeORM's query-runner
 * bookkeeping is skipped. For the hottest reads only (entity lookups, list pages); anything
 * inside a transaction goes through TypeORM as usual.
 * @param name unique per statement text (pg prepares it under this name on each connection)
 * @returns the rows
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: { query(q: object): Promise<{ rows: T[] }> } }).master;
  return (await pool.query({ name, text, values })).rows;
}
