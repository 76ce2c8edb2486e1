import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  entryPath,
  GATEWAY,
  localSigningKey,
  portInUse,
  type RunningPostgres,
  repoRoot,
  ServiceProcess,
  type ServiceSpec,
  SUBGRAPHS,
  startEmbeddedPostgres,
  subgraphUrlVar,
} from '@sectorwars/devstack';
import { seedDemo } from './seed';

/**
 * The governor console (Next.js production server, `next build` output run by its
 * `dist/server/main.js`). Not a GraphQL service: ready on `/api/health`.
 */
const GOVERNOR_CONSOLE: ServiceSpec = {
  name: 'console',
  entry: 'apps/governor-console/dist/server/main.js',
  port: 3001,
};

/** Whether the console has a production build to serve (`npm run build` makes it). */
const consoleBuilt = () => existsSync(path.join(repoRoot(), 'apps', 'governor-console', '.next', 'BUILD_ID'));

/** Port of the embedded Postgres under `npm start` (not 5432, to leave a local server alone). */
const DEFAULT_PG_PORT = 54329;

/** Where `npm start` keeps its data: `SECTORWARS_DATA_DIR`, else `./.data`. */
const dataDir = (env: NodeJS.ProcessEnv = process.env) => env.SECTORWARS_DATA_DIR ?? path.join(repoRoot(), '.data');
const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * `npm start`: the whole platform on one machine. Without `DATABASE_URL`,
 * embedded Postgres keeps its data under `./.data/postgres`. Every service runs
 * as its own process (as in production), is awaited on `/ready`, and logs to
 * `./.data/logs/<service>.log`. A crash is reported with the service's last
 * lines and stops the platform. Ctrl-C stops everything, Postgres last.
 */
export async function start(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const began = Date.now();
  const dir = dataDir(env);
  const logs = path.join(dir, 'logs');
  // PORT_OFFSET moves every service port (e.g. to run a second platform beside the first).
  const offset = Number(env.PORT_OFFSET ?? 0);
  const portOf = (spec: ServiceSpec) => spec.port + offset;
  const processes: ServiceProcess[] = [];
  let postgres: RunningPostgres | undefined;
  let stopping = false;
  // Known on the first start (identity prints the generated password once) or from the environment.
  let adminCredentials: { email: string; password: string } | undefined = env.BOOTSTRAP_ADMIN_PASSWORD
    ? { email: env.BOOTSTRAP_ADMIN_EMAIL ?? 'admin@sectorwars.local', password: env.BOOTSTRAP_ADMIN_PASSWORD }
    : undefined;

  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    say('\nStopping…');
    for (const child of [...processes].reverse()) await child.stop();
    if (postgres) await postgres.stop();
    say('Stopped.');
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    for (const spec of [...SUBGRAPHS, GATEWAY, GOVERNOR_CONSOLE]) {
      if (await portInUse(portOf(spec))) {
        throw new Error(`port ${portOf(spec)} (${spec.name}) is in use: is the platform already running?`);
      }
    }
    let databaseUrl = env.DATABASE_URL;
    if (!databaseUrl) {
      const port = Number(env.PG_PORT ?? DEFAULT_PG_PORT);
      if (await portInUse(port)) throw new Error(`port ${port} (embedded Postgres) is in use; set PG_PORT`);
      say(`Starting embedded Postgres on port ${port} (data in ${path.join(dir, 'postgres')})…`);
      postgres = await startEmbeddedPostgres({ dataDir: path.join(dir, 'postgres'), port, persistent: true });
      await postgres.createDatabase('sectorwars');
      databaseUrl = postgres.url('sectorwars');
    }
    const signingKey = env.JWT_PRIVATE_KEY ?? localSigningKey(path.join(dir, 'keys', 'jwt-private.pem'));
    const identity = SUBGRAPHS.find((s) => s.name === 'identity')!;
    const shared = {
      DATABASE_URL: databaseUrl,
      JWKS_URL: `http://127.0.0.1:${portOf(identity)}/.well-known/jwks.json`,
      LOG_LEVEL: env.LOG_LEVEL ?? 'info',
    };

    const launch = async (
      spec: ServiceSpec,
      serviceEnv: Record<string, string>,
      paths: { ready: string; shown: string } = { ready: '/ready', shown: '/graphql' },
    ) => {
      const child = new ServiceProcess({
        name: spec.name,
        entry: entryPath(spec),
        env: { ...serviceEnv, PORT: String(portOf(spec)) },
        logFile: path.join(logs, `${spec.name}.log`),
        onLine: (line) => {
          const created = announceFirstAdmin(line);
          if (created) adminCredentials = created;
        },
        // The generated admin password is shown on the terminal once, never written to the log file.
        redact: (line) => line.replace(/"password":"[^"]*"/, '"password":"[shown once on the terminal]"'),
        onCrash: (code, signal, lastLines) => {
          // Ctrl-C in a terminal signals the whole process group: services stop on their own (exit 0)
          // while this runner is already stopping them in order. That is not a crash.
          if (stopping) return;
          if (code === 0) {
            say(`\n${spec.name} stopped (it was asked to); stopping the rest.`);
            void shutdown(0);
            return;
          }
          say(`\n✖ ${spec.name} stopped unexpectedly (${signal ?? `exit code ${code}`}). Its last lines:`);
          for (const l of lastLines) say(`  ${l}`);
          say(`Full log: ${path.join(logs, `${spec.name}.log`)}`);
          void shutdown(1);
        },
      });
      processes.push(child);
      child.start();
      await child.waitReady(`http://127.0.0.1:${portOf(spec)}${paths.ready}`);
      say(`  ✔ ${spec.name.padEnd(10)} http://localhost:${portOf(spec)}${paths.shown}`);
    };

    say('Starting services…');
    for (const spec of SUBGRAPHS) {
      await launch(spec, spec.name === 'identity' ? { ...shared, JWT_PRIVATE_KEY: signingKey } : shared);
    }
    const overrides = Object.fromEntries(
      SUBGRAPHS.map((s) => [subgraphUrlVar(s.name), `http://127.0.0.1:${portOf(s)}/graphql`]),
    );
    // The gateway tails the event bus (the Postgres bus by default) for live subscriptions.
    await launch(GATEWAY, {
      LOG_LEVEL: shared.LOG_LEVEL,
      DATABASE_URL: shared.DATABASE_URL,
      ...overrides,
    });

    const gatewayUrl = `http://127.0.0.1:${portOf(GATEWAY)}/graphql`;
    if (env.SEED_DEMO === '0') {
      say('Demo data skipped (SEED_DEMO=0).');
    } else if (adminCredentials) {
      say('Seeding demo data…');
      await seedDemo(gatewayUrl, adminCredentials, say);
    } else {
      say('Demo data: seeded on the first start (set BOOTSTRAP_ADMIN_PASSWORD to re-run the idempotent seed).');
    }

    // The console last: it is a client of the gateway, like a browser.
    const consoleUp = consoleBuilt();
    if (consoleUp) {
      await launch(
        GOVERNOR_CONSOLE,
        { GATEWAY_URL: gatewayUrl, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
        { ready: '/api/health', shown: '/' },
      );
    } else say('  – console    not built (run `npm run build`): skipped');

    say(`
SectorWars 2102 platform is up (${((Date.now() - began) / 1000).toFixed(1)} s).
  GraphQL API + Sandbox  http://localhost:${portOf(GATEWAY)}/graphql${
    consoleUp ? `\n  Governor console       http://localhost:${portOf(GOVERNOR_CONSOLE)}` : ''
  }
  JWKS                   http://localhost:${portOf(identity)}/.well-known/jwks.json
  Logs                   ${path.relative(process.cwd(), logs) || logs}/
Press Ctrl-C to stop.`);
  } catch (error) {
    say(`\n✖ Could not start: ${(error as Error).message}`);
    await shutdown(1);
  }
}

/**
 * Identity prints `{"firstAdmin":…}` once, on the start that created the admin account.
 * @returns the credentials when this line announced them
 */
function announceFirstAdmin(line: string): { email: string; password: string } | undefined {
  if (!line.startsWith('{"firstAdmin"')) return undefined;
  const { firstAdmin } = JSON.parse(line) as { firstAdmin: { email: string; password: string } };
  say(`
  ┌ First admin account created — shown only this once, store it now:
  │   email:    ${firstAdmin.email}
  │   password: ${firstAdmin.password}
  └ (set BOOTSTRAP_ADMIN_EMAIL / BOOTSTRAP_ADMIN_PASSWORD before the first start to choose them)`);
  return firstAdmin;
}

/** `npm run reset`: deletes `./.data` (database, keys, logs). Refuses while the platform runs. */
export async function reset(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (await portInUse(Number(env.PG_PORT ?? DEFAULT_PG_PORT))) {
    throw new Error('the embedded Postgres is running: stop the platform (Ctrl-C) first');
  }
  rmSync(dataDir(env), { recursive: true, force: true });
  say('Deleted .data (database, signing key, logs). The next start begins afresh.');
}
