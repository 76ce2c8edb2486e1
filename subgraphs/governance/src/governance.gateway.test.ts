/**
 * Governance in the platform: identity, regions and governance as real processes behind the
 * gateway. Regions' own events (region provisioned, membership changed) feed governance's
 * projections; `Region.policies`/`elections`, `Policy.proposedBy` and `Candidate.player`
 * resolve across subgraphs; the composed schema carries the Subscription fields and the
 * gateway still starts and answers.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { errorCode, startStack, type TestStack, waitFor } from '@sectorwars/testing';
import { SERVED_BY_GATEWAY } from './index';

const ADMIN_PASSWORD = 'admin password 1';
let stack: TestStack;
let admin: { id: string; token: string };
let owner: { id: string; token: string };
let citizen: { id: string; token: string; handle: string };
let outsider: { id: string; token: string };
let regionId: string;

let counter = 0;
async function register(prefix: string) {
  counter += 1;
  const handle = `${prefix}_${process.pid % 10000}_${counter}`;
  const data = await stack.gateway.data<{ registerPlayer: { accessToken: string; player: { id: string } } }>(
    `mutation R($input: RegisterPlayerInput!) { registerPlayer(input: $input) { accessToken player { id } } }`,
    { input: { handle, email: `${handle}@example.test`, password: 'long password 1', displayName: handle } },
  );
  return { id: data.registerPlayer.player.id, token: data.registerPlayer.accessToken, handle };
}

before(async () => {
  stack = await startStack({
    subgraphs: ['identity', 'regions', 'governance'],
    env: { BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD, GOVERNANCE_DAY_SECONDS: '1' },
  });
  const login = await stack.gateway.data<{ login: { accessToken: string; player: { id: string } } }>(
    `mutation { login(input: { email: "admin@sectorwars.local", password: "${ADMIN_PASSWORD}" }) { accessToken player { id } } }`,
  );
  admin = { id: login.login.player.id, token: login.login.accessToken };
  [owner, citizen, outsider] = [await register('owner'), await register('citizen'), await register('outsider')];
  const provisioned = await stack.gateway.data<{ provisionRegion: { region: { id: string } } }>(
    `mutation P($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }`,
    { input: { name: 'gov-prime', displayName: 'Gov Prime', ownerId: owner.id } },
    { token: admin.token },
  );
  regionId = provisioned.provisionRegion.region.id;
  await stack.gateway.data(
    `mutation J($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }`,
    { input: { regionId, type: 'CITIZEN' } },
    { token: citizen.token },
  );
});
after(() => stack?.stop());

test("regions' events reach governance: a new citizen proposes and votes through the gateway; reads join three subgraphs", async () => {
  // Governance learns the region and the membership from regions' events (asynchronously).
  const policyId = await waitFor('governance knows the citizen', async () => {
    const result = await stack.gateway.request<{ proposePolicy: { policy: { id: string } } }>(
      `mutation P($input: ProposePolicyInput!) { proposePolicy(input: $input) { policy { id } } }`,
      {
        input: {
          regionId,
          type: 'TAX_RATE',
          title: 'Lower the tax',
          description: '',
          proposedChanges: { taxRate: 0.08 },
        },
      },
      { token: citizen.token },
    );
    return result.data?.proposePolicy.policy.id;
  });
  const voted = await stack.gateway.data<{ castVote: { weight: number; policy: { votesFor: number } } }>(
    `mutation V($input: CastVoteInput!) { castVote(input: $input) { weight policy { votesFor } } }`,
    { input: { policyId, support: true } },
    { token: citizen.token },
  );
  assert.deepEqual([voted.castVote.weight, voted.castVote.policy.votesFor], [1, 1]);

  const read = await stack.gateway.data<{
    region: {
      name: string;
      policies: {
        totalCount: number;
        edges: { node: { id: string; votesFor: number; proposedBy: { handle: string }; region: { name: string } } }[];
      };
    };
  }>(
    `query R($id: ID!) { region(id: $id) { name
        policies(first: 5) { totalCount edges { node { id votesFor proposedBy { handle } region { name } } } } } }`,
    { id: regionId },
    { token: citizen.token },
  );
  assert.equal(read.region.policies.totalCount, 1);
  const node = read.region.policies.edges[0].node;
  assert.equal(node.id, policyId);
  assert.equal(node.proposedBy.handle, citizen.handle, 'Player resolved by identity');
  assert.equal(node.region.name, 'gov-prime', 'Region resolved by regions');

  const refused = await stack.gateway.request(
    `query R($id: ID!) { region(id: $id) { name policies { totalCount } } }`,
    { id: regionId },
    { token: outsider.token },
  );
  assert.equal(errorCode(refused), 'FORBIDDEN');
});

test('elections through the gateway: candidates resolve to players', async () => {
  const started = await stack.gateway.data<{ startElection: { election: { id: string } } }>(
    `mutation S($input: StartElectionInput!) { startElection(input: $input) { election { id } } }`,
    { input: { regionId, position: 'GOVERNOR' } },
    { token: owner.token },
  );
  const electionId = started.startElection.election.id;
  await stack.gateway.data(
    `mutation S($input: StandForElectionInput!) { standForElection(input: $input) { candidate { platform } } }`,
    { input: { electionId, platform: 'Stars for all' } },
    { token: citizen.token },
  );
  const view = await stack.gateway.data<{
    region: { elections: { edges: { node: { candidates: { player: { handle: string }; platform: string }[] } }[] } };
  }>(
    `query E($id: ID!) { region(id: $id) { elections(status: ACTIVE) { edges { node { candidates { player { handle } platform } } } } } }`,
    { id: regionId },
    { token: admin.token },
  );
  assert.deepEqual(view.region.elections.edges[0].node.candidates, [
    { player: { handle: citizen.handle }, platform: 'Stars for all' },
  ]);
});

test('the composed schema holds the governance Subscription fields; the subgraph refuses to execute them itself', async () => {
  const introspection = await stack.gateway.data<{ __schema: { subscriptionType: { fields: { name: string }[] } } }>(
    '{ __schema { subscriptionType { fields { name } } } }',
  );
  assert.deepEqual(introspection.__schema.subscriptionType.fields.map((f) => f.name).sort(), [
    'electionUpdated',
    'policyStatusChanged',
    'policyVoteTallied',
  ]);
  const response = await fetch(`${stack.subgraphUrls.governance}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'subscription { policyVoteTallied(policyId: "x") { id } }' }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  assert.ok(body.errors?.length, 'a subscription sent to the subgraph is refused');
  assert.ok(SERVED_BY_GATEWAY.includes('graphql-ws'));
});
