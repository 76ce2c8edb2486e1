/**
 * Authorization matrix: every governance mutation refuses the roles it must refuse (non-member,
 * visitor, citizen where an office is needed, owner of another region, anonymous) without
 * writing anything, and lets the rightful roles through; reads are for the region's members,
 * owner, office holders and admins.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CLOSE,
  errorCode,
  type GovernanceHarness,
  PROPOSE,
  PROPOSE_TREATY,
  queryRows,
  REGION_ENTITY,
  RESPOND_TREATY,
  STAND,
  START_ELECTION,
  startHarness,
  TERMINATE_TREATY,
  type TestPlayer,
  taxPolicy,
  VOTE,
  VOTE_ELECTION,
} from './governance.test-support';

let h: GovernanceHarness;
let ownerA: TestPlayer;
let ownerB: TestPlayer;
let ownerC: TestPlayer;
let citizenB: TestPlayer;
let visitorB: TestPlayer;
let governorB: TestPlayer;
let ambassadorB: TestPlayer;
let outsider: TestPlayer;
let regionA: string;
let regionB: string;
before(async () => {
  h = await startHarness();
  [ownerA, ownerB, ownerC, citizenB, visitorB, governorB, ambassadorB, outsider] = Array.from({ length: 8 }, () =>
    h.player(),
  );
  regionA = await h.regions.provision(ownerA.id);
  regionB = await h.regions.provision(ownerB.id);
  await h.regions.provision(ownerC.id);
  await h.regions.members(regionB, [
    { playerId: citizenB.id, type: 'citizen', votingPower: 2 },
    { playerId: visitorB.id, type: 'visitor' },
  ]);
  await h.regions.office(regionB, governorB.id, 'GOVERNOR');
  await h.regions.office(regionB, ambassadorB.id, 'AMBASSADOR');
});
after(() => h?.stop());

type Attempt = [who: string, player: TestPlayer | null, code: string];

/** Counts the rows every governance write adds, to show refused attempts wrote nothing. */
async function writes(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    h.db.url,
    `SELECT (SELECT count(*) FROM governance.policies) + (SELECT count(*) FROM governance.votes)
          + (SELECT count(*) FROM governance.elections) + (SELECT count(*) FROM governance.candidates)
          + (SELECT count(*) FROM governance.ballots) + (SELECT count(*) FROM governance.treaties)
          + (SELECT count(*) FROM governance.audit_log) AS n`,
  );
  return Number(row.n);
}

/** Sends `query` as each refused role (asserting the code and that nothing was written). */
async function refused(name: string, query: string, input: Record<string, unknown>, attempts: Attempt[]) {
  const before = await writes();
  for (const [who, player, code] of attempts) {
    const result = await h.client.request(query, { input }, player ? { token: player.token } : {});
    assert.equal(errorCode(result), code, `${name} as ${who}: ${JSON.stringify(result.errors)}`);
  }
  assert.equal(await writes(), before, `${name}: refused attempts write nothing`);
}

/** Sends `query` as `player` and returns the data (failing on errors). */
async function allowed<T = Record<string, unknown>>(query: string, input: Record<string, unknown>, player: TestPlayer) {
  const result = await h.client.request<T>(query, { input }, { token: player.token });
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data as T;
}

const anonymous: Attempt = ['anonymous', null, 'UNAUTHENTICATED'];
const forbiddenFor = (...who: [string, TestPlayer][]): Attempt[] => who.map(([w, p]) => [w, p, 'FORBIDDEN']);

describe('policies', () => {
  test('proposePolicy: non-member, visitor, owner of another region refused; citizen, governor, owner allowed', async () => {
    await refused('proposePolicy', PROPOSE, taxPolicy(regionB), [
      ...forbiddenFor(['non-member', outsider], ['visitor', visitorB], ['owner of region A', ownerA]),
      anonymous,
    ]);
    for (const p of [citizenB, governorB, ownerB]) await allowed(PROPOSE, taxPolicy(regionB), p);
  });

  test('castVote: non-member, visitor, owner of another region, non-citizen owner refused; citizen allowed', async () => {
    const { proposePolicy } = await allowed<{ proposePolicy: { policy: { id: string } } }>(
      PROPOSE,
      taxPolicy(regionB),
      citizenB,
    );
    const input = { policyId: proposePolicy.policy.id, support: true };
    await refused('castVote', VOTE, input, [
      ...forbiddenFor(
        ['non-member', outsider],
        ['visitor', visitorB],
        ['owner of region A', ownerA],
        ['owner of region B (not a citizen)', ownerB],
        ['governor (not a citizen)', governorB],
      ),
      anonymous,
    ]);
    await allowed(VOTE, input, citizenB);
  });

  test('closePolicyVote: citizen, governor, visitor, non-member, owner of another region refused; owner allowed', async () => {
    const { proposePolicy } = await allowed<{ proposePolicy: { policy: { id: string } } }>(
      PROPOSE,
      taxPolicy(regionB),
      citizenB,
    );
    await allowed(VOTE, { policyId: proposePolicy.policy.id, support: true }, citizenB); // the only elector
    const input = { policyId: proposePolicy.policy.id };
    await refused('closePolicyVote', CLOSE, input, [
      ...forbiddenFor(
        ['citizen', citizenB],
        ['governor', governorB],
        ['visitor', visitorB],
        ['non-member', outsider],
        ['owner of region A', ownerA],
      ),
      anonymous,
    ]);
    const { closePolicyVote } = await allowed<{ closePolicyVote: { policy: { status: string } } }>(
      CLOSE,
      input,
      ownerB,
    );
    assert.equal(closePolicyVote.policy.status, 'PASSED');
  });
});

describe('elections', () => {
  test('startElection: citizen, ambassador, visitor, non-member, owner of another region refused; owner and governor allowed', async () => {
    await refused('startElection', START_ELECTION, { regionId: regionB, position: 'GOVERNOR' }, [
      ...forbiddenFor(
        ['citizen', citizenB],
        ['ambassador', ambassadorB],
        ['visitor', visitorB],
        ['non-member', outsider],
        ['owner of region A', ownerA],
      ),
      anonymous,
    ]);
    await allowed(START_ELECTION, { regionId: regionB, position: 'GOVERNOR' }, ownerB);
    await allowed(START_ELECTION, { regionId: regionB, position: 'AMBASSADOR' }, governorB);
  });

  test('standForElection and voteInElection: non-member, visitor, owner of another region refused; citizen allowed', async () => {
    const { startElection } = await allowed<{ startElection: { election: { id: string } } }>(
      START_ELECTION,
      { regionId: regionB, position: 'COUNCIL_MEMBER' },
      ownerB,
    );
    const electionId = startElection.election.id;
    const attempts: Attempt[] = [
      ...forbiddenFor(['non-member', outsider], ['visitor', visitorB], ['owner of region A', ownerA]),
      anonymous,
    ];
    await refused('standForElection', STAND, { electionId, platform: 'Me' }, attempts);
    await allowed(STAND, { electionId, platform: 'Me' }, citizenB);
    await refused('voteInElection', VOTE_ELECTION, { electionId, candidateId: citizenB.id }, attempts);
    await allowed(VOTE_ELECTION, { electionId, candidateId: citizenB.id }, citizenB);
  });
});

describe('treaties', () => {
  const proposal = (type: string) => ({ fromRegionId: regionB, toRegionId: regionA, type, terms: 'Peace.' });

  test('proposeTreaty: citizen, visitor, non-member, owner of the other region refused; ambassador, governor, owner allowed', async () => {
    await refused('proposeTreaty', PROPOSE_TREATY, proposal('ALLIANCE'), [
      ...forbiddenFor(
        ['citizen', citizenB],
        ['visitor', visitorB],
        ['non-member', outsider],
        ['owner of region A (the other party)', ownerA],
      ),
      anonymous,
    ]);
    await allowed(PROPOSE_TREATY, proposal('ALLIANCE'), ambassadorB);
    await allowed(PROPOSE_TREATY, proposal('DEFENSE_PACT'), governorB);
    await allowed(PROPOSE_TREATY, proposal('NON_AGGRESSION'), ownerB);
  });

  test('respondToTreaty: the proposing side, citizen, visitor, non-member, third owner refused; the other side allowed', async () => {
    const { proposeTreaty } = await allowed<{ proposeTreaty: { treaty: { id: string } } }>(
      PROPOSE_TREATY,
      { fromRegionId: regionA, toRegionId: regionB, type: 'TRADE_AGREEMENT', terms: 'Trade.' },
      ownerA,
    );
    const input = { treatyId: proposeTreaty.treaty.id, accept: true };
    await refused('respondToTreaty', RESPOND_TREATY, input, [
      ...forbiddenFor(
        ['owner of the proposing region', ownerA],
        ['citizen', citizenB],
        ['visitor', visitorB],
        ['non-member', outsider],
        ['owner of a third region', ownerC],
      ),
      anonymous,
    ]);
    await allowed(RESPOND_TREATY, input, governorB);

    await refused('terminateTreaty', TERMINATE_TREATY, { treatyId: proposeTreaty.treaty.id }, [
      ...forbiddenFor(
        ['citizen', citizenB],
        ['visitor', visitorB],
        ['non-member', outsider],
        ['owner of a third region', ownerC],
      ),
      anonymous,
    ]);
    await allowed(TERMINATE_TREATY, { treatyId: proposeTreaty.treaty.id }, ownerA);
  });
});

describe('reads', () => {
  test('Region.policies/elections/treaties: members of any type, owner, office holders, admins; others FORBIDDEN', async () => {
    for (const reader of [citizenB, visitorB, ownerB, governorB, ambassadorB, h.admin()]) {
      const r = await h.client.request<{ _entities: { policies: { totalCount: number } }[] }>(
        REGION_ENTITY,
        { id: regionB },
        { token: reader.token },
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      assert.ok((r.data?._entities[0].policies.totalCount ?? 0) > 0);
    }
    for (const [who, p, code] of [
      ['non-member', outsider, 'FORBIDDEN'],
      ['owner of region A', ownerA, 'FORBIDDEN'],
      anonymous,
    ] as Attempt[]) {
      const r = await h.client.request(REGION_ENTITY, { id: regionB }, p ? { token: p.token } : {});
      assert.equal(errorCode(r), code, who);
    }
  });

  test('paging: first is capped at 100; pages follow the cursor, newest first', async () => {
    const tooMany = await h.client.request(REGION_ENTITY, { id: regionB, first: 101 }, { token: ownerB.token });
    assert.equal(errorCode(tooMany), 'BAD_USER_INPUT');
    type Page = {
      _entities: {
        policies: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string } }[];
        };
      }[];
    };
    const all = await h.client.data<Page>(REGION_ENTITY, { id: regionB, first: 100 }, { token: ownerB.token });
    const total = all._entities[0].policies.totalCount;
    assert.ok(total >= 3);
    const one = await h.client.data<Page>(REGION_ENTITY, { id: regionB, first: 2 }, { token: ownerB.token });
    assert.equal(one._entities[0].policies.pageInfo.hasNextPage, true);
    const two = await h.client.data<Page>(
      REGION_ENTITY,
      { id: regionB, first: 100, after: one._entities[0].policies.pageInfo.endCursor },
      { token: ownerB.token },
    );
    assert.deepEqual(
      [...one._entities[0].policies.edges, ...two._entities[0].policies.edges].map((e) => e.node.id),
      all._entities[0].policies.edges.map((e) => e.node.id),
    );
    const passed = await h.client.data<Page>(REGION_ENTITY, { id: regionB, status: 'PASSED' }, { token: ownerB.token });
    assert.equal(passed._entities[0].policies.totalCount, 1);
  });
});
