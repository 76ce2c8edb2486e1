/**
 * A generation job interrupted by a crash is finished by the next start: the service died
 * after recording the job (GENERATING, half done) and before writing the sectors; the next
 * start resumes it, the Nexus ends READY with its 5,000 sectors written once, and a further
 * restart does not run it again.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { freePort } from '@sectorwars/devstack';
import type { RunningService } from '@sectorwars/platform';
import { createTestDatabase, queryRows, type TestDatabase, waitFor } from '@sectorwars/testing';
import { startNexus } from '../index';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database?.drop());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  queryRows<T>(database.url, text, params);

async function start(): Promise<RunningService> {
  return startNexus({
    DATABASE_URL: database.url,
    // No request in this test needs a token: the verifier never fetches the key set.
    JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    PORT: String(await freePort()),
    LOG_LEVEL: 'error',
    KAFKA_BROKERS: '',
  });
}

test('a job left GENERATING by a crash is resumed at the next start, completes once, and is not run again', async () => {
  const first = await start();
  await first.stop();
  // What a crash mid-job leaves behind: the job recorded and half done, no sector written.
  const jobId = randomUUID();
  await sql(
    `INSERT INTO nexus.generation_jobs (id, kind, status, percent, message, seed, previous_status, requested_by)
     VALUES ($1, 'generate', 'GENERATING', 50, 'Sectors generated', 'restart-seed', 'NOT_GENERATED', $2)`,
    [jobId, randomUUID()],
  );
  await sql(`UPDATE nexus.state SET status = 'GENERATING', current_job_id = $1 WHERE id = 1`, [jobId]);

  const second = await start();
  try {
    const state = await waitFor(
      'the resumed job to finish',
      async () => {
        const [row] = await sql<{ status: string; seed: string; generated_at: Date }>(
          'SELECT status, seed, generated_at FROM nexus.state WHERE id = 1',
        );
        return row.status === 'READY' ? row : undefined;
      },
      30_000,
    );
    assert.equal(state.seed, 'restart-seed');
    const [job] = await sql<{ status: string; percent: number }>(
      'SELECT status, percent FROM nexus.generation_jobs WHERE id = $1',
      [jobId],
    );
    assert.deepEqual(job, { status: 'READY', percent: 100 });
    const [{ n }] = await sql<{ n: number }>('SELECT count(*)::int AS n FROM nexus.sectors');
    assert.equal(n, 5000);
  } finally {
    await second.stop();
  }

  const [before] = await sql<{ generated_at: Date }>('SELECT generated_at FROM nexus.state WHERE id = 1');
  const third = await start();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await third.stop();
  const [afterRestart] = await sql<{ generated_at: Date; status: string }>(
    'SELECT generated_at, status FROM nexus.state WHERE id = 1',
  );
  assert.equal(afterRestart.status, 'READY');
  assert.equal(afterRestart.generated_at.getTime(), before.generated_at.getTime(), 'not generated again');
});
