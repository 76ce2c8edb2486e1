/**
 * Benchmark: "Central Nexus generation of 5,000 sectors with warps, persisted" (goal ≤ 1 s).
 *
 * Runs the real job path of `generateNexus` — the request transaction (state check, job row,
 * audit, outbox event), then the job: libs/galaxy generation and the one-transaction bulk write of
 * 5,000 sectors and ~8,700 warps with the READY state and progress events — against
 * `DATABASE_URL` (schema `nexus`, migrated; its Nexus is replaced) or, when unset, an embedded
 * throwaway Postgres. The pg-boss queue is bypassed: the job runs inline, so queue polling (≤ 1 s)
 * is not counted.
 *
 * Usage: `node subgraphs/nexus/dist/bench.js [runs=5]`. Prints one JSON line per run and a summary.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@sectorwars/devstack';
import { Outbox } from '@sectorwars/events';
import { generateNexus } from '@sectorwars/galaxy';
import { createDataSource, createLogger, initializeDatabase } from '@sectorwars/platform';
import { GenerationService } from './generation/generation.service';
import { NEXUS_MIGRATIONS } from './index';

const BENCH_ACTOR = '00000000-0000-4000-8000-00000000b001';

async function main() {
  const runs = Number(process.argv[2] ?? 5);
  let url = process.env.DATABASE_URL;
  let cleanup = async () => {};
  if (!url) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nexus-bench-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir, persistent: false, fast: true });
    url = pg.url('postgres');
    cleanup = async () => {
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const logger = createLogger('nexus-bench', 'warn');
  const dataSource = createDataSource({ url, schema: 'nexus', entities: [], migrations: NEXUS_MIGRATIONS });
  await initializeDatabase(dataSource);
  const service = new GenerationService(
    dataSource,
    new Outbox('nexus', 'sectorwars.nexus'),
    { schedule: async (_name, { key }) => key },
    logger,
  );
  const totals: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const seed = `bench-${i}`;
      const t0 = performance.now();
      generateNexus(seed);
      const generateOnlyMs = performance.now() - t0;
      const t1 = performance.now();
      const job = await service.requestGeneration(BENCH_ACTOR, { seed, force: true });
      await service.runJob(job.id);
      const totalMs = performance.now() - t1;
      const [{ sectors, warps }] = await dataSource.query(
        'SELECT (SELECT count(*)::int FROM nexus.sectors) AS sectors, (SELECT count(*)::int FROM nexus.warps) AS warps',
      );
      const [{ status }] = await dataSource.query('SELECT status FROM nexus.generation_jobs WHERE id = $1', [job.id]);
      if (status !== 'READY' || sectors !== 5000) throw new Error(`run ${i}: job ${status}, ${sectors} sectors`);
      totals.push(totalMs);
      console.log(
        JSON.stringify({
          run: i + 1,
          sectors,
          warps,
          generateOnlyMs: Math.round(generateOnlyMs),
          generatedAndPersistedMs: Math.round(totalMs),
        }),
      );
    }
    const sorted = [...totals].sort((a, b) => a - b);
    console.log(
      JSON.stringify({
        benchmark: 'Central Nexus generation of 5,000 sectors with warps, persisted (job path)',
        goalMs: 1000,
        runs,
        medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]),
        minMs: Math.round(sorted[0]),
        maxMs: Math.round(sorted.at(-1) as number),
        firstRunMs: Math.round(totals[0]),
      }),
    );
    // The bench's progress events stay in the outbox of a throwaway or bench database.
  } finally {
    await dataSource.destroy();
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
