/**
 * Durable jobs across a restart: a policy vote due while governance is down closes once it is
 * back, exactly once (one status change, one policy.passed, one pg-boss job); a job lost
 * before it was scheduled is rescheduled at start; concurrent closes take effect once.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { jobId } from '@sectorwars/events';
import {
  type GovernanceHarness,
  POLICY,
  PROPOSE,
  queryRows,
  startHarness,
  type TestPlayer,
  taxPolicy,
  VOTE,
  waitFor,
} from './governance.test-support';

let h: GovernanceHarness;
let owner: TestPlayer;
let citizen: TestPlayer;
let region: string;
before(async () => {
  h = await startHarness();
  owner = h.player();
  citizen = h.player();
  region = await h.regions.provision(owner.id);
  await h.regions.members(region, [{ playerId: citizen.id, type: 'citizen', votingPower: 3 }]);
});
after(() => h?.stop());

const propose = async (votingDays: number) =>
  (
    await h.client.data<{ proposePolicy: { policy: { id: string } } }>(
      PROPOSE,
      { input: taxPolicy(region, 0.2, votingDays) },
      { token: citizen.token },
    )
  ).proposePolicy.policy.id;

const statusOf = async (id: string) =>
  (await h.client.data<{ policy: { status: string } }>(POLICY, { id }, { token: owner.token })).policy.status;

const policyEvents = async (id: string) =>
  (await h.events<{ status?: string }>('sectorwars.governance.policy')).filter((e) => e.subject === id);

test('a vote that closes while governance is down is closed once after the restart', async () => {
  const id = await propose(2); // closes 2 s from now
  await h.client.data(VOTE, { input: { policyId: id, support: true } }, { token: citizen.token });
  await h.restart(3000); // down past votingClosesAt
  await waitFor('closed after restart', async () => ((await statusOf(id)) === 'PASSED' ? true : undefined));
  await new Promise((r) => setTimeout(r, 2500)); // room for a duplicate run, were there one
  await h.restart(); // and another start (the sweep schedules ACTIVE policies only)
  await new Promise((r) => setTimeout(r, 1500));

  const events = await policyEvents(id);
  assert.deepEqual(
    events.map((e) => [e.type.split('.').at(-2), e.data.status ?? null]),
    [
      ['status-changed', 'ACTIVE'],
      ['tallied', null],
      ['status-changed', 'PASSED'],
      ['passed', null],
    ],
    'one close: one PASSED status change and one policy.passed',
  );
  const jobs = await queryRows<{ state: string }>(
    h.db.url,
    `SELECT state FROM governance_jobs.job WHERE id = $1
     UNION ALL SELECT state FROM governance_jobs.archive WHERE id = $1`,
    [jobId('policy-vote-close', id)],
  );
  assert.deepEqual(
    jobs.map((j) => j.state),
    ['completed'],
    'one durable job, completed',
  );
});

test('a closing job lost before it was scheduled is scheduled again at start', async () => {
  const id = await propose(1);
  await queryRows(h.db.url, `DELETE FROM governance_jobs.job WHERE name = 'policy-vote-close' AND id = $1`, [
    jobId('policy-vote-close', id),
  ]);
  await h.restart();
  await waitFor('closed by the rescheduled job', async () => ((await statusOf(id)) !== 'ACTIVE' ? true : undefined));
  assert.equal(await statusOf(id), 'REJECTED', 'no votes');
});

test('concurrent closes of one policy take effect once', async () => {
  const id = await propose(30);
  await h.client.data(VOTE, { input: { policyId: id, support: false } }, { token: citizen.token });
  const results = await Promise.all(Array.from({ length: 6 }, () => h.running.services.policies.closeVote(id)));
  assert.equal(results.filter((r) => r !== null).length, 1);
  await new Promise((r) => setTimeout(r, 1000));
  const closes = (await policyEvents(id)).filter((e) => e.data.status === 'REJECTED');
  assert.equal(closes.length, 1);
});
