/**
 * Regions benchmark: the service call path (RegionService, the same code the GraphQL
 * resolvers call) against a real PostgreSQL, on this machine.
 *
 *   npm run build && node bench/regions/dist/main.js [--runs 30] [--members 10000] [--stats-runs 300] [--concurrent 100]
 *
 * Postgres: embedded (fresh, durable settings as `npm start` uses: fsync on) unless
 * DATABASE_URL is set (then a fresh schema `regions` must not exist there yet).
 * The data source is the service's own (`createDataSource`, pool of 10, the regions
 * migrations). Prints one JSON line of results; times are milliseconds.
 *
 * 1. Provisioning: `--runs` regions provisioned one after another (after 3 warm-up ones);
 *    each is `RegionService.provision`: galaxy generation (libs/galaxy, 500 sectors and
 *    their warps), one transaction inserting region, sectors, warps, audit record and the
 *    `region.provisioned` outbox row. Goal p95 ≤ 150 ms.
 * 2. Stats: a region with `--members` members (bulk-inserted: types 40 % citizen, 30 %
 *    resident, 20 % visitor, 10 % nomadic trader, last activity spread over 30 days), then
 *    `VACUUM ANALYZE` (what autovacuum does after such a load); `RegionService.stats` as an
 *    admin `--stats-runs` times one after another (after 20 warm-up calls). Goal p95 ≤ 50 ms.
 * 3. Concurrency: `--concurrent` regions provisioned at once (`Promise.all`), each with its own
 *    transaction on the shared pool. Goal: all succeed, no deadlock (SQLSTATE 40P01).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '@sectorwars/devstack';
import { Outbox } from '@sectorwars/events';
import { createDataSource, initializeDatabase, type Viewer } from '@sectorwars/platform';
import { AuditService, REGIONS_MIGRATIONS, RegionService } from '@sectorwars/regions';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '30' },
    members: { type: 'string', default: '10000' },
    'stats-runs': { type: 'string', default: '300' },
    concurrent: { type: 'string', default: '100' },
  },
});
const RUNS = Number(values.runs);
const MEMBERS = Number(values.members);
const STATS_RUNS = Number(values['stats-runs']);
const CONCURRENT = Number(values.concurrent);

/** Percentile `p` (0–100) of `samples`, nearest rank. */
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const round = (ms: number) => Math.round(ms * 100) / 100;
const summary = (samples: number[]) => ({
  n: samples.length,
  minMs: round(Math.min(...samples)),
  p50Ms: round(percentile(samples, 50)),
  p95Ms: round(percentile(samples, 95)),
  p99Ms: round(percentile(samples, 99)),
  maxMs: round(Math.max(...samples)),
});
const time = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
  const start = performance.now();
  const result = await work();
  return [performance.now() - start, result];
};

async function main() {
  const cleanups: (() => Promise<void>)[] = [];
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-regions-'));
    const server = await startEmbeddedPostgres({ dataDir: dir, persistent: false });
    cleanups.push(async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    databaseUrl = server.url('postgres');
  }
  const dataSource = createDataSource({
    url: databaseUrl,
    schema: 'regions',
    entities: [],
    migrations: REGIONS_MIGRATIONS,
  });
  cleanups.unshift(() => dataSource.destroy());
  try {
    await initializeDatabase(dataSource);
    const regions = new RegionService(
      dataSource,
      new Outbox('regions', 'sectorwars.regions'),
      new AuditService(dataSource),
    );
    const admin: Viewer = {
      playerId: '00000000-0000-4000-8000-000000000001',
      roles: ['ADMIN'],
      scopes: ['read', 'write'],
    };
    const provision = (name: string) => regions.provision({ name, displayName: name }, admin.playerId);

    // 1. Provisioning, one after another.
    for (let i = 0; i < 3; i += 1) await provision(`warmup-${i}`);
    const provisionMs: number[] = [];
    for (let i = 0; i < RUNS; i += 1) provisionMs.push((await time(() => provision(`sequential-${i}`)))[0]);

    // 2. Stats of a region with MEMBERS members.
    const big = await provision('crowded');
    await dataSource.query(
      `INSERT INTO regions.memberships (region_id, player_id, type, voting_power, joined_at, last_active_at)
       SELECT $1, gen_random_uuid(),
              (ARRAY['citizen','citizen','citizen','citizen','resident','resident','resident','visitor','visitor','nomadic_trader'])[1 + i % 10],
              CASE WHEN i % 10 < 7 THEN 1 ELSE 0 END,
              now() - interval '60 days', now() - (i % 30) * interval '1 day' - interval '1 hour'
       FROM generate_series(0, $2 - 1) AS i`,
      [big.id, MEMBERS],
    );
    await dataSource.query('VACUUM ANALYZE regions.memberships');
    await dataSource.query('VACUUM ANALYZE regions.sectors');
    for (let i = 0; i < 20; i += 1) await regions.stats(admin, big);
    const statsMs: number[] = [];
    let last = await regions.stats(admin, big);
    for (let i = 0; i < STATS_RUNS; i += 1) {
      const [ms, result] = await time(() => regions.stats(admin, big));
      statsMs.push(ms);
      last = result;
    }
    if (last.totalMembers !== MEMBERS) throw new Error(`stats counted ${last.totalMembers} members, not ${MEMBERS}`);

    // 3. Concurrent provisioning.
    const [concurrentMs, outcomes] = await time(() =>
      Promise.allSettled(Array.from({ length: CONCURRENT }, (_, i) => provision(`concurrent-${i}`))),
    );
    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    const deadlocks = failures.filter((f) => (f.reason as { code?: string }).code === '40P01').length;
    const [{ n: concurrentSectors }] = (await dataSource.query(
      `SELECT count(*)::int AS n FROM regions.sectors s JOIN regions.regions r ON r.id = s.region_id WHERE r.name LIKE 'concurrent-%'`,
    )) as { n: number }[];

    console.log(
      JSON.stringify({
        bench: 'regions',
        postgres: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded',
        provision500Sectors: { ...summary(provisionMs), goalP95Ms: 150 },
        regionStats: {
          members: MEMBERS,
          ...summary(statsMs),
          goalP95Ms: 50,
          activeMembers: last.activeMembers,
          population: Object.fromEntries(last.population.map((p) => [p.type, p.count])),
        },
        concurrentProvisioning: {
          regions: CONCURRENT,
          succeeded: CONCURRENT - failures.length,
          failed: failures.length,
          deadlocks,
          wallMs: round(concurrentMs),
          sectorsWritten: concurrentSectors,
          firstError: failures[0] ? String((failures[0].reason as Error).message) : null,
        },
      }),
    );
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
