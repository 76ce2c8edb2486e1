/**
 * Elections against real Postgres: one active election per position, candidacies and weighted
 * ballots (once each), the winner with ties broken by the earliest candidacy, completion events
 * with the term, the closing job, and the next election at the end of the term.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  ELECTION,
  errorCode,
  type GovernanceHarness,
  queryRows,
  STAND,
  START_ELECTION,
  startHarness,
  type TestPlayer,
  VOTE_ELECTION,
  waitFor,
  waitForEvent,
} from '../governance.test-support';

interface ElectionView {
  id: string;
  position: string;
  status: string;
  endsAt: string;
  candidateCount: number;
  totalVotes: number;
  voterCount: number;
  termStartsAt: string | null;
  termEndsAt: string | null;
  completedAt: string | null;
  winner: { id: string } | null;
  candidates: { player: { id: string }; platform: string; votes: number }[];
}

let h: GovernanceHarness;
let owner: TestPlayer;
let region: string;
before(async () => {
  h = await startHarness();
  owner = h.player();
  region = await h.regions.provision(owner.id, { type: 'democracy', electionFrequencyDays: 45 });
});
after(() => h?.stop());

async function citizens(powers: number[]): Promise<TestPlayer[]> {
  const players = powers.map(() => h.player());
  await h.regions.members(
    region,
    players.map((p, i) => ({ playerId: p.id, type: 'citizen' as const, votingPower: powers[i] })),
  );
  return players;
}

async function start(by: TestPlayer, position: string, votingDays = 30): Promise<ElectionView> {
  const data = await h.client.data<{ startElection: { election: ElectionView } }>(
    START_ELECTION,
    { input: { regionId: region, position, votingDays } },
    { token: by.token },
  );
  return data.startElection.election;
}

const stand = (by: TestPlayer, electionId: string, platform = 'Lower taxes') =>
  h.client.request(STAND, { input: { electionId, platform } }, { token: by.token });
const ballot = (by: TestPlayer, electionId: string, candidateId: string) =>
  h.client.request<{ voteInElection: { weight: number; election: ElectionView } }>(
    VOTE_ELECTION,
    { input: { electionId, candidateId } },
    { token: by.token },
  );

describe('elections', () => {
  test('one ACTIVE election per position per region; another position may run at the same time', async () => {
    const governor = h.player();
    await h.regions.office(region, governor.id, 'GOVERNOR');
    const first = await start(owner, 'AMBASSADOR');
    assert.equal(first.status, 'ACTIVE');
    const again = await h.client.request(
      START_ELECTION,
      { input: { regionId: region, position: 'AMBASSADOR' } },
      { token: governor.token },
    );
    assert.equal(errorCode(again), 'CONFLICT');
    assert.equal(again.errors?.[0].extensions?.field, 'position');
    const other = await start(governor, 'TRADE_COMMISSIONER');
    assert.equal(other.status, 'ACTIVE', 'the governor opens elections too');
    await h.running.services.elections.close(first.id);
    assert.equal((await start(owner, 'AMBASSADOR')).status, 'ACTIVE', 'once closed, a new one may open');
    await h.running.services.elections.close(other.id);
  });

  test('candidacies: electors only, once; ballots: electors only, once, for a candidate, weighted', async () => {
    const [alice, bob, carol] = await citizens([2, 1, 3]);
    const visitor = h.player();
    await h.regions.members(region, [{ playerId: visitor.id, type: 'visitor' }]);
    const election = await start(owner, 'COUNCIL_MEMBER');

    assert.equal((await stand(alice, election.id)).errors, undefined);
    assert.equal(errorCode(await stand(alice, election.id)), 'CONFLICT', 'stands once');
    assert.equal(errorCode(await stand(visitor, election.id)), 'FORBIDDEN', 'visitors do not stand');
    assert.equal(errorCode(await stand(h.player(), election.id)), 'FORBIDDEN', 'non-members do not stand');
    assert.equal(errorCode(await stand(owner, election.id)), 'FORBIDDEN', 'the owner is not an elector here');

    const bad = await ballot(bob, election.id, carol.id);
    assert.equal(errorCode(bad), 'BAD_USER_INPUT', 'carol does not stand');
    assert.equal(bad.errors?.[0].extensions?.field, 'candidateId');
    const counted = await ballot(carol, election.id, alice.id);
    assert.equal(counted.data?.voteInElection.weight, 3);
    assert.equal(errorCode(await ballot(carol, election.id, alice.id)), 'CONFLICT', 'one ballot per elector');
    assert.equal(errorCode(await ballot(visitor, election.id, alice.id)), 'FORBIDDEN');
    assert.equal(errorCode(await ballot(h.player(), election.id, alice.id)), 'FORBIDDEN');

    const view = (await h.client.data<{ election: ElectionView }>(ELECTION, { id: election.id }, { token: bob.token }))
      .election;
    assert.deepEqual([view.candidateCount, view.totalVotes, view.voterCount], [1, 3, 1]);
    assert.deepEqual(
      view.candidates.map((c) => [c.player.id, c.votes]),
      [[alice.id, 3]],
    );
  });

  test('the most weighted votes win, not the most voters; a tie goes to the earliest candidacy', async () => {
    const [early, late, v1, v2, v3] = await citizens([1, 1, 5, 2, 3]);
    const weighted = await start(owner, 'GOVERNOR');
    await stand(early, weighted.id);
    await stand(late, weighted.id);
    await ballot(v1, weighted.id, early.id); // 5
    await ballot(v2, weighted.id, late.id); // 2
    await ballot(v3, weighted.id, late.id); // 3 → late 5 from two voters, early 5 from one: a tie
    const tied = await h.running.services.elections.close(weighted.id);
    assert.equal(tied?.winnerId, early.id, 'tie 5–5: the earliest candidacy wins');

    const next = await start(owner, 'GOVERNOR');
    await stand(late, next.id);
    await stand(early, next.id);
    await ballot(v2, next.id, early.id); // 2
    await ballot(v3, next.id, late.id); // 3
    await ballot(early, next.id, early.id); // 1 → early 3 (two voters) vs late 3: tie, late stood first
    const view = (await h.client.data<{ election: ElectionView }>(ELECTION, { id: next.id }, { token: v1.token }))
      .election;
    assert.deepEqual(
      view.candidates.map((c) => c.player.id),
      [late.id, early.id],
      'candidates in ranking order: ties by earliest candidacy',
    );
    const closed = await h.running.services.elections.close(next.id);
    assert.equal(closed?.winnerId, late.id);
    assert.equal(await h.running.services.elections.close(next.id), null, 'a second close does nothing');

    const completed = await waitForEvent<{ winnerId: string; termStartsAt: string; termEndsAt: string }>(
      h,
      'sectorwars.governance.election',
      (e) => e.type.endsWith('.completed.v1') && e.subject === next.id,
    );
    assert.equal(completed.data.winnerId, late.id);
    const term = (Date.parse(completed.data.termEndsAt) - Date.parse(completed.data.termStartsAt)) / 1000;
    assert.ok(Math.abs(term - 45) < 0.01, `the term lasts the region's 45 election days (${term})`);
  });

  test('no candidate or no vote: no winner', async () => {
    const empty = await start(owner, 'TRADE_COMMISSIONER');
    assert.equal((await h.running.services.elections.close(empty.id))?.winnerId, null);
    const [lonely] = await citizens([1]);
    const unvoted = await start(owner, 'TRADE_COMMISSIONER');
    await stand(lonely, unvoted.id);
    assert.equal((await h.running.services.elections.close(unvoted.id))?.winnerId, null);
  });

  test('the closing job decides the election at endsAt; updates are versioned; the next election is scheduled for the end of the term', async () => {
    const [candidate, voter] = await citizens([1, 2]);
    const election = await start(owner, 'GOVERNOR', 2); // 2 days = 2 s here
    await stand(candidate, election.id);
    await ballot(voter, election.id, candidate.id);
    const done = await waitFor(
      'the closing job',
      async () => {
        const e = (
          await h.client.data<{ election: ElectionView }>(ELECTION, { id: election.id }, { token: voter.token })
        ).election;
        return e.status === 'COMPLETED' ? e : undefined;
      },
      15_000,
    );
    assert.equal(done.winner?.id, candidate.id);
    assert.ok(done.termEndsAt && done.completedAt);
    assert.equal(errorCode(await ballot(h.player(), election.id, candidate.id)), 'FORBIDDEN');
    const late = await citizens([1]);
    assert.equal(errorCode(await ballot(late[0], election.id, candidate.id)), 'CONFLICT', 'closed');

    const updates = await waitFor('4 election updates', async () => {
      const all = (await h.events<{ updateVersion: number; status: string }>('sectorwars.governance.election')).filter(
        (e) => e.type.endsWith('.updated.v1') && e.subject === election.id,
      );
      return all.length === 4 ? all : undefined;
    });
    assert.deepEqual(
      updates.map((u) => [u.data.updateVersion, u.data.status]),
      [
        [0, 'ACTIVE'],
        [1, 'ACTIVE'],
        [2, 'ACTIVE'],
        [3, 'COMPLETED'],
      ],
    );

    const [job] = await queryRows<{ start_after: Date; data: { previousElectionId: string } }>(
      h.db.url,
      `SELECT start_after, data FROM governance_jobs.job WHERE name = 'election-next' AND data->>'previousElectionId' = $1`,
      [election.id],
    );
    assert.ok(job, 'the next election is a durable job');
    assert.ok(Math.abs(job.start_after.getTime() - Date.parse(done.termEndsAt as string)) < 5);

    // What that job does when it runs (at the end of the 45-second term here): opens the next
    // election once; running it again opens nothing.
    const next = await h.running.services.elections.openNext(election.id);
    assert.equal(next?.status, 'ACTIVE');
    assert.equal(next?.position, 'governor');
    assert.equal(await h.running.services.elections.openNext(election.id), null);
  });
});
