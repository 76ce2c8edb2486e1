/**
 * Live votes through the gateway: graphql-ws clients subscribed to `policyVoteTallied` over
 * real identity, regions and governance processes see their policy's tallies in order, ending
 * with the exact final tally, and nothing about other policies; bursts are coalesced; a
 * non-member is refused; `policyStatusChanged` reports a proposal.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { errorCode, mintAccessToken, startStack, subscribe, type TestStack, waitFor } from '@sectorwars/testing';

const JOIN = 'mutation($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }';
const PROPOSE = 'mutation($input: ProposePolicyInput!) { proposePolicy(input: $input) { policy { id status } } }';
const VOTE = 'mutation($input: CastVoteInput!) { castVote(input: $input) { policy { voterCount } } }';
const TALLIED = `subscription($id: ID!) { policyVoteTallied(policyId: $id) { id voterCount votesFor votesAgainst approvalPercentage title } }`;
const STATUS = 'subscription($regionId: ID!) { policyStatusChanged(regionId: $regionId) { id status title } }';

interface Tally {
  id: string;
  voterCount: number;
  votesFor: number;
  votesAgainst: number;
  approvalPercentage: number;
  title: string;
}
interface Player {
  id: string;
  token: string;
}

let stack: TestStack;
let wsUrl: string;
let regionId: string;
let voters: Player[];
let outsider: Player;
before(async () => {
  stack = await startStack({
    subgraphs: ['identity', 'regions', 'governance'],
    env: { BOOTSTRAP_ADMIN_PASSWORD: 'admin password 1' },
  });
  wsUrl = stack.gatewayUrl.replace(/^http/, 'ws');
  const admin = await stack.gateway.data<{ login: { accessToken: string } }>(
    'mutation { login(input: { email: "admin@sectorwars.local", password: "admin password 1" }) { accessToken } }',
  );
  const player = async (): Promise<Player> => {
    const id = randomUUID();
    return { id, token: await mintAccessToken(stack.signingKeyPem, id) };
  };
  const owner = await player();
  outsider = await player();
  voters = await Promise.all(Array.from({ length: 40 }, player));
  const provisioned = await stack.gateway.data<{ provisionRegion: { region: { id: string } } }>(
    'mutation($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }',
    { input: { name: 'live-votes', displayName: 'Live Votes', ownerId: owner.id } },
    { token: admin.login.accessToken },
  );
  regionId = provisioned.provisionRegion.region.id;
  for (const voter of voters) {
    await stack.gateway.data(JOIN, { input: { regionId, type: 'CITIZEN' } }, { token: voter.token });
  }
});
after(() => stack?.stop());

/** Proposes a tax_rate policy as the first voter once governance's voter roll knows them. */
async function propose(title: string): Promise<string> {
  const data = await waitFor(`proposal ${title}`, async () => {
    const result = await stack.gateway.request<{ proposePolicy: { policy: { id: string } } }>(
      PROPOSE,
      {
        input: { regionId, type: 'TAX_RATE', title, description: 'Live test', proposedChanges: { taxRate: 0.2 } },
      },
      { token: voters[0].token },
    );
    return result.data ?? undefined;
  });
  return data.proposePolicy.policy.id;
}

/** Casts votes until governance's voter roll has the voter (events are asynchronous). */
const vote = (voter: Player, policyId: string, support: boolean) =>
  waitFor('vote counted', async () => {
    const result = await stack.gateway.request(VOTE, { input: { policyId, support } }, { token: voter.token });
    if (errorCode(result) === 'FORBIDDEN') return undefined;
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result;
  });

describe('policyVoteTallied', () => {
  test('subscribers get their policy’s tallies in order, ending on the exact final tally, none of other policies', async () => {
    const watched = await propose('Watched');
    const other = await propose('Other');
    const first = subscribe<{ policyVoteTallied: Tally }>(wsUrl, TALLIED, { id: watched }, voters[1].token);
    const second = subscribe<{ policyVoteTallied: Tally }>(wsUrl, TALLIED, { id: watched }, voters[2].token);
    const onOther = subscribe<{ policyVoteTallied: Tally }>(wsUrl, TALLIED, { id: other }, voters[3].token);
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      // A burst: 30 votes at once on the watched policy (2 of 3 for), 5 on the other.
      await Promise.all([
        ...voters.slice(0, 30).map((v, i) => vote(v, watched, i % 3 !== 0)),
        ...voters.slice(30, 35).map((v) => vote(v, other, true)),
      ]);
      const final = { id: watched, voterCount: 30, votesFor: 20, votesAgainst: 10, title: 'Watched' };
      for (const sub of [first, second]) {
        await waitFor('final tally', async () =>
          sub.values.at(-1)?.policyVoteTallied.voterCount === 30 ? true : undefined,
        );
        const tallies = sub.values.map((v) => v.policyVoteTallied);
        const last = tallies.at(-1) as Tally;
        assert.deepEqual({ ...last, approvalPercentage: undefined }, { ...final, approvalPercentage: undefined });
        assert.ok(Math.abs(last.approvalPercentage - 200 / 3) < 1e-9);
        for (let i = 1; i < tallies.length; i += 1) {
          assert.ok(
            tallies[i].voterCount > tallies[i - 1].voterCount,
            `never an older tally after a newer one: ${tallies.map((t) => t.voterCount)}`,
          );
        }
        assert.ok(
          tallies.every((t) => t.id === watched),
          'only the watched policy',
        );
        assert.ok(tallies.length < 30, `a burst of 30 votes is coalesced (${tallies.length} updates)`);
      }
      await waitFor('other policy final', async () =>
        onOther.values.at(-1)?.policyVoteTallied.voterCount === 5 ? true : undefined,
      );
      assert.ok(onOther.values.every((v) => v.policyVoteTallied.id === other));
    } finally {
      await Promise.all([first.close(), second.close(), onOther.close()]);
    }
  });

  test('a subscriber watching only the tally gets it from the event itself: no root query per update', async () => {
    const policyId = await propose('Tally only');
    const TALLY_ONLY = `subscription($id: ID!) {
      live: policyVoteTallied(policyId: $id) { __typename id count: voterCount votesFor votesAgainst approvalPercentage } }`;
    const watcher = subscribe<{ live: Omit<Tally, 'title' | 'voterCount'> & { __typename: string; count: number } }>(
      wsUrl,
      TALLY_ONLY,
      { id: policyId },
      voters[1].token,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    /** Root queries the gateway ran for subscriptions, per phase (its Prometheus counter). */
    const rootQueries = async (phase: 'subscribe' | 'update') => {
      const text = await (await fetch(`${stack.gatewayBaseUrl}/metrics`)).text();
      return text
        .split('\n')
        .filter((line) => line.startsWith('gateway_subscription_queries_total{') && line.includes(`phase="${phase}"`))
        .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
    };
    const updateQueries = () => rootQueries('update');
    assert.ok((await rootQueries('subscribe')) > 0, 'the counter is read (subscribing ran root queries)');
    const queriesBefore = await updateQueries();
    try {
      await Promise.all(voters.slice(0, 9).map((v, i) => vote(v, policyId, i % 3 !== 0)));
      await waitFor('final tally', async () => (watcher.values.at(-1)?.live.count === 9 ? true : undefined));
      const tallies = watcher.values.map((v) => v.live);
      assert.deepEqual(
        { ...tallies.at(-1), approvalPercentage: undefined },
        { __typename: 'Policy', id: policyId, count: 9, votesFor: 6, votesAgainst: 3, approvalPercentage: undefined },
      );
      assert.ok(Math.abs((tallies.at(-1)?.approvalPercentage ?? 0) - 200 / 3) < 1e-9);
      for (let i = 1; i < tallies.length; i += 1) assert.ok(tallies[i].count > tallies[i - 1].count, 'in order');
      assert.equal(await updateQueries(), queriesBefore, 'no root query ran for these updates');
    } finally {
      await watcher.close();
    }
  });

  test('a non-member cannot watch a policy’s tally', async () => {
    const policyId = await propose('Private');
    const refused = subscribe(wsUrl, TALLIED, { id: policyId }, outsider.token);
    await assert.rejects(refused.nth(1, 5000), /FORBIDDEN|Forbidden|not allowed|member/i);
    await refused.close();
  });
});

describe('policyStatusChanged', () => {
  test('a member watching the region sees a new proposal as ACTIVE', async () => {
    const watcher = subscribe<{ policyStatusChanged: { id: string; status: string; title: string } }>(
      wsUrl,
      STATUS,
      { regionId },
      voters[5].token,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    try {
      const policyId = await propose('Announced');
      const update = await waitFor('status update', async () =>
        watcher.values.find((v) => v.policyStatusChanged.id === policyId),
      );
      assert.deepEqual(update.policyStatusChanged, { id: policyId, status: 'ACTIVE', title: 'Announced' });
    } finally {
      await watcher.close();
    }
  });
});
