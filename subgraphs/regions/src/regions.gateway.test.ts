/**
 * Regions through the gateway, against real processes and a real Postgres:
 * the Original Galaxy, provisioning with 500 sectors, owner settings with bounds,
 * events, the audit log, membership and starting credits.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, queryRows, type TestStack } from '@sectorwars/testing';
import {
  busEvents,
  JOIN,
  LEAVE,
  loginAdmin,
  PROVISION,
  provisionRegion,
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
let regionId: string;
before(async () => {
  stack = await startRegionsStack();
  admin = await loginAdmin(stack);
  owner = await registerPlayer(stack, 'owner');
  regionId = await provisionRegion(stack, admin, 'nova-prime', owner);
});
after(() => stack?.stop());

const count = async (sql: string, params: unknown[] = []) =>
  (await queryRows<{ n: number }>(stack.database.url, `SELECT count(*)::int AS n FROM ${sql}`, params))[0].n;

describe('provisioning', () => {
  test('the Original Galaxy exists from the first start: platform-owned, ACTIVE, 500 sectors, provisioned once', async () => {
    const data = await stack.gateway.data<{
      regionByName: { id: string; status: string; owner: null; totalSectors: number; displayName: string };
    }>('{ regionByName(name: "original-galaxy") { id status owner { id } totalSectors displayName } }');
    const og = data.regionByName;
    assert.equal(og.status, 'ACTIVE');
    assert.equal(og.owner, null);
    assert.equal(og.totalSectors, 500);
    assert.equal(og.displayName, 'Original Galaxy');
    assert.equal(await count('regions.sectors WHERE region_id = $1', [og.id]), 500);
    const events = await waitFor('region.provisioned of the Original Galaxy', async () => {
      const found = (await busEvents(stack, 'sectorwars.regions.region')).filter((e) => e.subject === og.id);
      return found.length ? found : undefined;
    });
    assert.equal(events.length, 1);
    assert.equal(events[0].type, 'sectorwars.regions.region.provisioned.v1');
    assert.equal(events[0].data.ownerId, null);
  });

  test('provisionRegion creates 500 connected sectors with warps, resolves the owner from identity, emits region.provisioned', async () => {
    const data = await stack.gateway.data<{
      region: { name: string; status: string; totalSectors: number; owner: { id: string; handle: string } };
    }>('query($id: ID!) { region(id: $id) { name status totalSectors owner { id handle } } }', { id: regionId });
    assert.equal(data.region.status, 'ACTIVE');
    assert.equal(data.region.owner.handle, owner.handle, 'owner handle comes from identity through the gateway');
    assert.equal(await count('regions.sectors WHERE region_id = $1', [regionId]), 500);
    const warps = await count('regions.warps WHERE region_id = $1', [regionId]);
    assert.ok(warps >= 499, `a connected graph of 500 sectors has at least 499 warps, got ${warps}`);
    const event = await waitFor('region.provisioned', async () =>
      (await busEvents(stack, 'sectorwars.regions.region')).find(
        (e) => e.subject === regionId && e.type.endsWith('provisioned.v1'),
      ),
    );
    assert.equal(event.data.name, 'nova-prime');
    assert.equal(event.data.ownerId, owner.id);
    assert.equal(event.data.totalSectors, 500);
  });

  test('a taken name is CONFLICT on name; a bad slug is BAD_USER_INPUT; nothing is written', async () => {
    const before = await count('regions.regions');
    const taken = await stack.gateway.request(
      PROVISION,
      { input: { name: 'nova-prime', displayName: 'Again' } },
      { token: admin.token },
    );
    assert.equal(errorCode(taken), 'CONFLICT');
    assert.equal(taken.errors?.[0].extensions?.field, 'name');
    const bad = await stack.gateway.request(
      PROVISION,
      { input: { name: 'Not A Slug', displayName: 'x' } },
      { token: admin.token },
    );
    assert.equal(errorCode(bad), 'BAD_USER_INPUT');
    assert.equal(bad.errors?.[0].extensions?.field, 'name');
    assert.equal(await count('regions.regions'), before);
  });
});

describe('owner settings', () => {
  test('out-of-bounds values are BAD_USER_INPUT naming the field and the range, and nothing is written', async () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      [UPDATE_ECONOMY, { taxRate: 0.26 }, 'taxRate', /0\.05 and 0\.25/],
      [UPDATE_ECONOMY, { taxRate: 0.04 }, 'taxRate', /0\.05 and 0\.25/],
      [UPDATE_ECONOMY, { startingCredits: 99 }, 'startingCredits', /100 and 10000/],
      [UPDATE_ECONOMY, { startingCredits: 10_001 }, 'startingCredits', /100 and 10000/],
      [
        UPDATE_ECONOMY,
        { tradeBonuses: [{ resource: 'ore', multiplier: 3.1 }] },
        'tradeBonuses.0.multiplier',
        /1 and 3/,
      ],
      [
        UPDATE_ECONOMY,
        { tradeBonuses: [{ resource: 'ore', multiplier: 0.9 }] },
        'tradeBonuses.0.multiplier',
        /1 and 3/,
      ],
      [UPDATE_GOVERNANCE, { votingThreshold: 0.95 }, 'votingThreshold', /0\.1 and 0\.9/],
      [UPDATE_GOVERNANCE, { votingThreshold: 0.05 }, 'votingThreshold', /0\.1 and 0\.9/],
      [UPDATE_GOVERNANCE, { electionFrequencyDays: 29 }, 'electionFrequencyDays', /30 and 365/],
      [UPDATE_GOVERNANCE, { electionFrequencyDays: 366 }, 'electionFrequencyDays', /30 and 365/],
      [UPDATE_CULTURE, { theme: { primaryColor: 'red' } }, 'theme.primaryColor', /colour/],
      [UPDATE_CULTURE, { theme: { logoUrl: 'http://insecure.example/logo.png' } }, 'theme.logoUrl', /https/],
    ];
    const settingsBefore = await queryRows(
      stack.database.url,
      'SELECT economy, governance, culture FROM regions.regions WHERE id = $1',
      [regionId],
    );
    const auditBefore = await count('regions.audit_log WHERE region_id = $1', [regionId]);
    for (const [mutation, values, field, range] of cases) {
      const result = await stack.gateway.request(mutation, { input: { regionId, ...values } }, { token: owner.token });
      assert.equal(errorCode(result), 'BAD_USER_INPUT', JSON.stringify(values));
      assert.equal(result.errors?.[0].extensions?.field, field);
      assert.match(result.errors?.[0].message ?? '', range);
    }
    const settingsAfter = await queryRows(
      stack.database.url,
      'SELECT economy, governance, culture FROM regions.regions WHERE id = $1',
      [regionId],
    );
    assert.deepEqual(settingsAfter, settingsBefore);
    assert.equal(await count('regions.audit_log WHERE region_id = $1', [regionId]), auditBefore);
  });

  test('the owner changes economy, governance and culture; each emits its event with before/after and is audited', async () => {
    const economy = await stack.gateway.data<{
      updateRegionEconomy: { region: { economy: Record<string, unknown> } };
    }>(
      UPDATE_ECONOMY,
      {
        input: {
          regionId,
          taxRate: 0.25,
          startingCredits: 2500,
          specialization: 'mining',
          tradeBonuses: [
            { resource: 'ore', multiplier: 3 },
            { resource: 'fuel', multiplier: 1.5 },
          ],
        },
      },
      { token: owner.token },
    );
    assert.deepEqual(economy.updateRegionEconomy.region.economy, {
      taxRate: 0.25,
      startingCredits: 2500,
      specialization: 'mining',
      tradeBonuses: [
        { resource: 'fuel', multiplier: 1.5 },
        { resource: 'ore', multiplier: 3 },
      ],
    });
    const governance = await stack.gateway.data<{ updateRegionGovernance: { region: { governance: unknown } } }>(
      UPDATE_GOVERNANCE,
      { input: { regionId, type: 'COUNCIL', votingThreshold: 0.1, electionFrequencyDays: 365, constitution: 'We.' } },
      { token: owner.token },
    );
    assert.deepEqual(governance.updateRegionGovernance.region.governance, {
      type: 'COUNCIL',
      votingThreshold: 0.1,
      electionFrequencyDays: 365,
      constitution: 'We.',
    });
    const culture = await stack.gateway.data<{ updateRegionCulture: { region: { culture: Record<string, unknown> } } }>(
      UPDATE_CULTURE,
      {
        input: {
          regionId,
          motto: 'Ad astra',
          languagePack: [{ key: 'welcome', text: 'Bienvenue' }],
          theme: { primaryColor: '#112233', logoUrl: 'https://example.test/logo.png' },
          traditions: ['First landing day'],
        },
      },
      { token: owner.token },
    );
    assert.deepEqual(culture.updateRegionCulture.region.culture, {
      motto: 'Ad astra',
      languagePack: [{ key: 'welcome', text: 'Bienvenue' }],
      theme: { primaryColor: '#112233', logoUrl: 'https://example.test/logo.png' },
      traditions: ['First landing day'],
    });

    const events = await waitFor('three settings events', async () => {
      const found = (await busEvents(stack, 'sectorwars.regions.region')).filter(
        (e) => e.subject === regionId && e.type.includes('-changed'),
      );
      return found.length >= 3 ? found : undefined;
    });
    const economyEvent = events.find((e) => e.type === 'sectorwars.regions.region.economy-changed.v1');
    assert.ok(economyEvent);
    assert.equal(economyEvent.data.actorId, owner.id);
    assert.equal((economyEvent.data.before as { taxRate: number }).taxRate, 0.1);
    assert.equal((economyEvent.data.after as { taxRate: number }).taxRate, 0.25);
    assert.ok(events.some((e) => e.type === 'sectorwars.regions.region.governance-changed.v1'));
    assert.ok(events.some((e) => e.type === 'sectorwars.regions.region.culture-changed.v1'));

    const log = await stack.gateway.data<{
      region: {
        auditLog: {
          totalCount: number;
          edges: { node: { action: string; actor: { handle: string } | null; before: string; after: string } }[];
        };
      };
    }>(
      'query($id: ID!) { region(id: $id) { auditLog(first: 3) { totalCount edges { node { action actor { handle } before after createdAt } } } } }',
      { id: regionId },
      { token: owner.token },
    );
    const actions = log.region.auditLog.edges.map((e) => e.node.action);
    assert.deepEqual(actions, ['region.culture.update', 'region.governance.update', 'region.economy.update']);
    assert.equal(log.region.auditLog.totalCount, 4, 'provision + three updates');
    const economyAudit = log.region.auditLog.edges[2].node;
    assert.equal(economyAudit.actor?.handle, owner.handle);
    assert.equal(JSON.parse(economyAudit.before).taxRate, 0.1);
    assert.equal(JSON.parse(economyAudit.after).taxRate, 0.25);

    // Paging the audit log: the second page continues where the first ended.
    const page1 = await stack.gateway.data<{
      region: { auditLog: { edges: { node: { action: string } }[]; pageInfo: { endCursor: string } } };
    }>(
      'query($id: ID!) { region(id: $id) { auditLog(first: 2) { edges { node { action } } pageInfo { endCursor } } } }',
      { id: regionId },
      { token: admin.token },
    );
    const page2 = await stack.gateway.data<{
      region: { auditLog: { edges: { node: { action: string } }[]; pageInfo: { hasNextPage: boolean } } };
    }>(
      'query($id: ID!, $after: String) { region(id: $id) { auditLog(first: 2, after: $after) { edges { node { action } } pageInfo { hasNextPage } } } }',
      { id: regionId, after: page1.region.auditLog.pageInfo.endCursor },
      { token: admin.token },
    );
    assert.deepEqual(
      page2.region.auditLog.edges.map((e) => e.node.action),
      ['region.economy.update', 'region.provision'],
    );
    assert.equal(page2.region.auditLog.pageInfo.hasNextPage, false);
  });
});

describe('membership', () => {
  test('a new citizen receives the starting credits once; members, Player.memberships and events follow', async () => {
    const citizen = await registerPlayer(stack, 'citizen');
    const visitor = await registerPlayer(stack, 'visitor');
    const [{ credits }] = await queryRows<{ credits: number }>(
      stack.database.url,
      "SELECT (economy->>'startingCredits')::int AS credits FROM regions.regions WHERE id = $1",
      [regionId],
    );
    const joined = await stack.gateway.data<{
      joinRegion: {
        membership: { type: string; reputation: number; votingPower: number; assets: { credits: number } };
      };
    }>(JOIN, { input: { regionId, type: 'CITIZEN' } }, { token: citizen.token });
    assert.deepEqual(joined.joinRegion.membership.type, 'CITIZEN');
    assert.equal(joined.joinRegion.membership.reputation, 0);
    assert.equal(joined.joinRegion.membership.votingPower, 1);
    assert.equal(joined.joinRegion.membership.assets.credits, credits);

    const visited = await stack.gateway.data<{
      joinRegion: { membership: { votingPower: number; assets: { credits: number } } };
    }>(JOIN, { input: { regionId, type: 'VISITOR' } }, { token: visitor.token });
    assert.equal(visited.joinRegion.membership.votingPower, 0);
    assert.equal(visited.joinRegion.membership.assets.credits, 0, 'visitors get no starting credits');

    const again = await stack.gateway.request(JOIN, { input: { regionId, type: 'CITIZEN' } }, { token: citizen.token });
    assert.equal(errorCode(again), 'CONFLICT');

    const members = await stack.gateway.data<{
      region: {
        citizens: { totalCount: number; edges: { node: { player: { handle: string } } }[] };
        all: { totalCount: number };
      };
    }>(
      'query($id: ID!) { region(id: $id) { citizens: members(type: CITIZEN) { totalCount edges { node { player { handle } } } } all: members { totalCount } } }',
      { id: regionId },
    );
    assert.equal(members.region.all.totalCount, 2);
    assert.equal(members.region.citizens.totalCount, 1);
    assert.equal(members.region.citizens.edges[0].node.player.handle, citizen.handle);

    const me = await stack.gateway.data<{
      me: { handle: string; memberships: { type: string; region: { name: string }; assets: { credits: number } }[] };
    }>('{ me { handle memberships { type region { name } assets { credits } } } }', {}, { token: citizen.token });
    assert.deepEqual(me.me.memberships, [{ type: 'CITIZEN', region: { name: 'nova-prime' }, assets: { credits } }]);

    // Another player cannot see the citizen's assets; the owner can.
    const asVisitor = await stack.gateway.data<{ me: unknown; player: { memberships: { assets: unknown }[] } }>(
      'query($id: ID!) { me { id } player(id: $id) { memberships { assets { credits } } } }',
      { id: citizen.id },
      { token: visitor.token },
    );
    assert.equal(asVisitor.player.memberships[0].assets, null);
    const asOwner = await stack.gateway.data<{ player: { memberships: { assets: { credits: number } }[] } }>(
      'query($id: ID!) { player(id: $id) { memberships { assets { credits } } } }',
      { id: citizen.id },
      { token: owner.token },
    );
    assert.equal(asOwner.player.memberships[0].assets.credits, credits);

    // Leave and re-join: no second payment.
    const left = await stack.gateway.data<{ leaveRegion: { previousType: string } }>(
      LEAVE,
      { input: { regionId } },
      { token: citizen.token },
    );
    assert.equal(left.leaveRegion.previousType, 'CITIZEN');
    const leftAgain = await stack.gateway.request(LEAVE, { input: { regionId } }, { token: citizen.token });
    assert.equal(errorCode(leftAgain), 'NOT_FOUND');
    const rejoined = await stack.gateway.data<{ joinRegion: { membership: { assets: { credits: number } } } }>(
      JOIN,
      { input: { regionId, type: 'CITIZEN' } },
      { token: citizen.token },
    );
    assert.equal(rejoined.joinRegion.membership.assets.credits, credits, 'starting credits are paid once');

    const changes = await waitFor('membership events', async () => {
      const found = (await busEvents(stack, 'sectorwars.regions.membership')).filter(
        (e) => e.data.playerId === citizen.id,
      );
      return found.length >= 3 ? found : undefined;
    });
    assert.deepEqual(
      changes.map((e) => [e.data.change, e.data.membershipType, e.data.votingPower]),
      [
        ['joined', 'citizen', 1],
        ['left', null, 0],
        ['joined', 'citizen', 1],
      ],
    );
  });

  test('members pages: first/after walk the whole list without repeats', async () => {
    const joiners = await Promise.all([1, 2, 3].map(() => registerPlayer(stack, 'resident')));
    for (const p of joiners) {
      await stack.gateway.data(JOIN, { input: { regionId, type: 'RESIDENT' } }, { token: p.token });
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i += 1) {
      const page: {
        region: {
          members: {
            edges: { node: { player: { id: string } } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        };
      } = await stack.gateway.data(
        'query($id: ID!, $after: String) { region(id: $id) { members(type: RESIDENT, first: 2, after: $after) { edges { node { player { id } } } pageInfo { hasNextPage endCursor } } } }',
        { id: regionId, after },
      );
      seen.push(...page.region.members.edges.map((e) => e.node.player.id));
      if (!page.region.members.pageInfo.hasNextPage) break;
      after = page.region.members.pageInfo.endCursor;
    }
    assert.deepEqual(
      seen,
      joiners.map((p) => p.id),
    );
  });
});
