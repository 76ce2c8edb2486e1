import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** Variable the test runner sets to the server's maintenance database URL. */
export const ADMIN_URL_VAR = 'TEST_ADMIN_DATABASE_URL';

/** The admin URL of the test Postgres server. @throws Error when tests run outside `npm test` without DATABASE_URL */
export function adminDatabaseUrl(): string {
  const url = process.env[ADMIN_URL_VAR] ?? process.env.DATABASE_URL;
  if (!url) {
    throw new Error(`No test database server: run the tests with \`npm test\` (it starts one), or set DATABASE_URL`);
  }
  return url;
}

/** A database created for one test file. */
export interface TestDatabase {
  name: string;
  url: string;
  /** Drops the database (forcibly closing leftover connections). */
  drop(): Promise<void>;
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Creates a fresh, empty database on the test server, so test files never share state. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `t_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}

/** Runs one SQL query against `url` and returns the rows (for assertions on what was, or was not, written). */
export async function queryRows<T = Record<string, unknown>>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}
