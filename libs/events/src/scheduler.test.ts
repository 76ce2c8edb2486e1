/** Durable timers: run once after their time, survive a restart, idempotent to schedule. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, queryRows, type TestDatabase } from '@sectorwars/testing';
import { quietLogger } from './contract/fixture';
import { JobScheduler, jobId } from './scheduler';

let db: TestDatabase;
const schedulers: JobScheduler[] = [];
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  for (const s of schedulers) await s.stop().catch(() => {});
  await db?.drop();
});

const newScheduler = async () => {
  const scheduler = new JobScheduler({
    connectionString: db.url,
    schema: 'test_jobs',
    logger: quietLogger(),
    pollingIntervalSeconds: 0.5,
  });
  await scheduler.start();
  schedulers.push(scheduler);
  return scheduler;
};

const waitFor = async (what: string, check: () => boolean, timeoutMs = 15_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
};

test('a job scheduled for a time runs once, after that time; scheduling it twice keeps one job', async () => {
  const scheduler = await newScheduler();
  const runs: { at: number; data: unknown }[] = [];
  await scheduler.work<{ policyId: string }>('policy-vote-close', async (data) => {
    runs.push({ at: Date.now(), data });
  });
  const runAt = new Date(Date.now() + 1500);
  const first = await scheduler.schedule('policy-vote-close', {
    runAt,
    key: 'policy-1',
    data: { policyId: 'policy-1' },
  });
  const again = await scheduler.schedule('policy-vote-close', {
    runAt,
    key: 'policy-1',
    data: { policyId: 'policy-1' },
  });
  assert.equal(first, again);
  assert.equal(first, jobId('policy-vote-close', 'policy-1'));
  await waitFor('the job', () => runs.length > 0);
  assert.ok(runs[0].at >= runAt.getTime(), 'not before its time');
  assert.deepEqual(runs[0].data, { policyId: 'policy-1' });
  await new Promise((r) => setTimeout(r, 1500));
  assert.equal(runs.length, 1, 'ran once');
});

test('a job scheduled before a restart runs after it', async () => {
  const before = await newScheduler();
  await before.schedule('grace-period-end', {
    runAt: new Date(Date.now() + 1000),
    key: 'sub-9',
    data: { subscriptionId: 'sub-9' },
  });
  await before.stop();
  const rows = await queryRows(db.url, `SELECT state FROM test_jobs.job WHERE name = 'grace-period-end'`);
  assert.equal(rows.length, 1, 'the job is a row in Postgres');

  const after = await newScheduler();
  const runs: unknown[] = [];
  await after.work('grace-period-end', async (data) => {
    runs.push(data);
  });
  await waitFor('the job after restart', () => runs.length === 1);
  assert.deepEqual(runs[0], { subscriptionId: 'sub-9' });
});
