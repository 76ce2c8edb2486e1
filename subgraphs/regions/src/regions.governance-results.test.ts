/**
 * Regions' side of governance: a passed policy (governance.policy.passed on the bus) is put
 * in force and answered with region.policy-implemented; an election result
 * (governance.election.completed) grants the winner the position's role, revokes the
 * previous holder's, and the governor's rights follow.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { governanceEvents } from '@sectorwars/events';
import { errorCode, queryRows, type TestStack } from '@sectorwars/testing';
import {
  busEvents,
  JOIN,
  loginAdmin,
  provisionRegion,
  publishEvent,
  registerPlayer,
  startRegionsStack,
  type TestPlayer,
  UPDATE_CULTURE,
  UPDATE_ECONOMY,
  UPDATE_GOVERNANCE,
  waitFor,
} from './regions.test-support';

let stack: TestStack;
let admin: TestPlayer;
let owner: TestPlayer;
let alice: TestPlayer;
let bob: TestPlayer;
let regionId: string;
before(async () => {
  stack = await startRegionsStack();
  admin = await loginAdmin(stack);
  [owner, alice, bob] = await Promise.all([
    registerPlayer(stack, 'gov_owner'),
    registerPlayer(stack, 'alice'),
    registerPlayer(stack, 'bob'),
  ]);
  regionId = await provisionRegion(stack, admin, 'governed', owner);
  for (const player of [alice, bob]) {
    await stack.gateway.data(JOIN, { input: { regionId, type: 'CITIZEN' } }, { token: player.token });
  }
});
after(() => stack?.stop());

const REGION = `query($id: ID!) { region(id: $id) { economy { taxRate } immigrationStance
  policySettings { type policyId changesJson } } }`;
type RegionView = {
  region: {
    economy: { taxRate: number };
    immigrationStance: string;
    policySettings: { type: string; policyId: string; changesJson: string }[];
  };
};
const readRegion = async () => (await stack.gateway.data<RegionView>(REGION, { id: regionId })).region;

const passed = (type: 'tax_rate' | 'immigration', proposedChanges: Record<string, unknown>) => {
  const policyId = randomUUID();
  return {
    policyId,
    publish: (id?: string) =>
      publishEvent(
        stack,
        governanceEvents.policyPassed,
        policyId,
        { policyId, regionId, type, proposedChanges, passedAt: new Date().toISOString() },
        { id },
      ),
  };
};

describe('passed policies', () => {
  test('a passed tax_rate policy sets the tax rate, is audited and answered with region.policy-implemented', async () => {
    assert.equal((await readRegion()).economy.taxRate, 0.1);
    const policy = passed('tax_rate', { taxRate: 0.17 });
    await policy.publish();
    const region = await waitFor('tax rate 0.17', async () => {
      const r = await readRegion();
      return r.economy.taxRate === 0.17 ? r : undefined;
    });
    assert.deepEqual(region.policySettings, [
      { type: 'tax_rate', policyId: policy.policyId, changesJson: '{"taxRate":0.17}' },
    ]);
    const implemented = (await busEvents(stack, 'sectorwars.regions.region')).filter((e) =>
      e.type.includes('policy-implemented'),
    );
    assert.equal(implemented.length, 1);
    assert.equal(implemented[0].data.policyId, policy.policyId);
    assert.equal(implemented[0].subject, regionId);
    const [audit] = await queryRows<{
      action: string;
      actor_id: string | null;
      before: { economy: { taxRate: number } };
    }>(stack.database.url, `SELECT action, actor_id, before FROM regions.audit_log WHERE target = $1`, [
      `policy:${policy.policyId}`,
    ]);
    assert.equal(audit.action, 'region.policy.implement');
    assert.equal(audit.actor_id, null);
    assert.equal(audit.before.economy.taxRate, 0.1);
  });

  test('an immigration policy sets the stance; the same event delivered twice applies once', async () => {
    const policy = passed('immigration', { immigration: 'closed' });
    const eventId = await policy.publish();
    await policy.publish(eventId);
    await waitFor('stance CLOSED', async () => (await readRegion()).immigrationStance === 'CLOSED' || undefined);
    const count = async () =>
      (
        await queryRows<{ n: number }>(
          stack.database.url,
          'SELECT count(*)::int AS n FROM regions.audit_log WHERE target = $1',
          [`policy:${policy.policyId}`],
        )
      )[0].n;
    // A later event with the same key (same partition) is handled after both deliveries.
    await publishEvent(stack, governanceEvents.policyPassed, policy.policyId, {
      policyId: randomUUID(),
      regionId,
      type: 'tax_rate',
      proposedChanges: { taxRate: 0.15 },
      passedAt: new Date().toISOString(),
    });
    await waitFor('tax rate 0.15', async () => (await readRegion()).economy.taxRate === 0.15 || undefined);
    assert.equal(await count(), 1);
  });

  test('a tax rate outside 0.05–0.25 is dead-lettered and changes nothing', async () => {
    const before = (await readRegion()).economy.taxRate;
    const policy = passed('tax_rate', { taxRate: 0.9 });
    await policy.publish();
    await waitFor(
      'dead letter',
      async () =>
        (
          await queryRows(stack.database.url, `SELECT 1 FROM regions.dead_letters WHERE raw LIKE $1`, [
            `%${policy.policyId}%`,
          ]).catch(() => [])
        ).length > 0 || undefined,
      30_000,
    );
    assert.equal((await readRegion()).economy.taxRate, before);
  });
});

describe('election results', () => {
  const ROLES = 'query($id: ID!) { region(id: $id) { viewerRoles } }';
  const rolesOf = async (player: TestPlayer) =>
    (await stack.gateway.data<{ region: { viewerRoles: string[] } }>(ROLES, { id: regionId }, { token: player.token }))
      .region.viewerRoles;
  const elect = (winner: TestPlayer, position: 'governor' | 'ambassador' = 'governor') => {
    const electionId = randomUUID();
    const now = Date.now();
    return publishEvent(stack, governanceEvents.electionCompleted, electionId, {
      electionId,
      regionId,
      position,
      winnerId: winner.id,
      termStartsAt: new Date(now).toISOString(),
      termEndsAt: new Date(now + 90 * 86_400_000).toISOString(),
      completedAt: new Date(now).toISOString(),
    });
  };

  test('the winner becomes GOVERNOR: economy and culture yes, governance no; a new winner replaces them', async () => {
    assert.deepEqual(await rolesOf(alice), ['CITIZEN']);
    const refusedBefore = await stack.gateway.request(
      UPDATE_ECONOMY,
      { input: { regionId, taxRate: 0.2 } },
      { token: alice.token },
    );
    assert.equal(errorCode(refusedBefore), 'FORBIDDEN', 'a citizen may not change the economy');

    await elect(alice);
    await waitFor('alice governs', async () => (await rolesOf(alice)).includes('GOVERNOR') || undefined);
    assert.deepEqual(await rolesOf(alice), ['GOVERNOR', 'CITIZEN']);
    for (const [mutation, values] of [
      [UPDATE_ECONOMY, { startingCredits: 500 }],
      [UPDATE_CULTURE, { motto: 'Governed well' }],
    ] as const) {
      const result = await stack.gateway.request(mutation, { input: { regionId, ...values } }, { token: alice.token });
      assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    }
    const governance = await stack.gateway.request(
      UPDATE_GOVERNANCE,
      { input: { regionId, votingThreshold: 0.6 } },
      { token: alice.token },
    );
    assert.equal(errorCode(governance), 'FORBIDDEN', 'governance settings stay the owner’s');
    const audit = await stack.gateway.request(
      'query($id: ID!) { region(id: $id) { auditLog(first: 1) { totalCount } } }',
      { id: regionId },
      { token: alice.token },
    );
    assert.equal(audit.errors, undefined, 'the governor reads the audit log');

    await elect(bob);
    await waitFor('bob governs', async () => (await rolesOf(bob)).includes('GOVERNOR') || undefined);
    assert.deepEqual(await rolesOf(alice), ['CITIZEN']);
    const refusedAfter = await stack.gateway.request(
      UPDATE_ECONOMY,
      { input: { regionId, taxRate: 0.2 } },
      { token: alice.token },
    );
    assert.equal(errorCode(refusedAfter), 'FORBIDDEN', 'the previous governor lost the right');

    const roleEvents = (await busEvents(stack, 'sectorwars.regions.membership'))
      .filter((e) => e.type.includes('role-changed'))
      .map((e) => [e.data.playerId, e.data.role, e.data.change]);
    assert.deepEqual(roleEvents, [
      [alice.id, 'GOVERNOR', 'granted'],
      [alice.id, 'GOVERNOR', 'revoked'],
      [bob.id, 'GOVERNOR', 'granted'],
    ]);
  });

  test('an ambassador is an office of its own beside the governor', async () => {
    await elect(alice, 'ambassador');
    await waitFor('alice ambassador', async () => (await rolesOf(alice)).includes('AMBASSADOR') || undefined);
    assert.ok((await rolesOf(bob)).includes('GOVERNOR'));
  });
});
