/**
 * Policies and weighted votes against real Postgres: exact tallies under 200 concurrent voters,
 * one vote per voter, who votes under each governance type, threshold edges, closing, early
 * close, per-type validation, and implementation through regions' event.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  CLOSE,
  errorCode,
  type GovernanceHarness,
  POLICY,
  PROPOSE,
  queryRows,
  startHarness,
  type TestPlayer,
  taxPolicy,
  VOTE,
  waitFor,
  waitForEvent,
} from '../governance.test-support';

interface PolicyView {
  id: string;
  status: string;
  electorate: string;
  votingThreshold: number;
  votesFor: number;
  votesAgainst: number;
  voterCount: number;
  approvalPercentage: number;
  closedAt: string | null;
  implementedAt: string | null;
  proposedChanges: Record<string, unknown>;
  proposedBy: { id: string };
}

let h: GovernanceHarness;
let owner: TestPlayer;
let region: string;
before(async () => {
  h = await startHarness();
  owner = h.player();
  region = await h.regions.provision(owner.id, { type: 'democracy', votingThreshold: 0.51 });
});
after(() => h?.stop());

/** Citizens of `regionId` with the given voting powers. */
async function citizens(regionId: string, powers: number[]): Promise<TestPlayer[]> {
  const players = powers.map(() => h.player());
  await h.regions.members(
    regionId,
    players.map((p, i) => ({ playerId: p.id, type: 'citizen' as const, votingPower: powers[i] })),
  );
  return players;
}

async function propose(by: TestPlayer, input: Record<string, unknown>): Promise<PolicyView> {
  const data = await h.client.data<{ proposePolicy: { policy: PolicyView } }>(PROPOSE, { input }, { token: by.token });
  return data.proposePolicy.policy;
}

const vote = (by: TestPlayer, policyId: string, support: boolean) =>
  h.client.request<{ castVote: { weight: number; policy: PolicyView } }>(
    VOTE,
    { input: { policyId, support } },
    { token: by.token },
  );

describe('democracy', () => {
  test('weighted tallies are exact after 200 concurrent voters; tallies are published in order, the last exact', async () => {
    const powers = Array.from({ length: 200 }, (_, i) => [0.5, 1, 1.5, 2.25, 5, 0.1, 3.3][i % 7]);
    const voters = await citizens(region, powers);
    const policy = await propose(voters[0], taxPolicy(region, 0.15));
    assert.equal(policy.status, 'ACTIVE');
    assert.equal(policy.electorate, 'CITIZENS');

    const supports = voters.map((_, i) => i % 3 !== 0);
    const results = await Promise.all(voters.map((v, i) => vote(v, policy.id, supports[i])));
    for (const r of results) assert.equal(r.errors, undefined, JSON.stringify(r.errors));
    assert.deepEqual(
      results.map((r) => r.data?.castVote.weight),
      powers,
      'each vote weighs the voter’s voting power',
    );

    // Exact decimal sums (cents of voting power), compared without floating-point drift.
    const hundredths = (xs: number[]) => xs.reduce((s, x) => s + Math.round(x * 100), 0);
    const expectFor = hundredths(powers.filter((_, i) => supports[i]));
    const expectAgainst = hundredths(powers.filter((_, i) => !supports[i]));
    const [row] = await queryRows<{ f: string; a: string; n: number }>(
      h.db.url,
      'SELECT votes_for::text AS f, votes_against::text AS a, voter_count AS n FROM governance.policies WHERE id = $1',
      [policy.id],
    );
    assert.equal(Math.round(Number(row.f) * 100), expectFor);
    assert.equal(Math.round(Number(row.a) * 100), expectAgainst);
    assert.equal(row.n, 200);
    const [sums] = await queryRows<{ f: string; a: string }>(
      h.db.url,
      `SELECT coalesce(sum(weight) FILTER (WHERE support), 0)::text AS f,
              coalesce(sum(weight) FILTER (WHERE NOT support), 0)::text AS a
       FROM governance.votes WHERE policy_id = $1`,
      [policy.id],
    );
    assert.deepEqual([sums.f, sums.a], [row.f, row.a], 'the tally equals the sum of the recorded votes');

    const view = (await h.client.data<{ policy: PolicyView }>(POLICY, { id: policy.id }, { token: owner.token }))
      .policy;
    assert.equal(view.voterCount, 200);
    assert.equal(Math.round(view.votesFor * 100), expectFor);
    assert.ok(Math.abs(view.approvalPercentage - (100 * expectFor) / (expectFor + expectAgainst)) < 1e-9);

    // Concurrent votes travel in batches (group commit): one tally event per batch, versions
    // growing, each a consistent tally, the last one the exact final tally.
    const tallies = await waitFor('the final tally on the bus', async () => {
      const events = (
        await h.events<{ tallyVersion: number; voterCount: number; votesFor: number; votesAgainst: number }>(
          'sectorwars.governance.policy',
        )
      ).filter((e) => e.type.endsWith('.tallied.v1') && e.subject === policy.id);
      return events.at(-1)?.data.voterCount === 200 ? events : undefined;
    });
    const versions = tallies.map((e) => e.data.tallyVersion);
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      'in order on the policy’s partition',
    );
    assert.equal(new Set(versions).size, versions.length, 'each tally published once');
    for (const e of tallies) assert.equal(e.data.tallyVersion, e.data.voterCount);
    const last = tallies.at(-1)?.data;
    assert.equal(last?.voterCount, 200);
    assert.equal(Math.round((last?.votesFor ?? 0) * 100), expectFor);
    assert.equal(Math.round((last?.votesAgainst ?? 0) * 100), expectAgainst);
    // Each voter's answer shows a tally that already includes the vote.
    for (const r of results) assert.ok((r.data?.castVote.policy.voterCount ?? 0) >= 1);
  });

  test('a burst mixing eligible voters, repeated voters and non-members: each gets its own answer', async () => {
    const voters = await citizens(
      region,
      Array.from({ length: 40 }, () => 1),
    );
    const policy = await propose(voters[0], taxPolicy(region));
    const outsiders = Array.from({ length: 10 }, () => h.player());
    const burst = [
      ...voters.map((v) => ({ who: 'citizen', by: v })),
      ...voters.slice(0, 10).map((v) => ({ who: 'repeat', by: v })),
      ...outsiders.map((p) => ({ who: 'outsider', by: p })),
    ];
    const answers = await Promise.all(burst.map(({ who, by }) => vote(by, policy.id, true).then((r) => ({ who, r }))));

    const codes = (who: string) => answers.filter((a) => a.who === who).map((a) => errorCode(a.r) ?? 'OK');
    assert.deepEqual(codes('outsider'), Array(10).fill('FORBIDDEN'));
    // A citizen and their repeat race: exactly one of the two counts, the other is a CONFLICT.
    const twice = [...codes('citizen').slice(0, 10), ...codes('repeat')].sort();
    assert.deepEqual(twice, [...Array(10).fill('CONFLICT'), ...Array(10).fill('OK')]);
    assert.deepEqual(codes('citizen').slice(10), Array(30).fill('OK'));
    const view = (await h.client.data<{ policy: PolicyView }>(POLICY, { id: policy.id }, { token: owner.token }))
      .policy;
    assert.deepEqual([view.votesFor, view.voterCount], [40, 40], 'every citizen counted once');
  });

  test('a second vote by the same voter is a CONFLICT and changes nothing', async () => {
    const [a] = await citizens(region, [2]);
    const policy = await propose(a, taxPolicy(region));
    assert.equal((await vote(a, policy.id, true)).errors, undefined);
    const again = await vote(a, policy.id, false);
    assert.equal(errorCode(again), 'CONFLICT');
    const view = (await h.client.data<{ policy: PolicyView }>(POLICY, { id: policy.id }, { token: a.token })).policy;
    assert.deepEqual([view.votesFor, view.votesAgainst, view.voterCount], [2, 0, 1]);
  });

  test('non-members, visitors, nomadic traders and citizens without voting power are FORBIDDEN; anonymous UNAUTHENTICATED', async () => {
    const [citizen] = await citizens(region, [1]);
    const visitor = h.player();
    const trader = h.player();
    const powerless = h.player();
    await h.regions.members(region, [
      { playerId: visitor.id, type: 'visitor' },
      { playerId: trader.id, type: 'nomadic_trader' },
      { playerId: powerless.id, type: 'citizen', votingPower: 0 },
    ]);
    const policy = await propose(citizen, taxPolicy(region));
    for (const [who, p] of [
      ['non-member', h.player()],
      ['visitor', visitor],
      ['nomadic trader', trader],
      ['citizen with voting power 0', powerless],
    ] as const) {
      assert.equal(errorCode(await vote(p, policy.id, true)), 'FORBIDDEN', who);
    }
    const anonymous = await h.client.request(VOTE, { input: { policyId: policy.id, support: true } });
    assert.equal(errorCode(anonymous), 'UNAUTHENTICATED');
    const [{ n }] = await queryRows<{ n: number }>(
      h.db.url,
      'SELECT count(*)::int AS n FROM governance.votes WHERE policy_id = $1',
      [policy.id],
    );
    assert.equal(n, 0, 'nothing written');
  });

  test('residents vote; a voting-power change counts from the next vote on', async () => {
    const resident = h.player();
    await h.regions.members(region, [{ playerId: resident.id, type: 'resident', votingPower: 1 }]);
    const first = await propose(resident, taxPolicy(region));
    assert.equal((await vote(resident, first.id, true)).data?.castVote.weight, 1);
    await h.regions.members(region, [{ playerId: resident.id, type: 'resident', votingPower: 4 }]);
    const second = await propose(resident, taxPolicy(region));
    assert.equal((await vote(resident, second.id, true)).data?.castVote.weight, 4);
    const view = (await h.client.data<{ policy: PolicyView }>(POLICY, { id: first.id }, { token: owner.token })).policy;
    assert.equal(view.votesFor, 1, 'votes already cast keep their weight');
  });

  test('a vote after votingClosesAt is refused; the closing job closes it (REJECTED without votes)', async () => {
    const [a, b] = await citizens(region, [1, 1]);
    const policy = await propose(a, taxPolicy(region, 0.1, 1)); // 1 day = 1 s here
    assert.equal((await vote(a, policy.id, true)).errors, undefined);
    const closed = await waitFor('the closing job', async () => {
      const p = (await h.client.data<{ policy: PolicyView }>(POLICY, { id: policy.id }, { token: a.token })).policy;
      return p.status !== 'ACTIVE' ? p : undefined;
    });
    assert.equal(closed.status, 'PASSED', '1 for, 0 against: 100 % ≥ 51 %');
    assert.ok(closed.closedAt);
    const late = await vote(b, policy.id, true);
    assert.equal(errorCode(late), 'CONFLICT');
    assert.match(late.errors?.[0].message ?? '', /closed/);

    const silent = await propose(a, taxPolicy(region, 0.1, 1));
    const rejected = await waitFor('the closing job', async () => {
      const p = (await h.client.data<{ policy: PolicyView }>(POLICY, { id: silent.id }, { token: a.token })).policy;
      return p.status !== 'ACTIVE' ? p : undefined;
    });
    assert.equal(rejected.status, 'REJECTED', 'no votes: approval 0');
  });

  test('threshold edges: exactly at the threshold passes, just below is rejected (exact decimal tallies)', async () => {
    const edgeOwner = h.player();
    const edge = await h.regions.provision(edgeOwner.id, { type: 'democracy', votingThreshold: 0.51 });
    // 5 + 0.1 for, 4.9 against: 5.1 / 10 = 51 % exactly (a float sum would be off by 1e-15).
    const [a, b, c, d, e] = await citizens(edge, [5, 0.1, 4.9, 4.9, 0.2]);
    const at = await propose(a, taxPolicy(edge));
    await vote(a, at.id, true);
    await vote(b, at.id, true);
    await vote(c, at.id, false);
    const passed = await h.running.services.policies.closeVote(at.id);
    assert.equal(passed?.status, 'PASSED', '51 % at a 0.51 threshold passes');
    assert.ok(Math.abs((passed?.approvalPercentage ?? 0) - 51) < 1e-9);

    const below = await propose(a, taxPolicy(edge));
    await vote(a, below.id, true); // 5
    await vote(d, below.id, false); // 4.9
    await vote(e, below.id, false); // 0.2 → 5 / 10.1 = 49.5 %
    assert.equal((await h.running.services.policies.closeVote(below.id))?.status, 'REJECTED');

    const tie = await propose(a, taxPolicy(edge));
    await vote(c, tie.id, true); // 4.9
    await vote(d, tie.id, false); // 4.9 → 50 %
    assert.equal((await h.running.services.policies.closeVote(tie.id))?.status, 'REJECTED', '50 % < 51 %');
    assert.equal(await h.running.services.policies.closeVote(tie.id), null, 'a second close does nothing');
  });

  test('a passed policy emits policy.passed; region.policy-implemented makes it IMPLEMENTED', async () => {
    const [a] = await citizens(region, [1]);
    const policy = await propose(a, taxPolicy(region, 0.2));
    await vote(a, policy.id, true);
    await h.running.services.policies.closeVote(policy.id);
    const passed = await waitForEvent<{ proposedChanges: Record<string, unknown>; type: string }>(
      h,
      'sectorwars.governance.policy',
      (e) => e.type.endsWith('.passed.v1') && e.subject === policy.id,
    );
    assert.deepEqual(passed.data.proposedChanges, { taxRate: 0.2 });
    assert.equal(passed.data.type, 'tax_rate');

    await h.regions.implemented(policy.id, region, 'tax_rate', { taxRate: 0.2 });
    const implemented = await waitFor('IMPLEMENTED', async () => {
      const p = (await h.client.data<{ policy: PolicyView }>(POLICY, { id: policy.id }, { token: a.token })).policy;
      return p.status === 'IMPLEMENTED' ? p : undefined;
    });
    assert.ok(implemented.implementedAt);
    const statuses = await waitFor('implemented status event', async () => {
      const all = (await h.events<{ status: string; previousStatus: string | null }>('sectorwars.governance.policy'))
        .filter((e) => e.type.endsWith('.status-changed.v1') && e.subject === policy.id)
        .map((e) => [e.data.previousStatus, e.data.status]);
      return all.length === 3 ? all : undefined;
    });
    assert.deepEqual(statuses, [
      [null, 'ACTIVE'],
      ['ACTIVE', 'PASSED'],
      ['PASSED', 'IMPLEMENTED'],
    ]);
  });

  test('early close: only when the outcome is certain, and only for the owner or an admin', async () => {
    const earlyOwner = h.player();
    const early = await h.regions.provision(earlyOwner.id, { type: 'democracy', votingThreshold: 0.5 });
    const [a, b, c] = await citizens(early, [3, 1, 1]);
    const policy = await propose(a, taxPolicy(early));
    const close = (by: TestPlayer) =>
      h.client.request<{ closePolicyVote: { policy: PolicyView } }>(
        CLOSE,
        { input: { policyId: policy.id } },
        { token: by.token },
      );
    assert.equal(errorCode(await close(earlyOwner)), 'CONFLICT', 'nobody voted yet: outcome open');
    await vote(b, policy.id, true); // for 1; remaining a:3 + c:1 could still reject it
    assert.equal(errorCode(await close(earlyOwner)), 'CONFLICT');
    await vote(a, policy.id, true); // for 4; remaining c:1 → at worst 4/5 = 80 % ≥ 50 %
    assert.equal(errorCode(await close(a)), 'FORBIDDEN', 'a citizen may not close early');
    assert.equal(errorCode(await close(h.player())), 'FORBIDDEN');
    const done = await close(earlyOwner);
    assert.equal(done.errors, undefined, JSON.stringify(done.errors));
    assert.equal(done.data?.closePolicyVote.policy.status, 'PASSED');
    assert.equal(errorCode(await vote(c, policy.id, true)), 'CONFLICT', 'closed');
    assert.equal(errorCode(await close(h.admin())), 'CONFLICT', 'already closed');

    const doomed = await propose(a, taxPolicy(early));
    await h.client.data(VOTE, { input: { policyId: doomed.id, support: false } }, { token: a.token });
    // against 3; remaining b + c = 2 → at best 2/5 = 40 % < 50 %: an admin may close it.
    const admin = h.admin();
    const rejected = await h.client.request<{ closePolicyVote: { policy: PolicyView } }>(
      CLOSE,
      { input: { policyId: doomed.id } },
      { token: admin.token },
    );
    assert.equal(rejected.data?.closePolicyVote.policy.status, 'REJECTED');
  });
});

describe('who decides, by governance type', () => {
  test('council: council members propose and vote, one vote each; citizens may not', async () => {
    const councilOwner = h.player();
    const council = await h.regions.provision(councilOwner.id, { type: 'council', votingThreshold: 0.6 });
    const [member1, member2, citizen] = await citizens(council, [5, 1, 1]);
    await h.regions.office(council, member1.id, 'COUNCIL_MEMBER');
    await h.regions.office(council, member2.id, 'COUNCIL_MEMBER');
    const outsiderMember = h.player(); // a council member who is not a citizen still votes
    await h.regions.office(council, outsiderMember.id, 'COUNCIL_MEMBER');

    assert.equal(
      errorCode(await h.client.request(PROPOSE, { input: taxPolicy(council) }, { token: citizen.token })),
      'FORBIDDEN',
    );
    const policy = await propose(member1, taxPolicy(council));
    assert.equal(policy.electorate, 'COUNCIL');
    assert.equal(policy.votingThreshold, 0.6);
    assert.equal(errorCode(await vote(citizen, policy.id, true)), 'FORBIDDEN');
    assert.equal((await vote(member1, policy.id, true)).data?.castVote.weight, 1, 'voting power 5, council weight 1');
    assert.equal((await vote(outsiderMember, policy.id, true)).data?.castVote.weight, 1);
    assert.equal((await vote(member2, policy.id, false)).data?.castVote.weight, 1);
    const closed = await h.running.services.policies.closeVote(policy.id);
    assert.equal(closed?.votesFor, 2);
    assert.equal(closed?.status, 'PASSED', '2 of 3 = 66.7 % ≥ 60 %');

    // The owner and the governor also propose in a council region.
    const governor = h.player();
    await h.regions.office(council, governor.id, 'GOVERNOR');
    assert.equal((await propose(governor, taxPolicy(council))).status, 'ACTIVE');
    assert.equal((await propose(councilOwner, taxPolicy(council))).status, 'ACTIVE');
  });

  test("autocracy: the owner's proposal passes at once without a vote; nobody else proposes or votes", async () => {
    const autocrat = h.player();
    const realm = await h.regions.provision(autocrat.id, { type: 'autocracy' });
    const [citizen] = await citizens(realm, [5]);
    const governor = h.player();
    await h.regions.office(realm, governor.id, 'GOVERNOR');
    for (const p of [citizen, governor, h.player()]) {
      assert.equal(
        errorCode(await h.client.request(PROPOSE, { input: taxPolicy(realm) }, { token: p.token })),
        'FORBIDDEN',
      );
    }
    const decree = await propose(autocrat, {
      regionId: realm,
      type: 'IMMIGRATION',
      title: 'Borders closed',
      description: '',
      proposedChanges: { immigration: 'CLOSED' },
    });
    assert.equal(decree.status, 'PASSED');
    assert.equal(decree.electorate, 'OWNER');
    assert.ok(decree.closedAt);
    assert.deepEqual(decree.proposedChanges.immigration, 'CLOSED');
    assert.equal(errorCode(await vote(citizen, decree.id, true)), 'CONFLICT', 'a decree has no vote');
    const passed = await waitForEvent<{ proposedChanges: Record<string, unknown> }>(
      h,
      'sectorwars.governance.policy',
      (e) => e.type.endsWith('.passed.v1') && e.subject === decree.id,
    );
    assert.deepEqual(passed.data.proposedChanges, { immigration: 'closed' });
  });

  test('a governance change applies to policies proposed afterwards; open votes keep their rules', async () => {
    const changer = h.player();
    const shifting = await h.regions.provision(changer.id, { type: 'democracy', votingThreshold: 0.51 });
    const [a] = await citizens(shifting, [1]);
    const before = await propose(a, taxPolicy(shifting));
    await h.regions.changeGovernance(shifting, { type: 'democracy', votingThreshold: 0.75, electionFrequencyDays: 60 });
    const later = await propose(a, taxPolicy(shifting));
    assert.equal(before.votingThreshold, 0.51);
    assert.equal(later.votingThreshold, 0.75);
    await h.regions.changeGovernance(shifting, { type: 'autocracy', votingThreshold: 0.75, electionFrequencyDays: 60 });
    assert.equal((await vote(a, before.id, true)).errors, undefined, 'the open vote still runs as a democracy');
    assert.equal(
      errorCode(await h.client.request(PROPOSE, { input: taxPolicy(shifting) }, { token: a.token })),
      'FORBIDDEN',
    );
  });

  test('a region provisioned without governance settings gets democracy, 0.51', async () => {
    const o = h.player();
    const plain = await h.regions.provision(o.id, null);
    const policy = await propose(o, taxPolicy(plain));
    assert.deepEqual([policy.electorate, policy.votingThreshold], ['CITIZENS', 0.51]);
  });
});

describe('proposal input', () => {
  const cases: [string, Record<string, unknown>, string, RegExp?][] = [
    ['tax rate above 0.25', { proposedChanges: { taxRate: 0.3 } }, 'proposedChanges.taxRate', /between 0.05 and 0.25/],
    ['tax rate below 0.05', { proposedChanges: { taxRate: 0.01 } }, 'proposedChanges.taxRate', /0.05 and 0.25/],
    ['no tax rate', { proposedChanges: {} }, 'proposedChanges.taxRate'],
    ['a field of another type', { proposedChanges: { taxRate: 0.1, defenseLevel: 3 } }, 'proposedChanges.defenseLevel'],
    ['votingDays 0', { votingDays: 0 }, 'votingDays', /between 1 and 30/],
    ['votingDays 31', { votingDays: 31 }, 'votingDays', /between 1 and 30/],
    ['title too short', { title: 'x' }, 'title'],
    ['region not a UUID', { regionId: 'nope' }, 'regionId'],
    ['defense level 11', { type: 'DEFENSE', proposedChanges: { defenseLevel: 11 } }, 'proposedChanges.defenseLevel'],
    ['tariff 0.6', { type: 'TRADE_POLICY', proposedChanges: { tariffRate: 0.6 } }, 'proposedChanges.tariffRate'],
    ['empty cultural', { type: 'CULTURAL', proposedChanges: {} }, 'proposedChanges'],
    [
      '21 traditions',
      { type: 'CULTURAL', proposedChanges: { traditions: Array.from({ length: 21 }, (_, i) => `t${i}`) } },
      'proposedChanges.traditions',
    ],
  ];
  for (const [name, change, field, message] of cases) {
    test(`${name} → BAD_USER_INPUT on ${field}`, async () => {
      const result = await h.client.request(
        PROPOSE,
        { input: { ...taxPolicy(region), ...change } },
        { token: owner.token },
      );
      assert.equal(errorCode(result), 'BAD_USER_INPUT', JSON.stringify(result.errors));
      assert.equal(result.errors?.[0].extensions?.field, field);
      if (message) assert.match(result.errors?.[0].message ?? '', message);
    });
  }

  test('every type accepts its own shape; votingDays defaults to 7', async () => {
    const shapes: [string, Record<string, unknown>][] = [
      ['TAX_RATE', { taxRate: 0.05 }],
      ['IMMIGRATION', { immigration: 'TREATY_ONLY' }],
      ['PVP_RULES', { pvpMode: 'RESTRICTED' }],
      ['TRADE_POLICY', { tariffRate: 0 }],
      ['DEFENSE', { defenseLevel: 10 }],
      ['CULTURAL', { motto: 'Per aspera', traditions: ['Founders day'] }],
    ];
    for (const [type, proposedChanges] of shapes) {
      const p = await h.client.data<{ proposePolicy: { policy: PolicyView & { votingClosesAt: string } } }>(
        PROPOSE,
        { input: { regionId: region, type, title: `A ${type} policy`, description: '', proposedChanges } },
        { token: owner.token },
      );
      const policy = p.proposePolicy.policy;
      for (const [k, v] of Object.entries(proposedChanges)) assert.deepEqual(policy.proposedChanges[k], v, type);
      const days = (Date.parse(policy.votingClosesAt) - Date.now()) / 1000; // 1 day = 1 s here
      assert.ok(days > 5 && days <= 7.5, `${type}: closes in 7 days (${days})`);
    }
  });

  test('an unknown region is NOT_FOUND', async () => {
    const result = await h.client.request(
      PROPOSE,
      { input: taxPolicy('00000000-0000-4000-8000-000000000000') },
      { token: owner.token },
    );
    assert.equal(errorCode(result), 'NOT_FOUND');
  });
});
