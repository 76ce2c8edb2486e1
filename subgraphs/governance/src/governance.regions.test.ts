/**
 * Governance and regions together, through the gateway and the event bus only: a passed
 * tax_rate policy changes the region's tax rate and ends IMPLEMENTED; an election's winner
 * becomes the region's GOVERNOR and gets the governor's rights in regions.
 * Game days last one second here (`GOVERNANCE_DAY_SECONDS=1`), so votes close quickly.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { errorCode, mintAccessToken, startStack, type TestStack, waitFor } from '@sectorwars/testing';

interface Player {
  id: string;
  token: string;
}

let stack: TestStack;
let regionId: string;
let owner: Player;
let citizens: Player[];
before(async () => {
  stack = await startStack({
    subgraphs: ['identity', 'regions', 'governance'],
    env: { BOOTSTRAP_ADMIN_PASSWORD: 'admin password 1', GOVERNANCE_DAY_SECONDS: '1' },
  });
  const admin = await stack.gateway.data<{ login: { accessToken: string } }>(
    'mutation { login(input: { email: "admin@sectorwars.local", password: "admin password 1" }) { accessToken } }',
  );
  const player = async (): Promise<Player> => {
    const id = randomUUID();
    return { id, token: await mintAccessToken(stack.signingKeyPem, id) };
  };
  owner = await player();
  citizens = await Promise.all([player(), player(), player()]);
  const provisioned = await stack.gateway.data<{ provisionRegion: { region: { id: string } } }>(
    'mutation($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }',
    { input: { name: 'republic', displayName: 'Republic', ownerId: owner.id } },
    { token: admin.login.accessToken },
  );
  regionId = provisioned.provisionRegion.region.id;
  for (const citizen of citizens) {
    await stack.gateway.data(
      'mutation($input: JoinRegionInput!) { joinRegion(input: $input) { membership { type } } }',
      { input: { regionId, type: 'CITIZEN' } },
      { token: citizen.token },
    );
  }
});
after(() => stack?.stop());

/** Retries `operation` while governance's projections have not caught up (FORBIDDEN / NOT_FOUND). */
const once = <T>(what: string, query: string, variables: Record<string, unknown>, token: string) =>
  waitFor(what, async () => {
    const result = await stack.gateway.request<T>(query, variables, { token });
    if (['FORBIDDEN', 'NOT_FOUND'].includes(String(errorCode(result)))) return undefined;
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    return result.data as T;
  });

test('a passed tax_rate policy changes the region’s tax rate through events and ends IMPLEMENTED', async () => {
  const { proposePolicy } = await once<{ proposePolicy: { policy: { id: string } } }>(
    'proposal',
    'mutation($input: ProposePolicyInput!) { proposePolicy(input: $input) { policy { id } } }',
    {
      input: {
        regionId,
        type: 'TAX_RATE',
        title: 'Fund the fleet',
        description: 'Raise the tax to 18 %',
        proposedChanges: { taxRate: 0.18 },
        votingDays: 2,
      },
    },
    citizens[0].token,
  );
  const policyId = proposePolicy.policy.id;
  for (const [citizen, support] of [
    [citizens[0], true],
    [citizens[1], true],
    [citizens[2], false],
  ] as const) {
    await once(
      'vote',
      'mutation($input: CastVoteInput!) { castVote(input: $input) { weight } }',
      { input: { policyId, support } },
      citizen.token,
    );
  }
  const POLICY =
    'query($id: ID!) { policy(id: $id) { status approvalPercentage implementedAt region { economy { taxRate } } } }';
  const policy = await waitFor(
    'policy implemented',
    async () => {
      const data = await stack.gateway.data<{
        policy: {
          status: string;
          approvalPercentage: number;
          implementedAt: string | null;
          region: { economy: { taxRate: number } };
        };
      }>(POLICY, { id: policyId }, { token: citizens[0].token });
      return data.policy.status === 'IMPLEMENTED' ? data.policy : undefined;
    },
    20_000,
  );
  assert.ok(policy.implementedAt);
  assert.equal(policy.region.economy.taxRate, 0.18, 'regions applied the passed tax rate');
});

test('an election’s winner becomes the region’s GOVERNOR and may change its economy', async () => {
  const { startElection } = await once<{ startElection: { election: { id: string } } }>(
    'election',
    'mutation($input: StartElectionInput!) { startElection(input: $input) { election { id } } }',
    { input: { regionId, position: 'GOVERNOR', votingDays: 2 } },
    owner.token,
  );
  const electionId = startElection.election.id;
  const [candidate, rival, voter] = citizens;
  for (const c of [candidate, rival]) {
    await once(
      'candidacy',
      'mutation($input: StandForElectionInput!) { standForElection(input: $input) { candidate { votes } } }',
      { input: { electionId, platform: 'Lower taxes' } },
      c.token,
    );
  }
  for (const v of [candidate, voter]) {
    await once(
      'ballot',
      'mutation($input: VoteInElectionInput!) { voteInElection(input: $input) { weight } }',
      { input: { electionId, candidateId: candidate.id } },
      v.token,
    );
  }
  const ROLES = 'query($id: ID!) { region(id: $id) { viewerRoles } }';
  await waitFor(
    'governor role in regions',
    async () => {
      const data = await stack.gateway.data<{ region: { viewerRoles: string[] } }>(
        ROLES,
        { id: regionId },
        { token: candidate.token },
      );
      return data.region.viewerRoles.includes('GOVERNOR') ? true : undefined;
    },
    20_000,
  );
  const update = await stack.gateway.request(
    'mutation($input: UpdateRegionEconomyInput!) { updateRegionEconomy(input: $input) { region { economy { startingCredits } } } }',
    { input: { regionId, startingCredits: 2500 } },
    { token: candidate.token },
  );
  assert.equal(update.errors, undefined, JSON.stringify(update.errors));
  const loser = await stack.gateway.request(
    'mutation($input: UpdateRegionEconomyInput!) { updateRegionEconomy(input: $input) { region { id } } }',
    { input: { regionId, startingCredits: 3000 } },
    { token: rival.token },
  );
  assert.equal(errorCode(loser), 'FORBIDDEN');
});
