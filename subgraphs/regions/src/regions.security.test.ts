/**
 * Regional isolation and authorization: row-level security keeps a transaction working in
 * region A away from region B's rows even when a query forgets its WHERE, and every owner
 * mutation refuses the roles it must refuse.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { errorCode, queryRows, type TestStack } from '@sectorwars/testing';
import pg from 'pg';
import {
  JOIN,
  loginAdmin,
  provisionRegion,
  registerPlayer,
  startRegionsStack,
  type TestPlayer,
  UPDATE_CULTURE,
  UPDATE_ECONOMY,
  UPDATE_GOVERNANCE,
} from './regions.test-support';

let stack: TestStack;
let admin: TestPlayer;
let ownerA: TestPlayer;
let ownerB: TestPlayer;
let citizenB: TestPlayer;
let visitorB: TestPlayer;
let regionA: string;
let regionB: string;
before(async () => {
  stack = await startRegionsStack();
  admin = await loginAdmin(stack);
  [ownerA, ownerB, citizenB, visitorB] = await Promise.all([
    registerPlayer(stack, 'owner_a'),
    registerPlayer(stack, 'owner_b'),
    registerPlayer(stack, 'citizen_b'),
    registerPlayer(stack, 'visitor_b'),
  ]);
  regionA = await provisionRegion(stack, admin, 'region-a', ownerA);
  regionB = await provisionRegion(stack, admin, 'region-b', ownerB);
  await stack.gateway.data(JOIN, { input: { regionId: regionA, type: 'CITIZEN' } }, { token: ownerA.token });
  await stack.gateway.data(JOIN, { input: { regionId: regionB, type: 'CITIZEN' } }, { token: citizenB.token });
  await stack.gateway.data(JOIN, { input: { regionId: regionB, type: 'VISITOR' } }, { token: visitorB.token });
});
after(() => stack?.stop());

/** Runs `work` in a transaction set up exactly as the service's `inRegion` does (role + setting). */
async function asRegion<T>(regionId: string | null, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: stack.database.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL ROLE regions_app');
    if (regionId) await client.query("SELECT set_config('app.region_id', $1, true)", [regionId]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    await client.end();
  }
}

describe('row-level security', () => {
  test('a query that forgets its WHERE sees only the region of its transaction', async () => {
    const total = await queryRows<{ n: number }>(stack.database.url, 'SELECT count(*)::int AS n FROM regions.sectors');
    assert.ok(total[0].n >= 1500, 'three regions of 500 sectors exist');
    await asRegion(regionA, async (c) => {
      const sectors = await c.query('SELECT DISTINCT region_id FROM regions.sectors');
      assert.deepEqual(
        sectors.rows.map((r) => r.region_id),
        [regionA],
      );
      const members = await c.query('SELECT player_id FROM regions.memberships');
      assert.deepEqual(
        members.rows.map((r) => r.player_id),
        [ownerA.id],
      );
      const audit = await c.query('SELECT DISTINCT region_id FROM regions.audit_log');
      assert.deepEqual(
        audit.rows.map((r) => r.region_id),
        [regionA],
      );
    });
  });

  test("writes without a WHERE touch only the own region; writing another region's rows is refused", async () => {
    await asRegion(regionA, async (c) => {
      const updated = await c.query('UPDATE regions.assets SET credits = 0');
      assert.equal(updated.rowCount, 1, "only region A's one asset row");
      const deleted = await c.query('DELETE FROM regions.memberships');
      assert.equal(deleted.rowCount, 1);
      const settings = await c.query("UPDATE regions.regions SET display_name = 'hijacked'");
      assert.equal(settings.rowCount, 1, 'only region A itself');
      await assert.rejects(
        c.query(
          "INSERT INTO regions.memberships (region_id, player_id, type, voting_power) VALUES ($1, $2, 'citizen', 1)",
          [regionB, ownerA.id],
        ),
        /row-level security/,
      );
    });
    // Rolled back, and region B was never touched.
    const rows = await queryRows<{ n: number }>(
      stack.database.url,
      'SELECT count(*)::int AS n FROM regions.memberships WHERE region_id = $1',
      [regionB],
    );
    assert.equal(rows[0].n, 2);
  });

  test('without a region set, no regional row is visible', async () => {
    await asRegion(null, async (c) => {
      for (const table of ['sectors', 'warps', 'memberships', 'assets', 'audit_log']) {
        const { rows } = await c.query(`SELECT count(*)::int AS n FROM regions.${table}`);
        assert.equal(rows[0].n, 0, table);
      }
    });
  });
});

describe('authorization matrix', () => {
  const mutations: [string, string, Record<string, unknown>][] = [
    ['updateRegionEconomy', UPDATE_ECONOMY, { taxRate: 0.2 }],
    ['updateRegionGovernance', UPDATE_GOVERNANCE, { votingThreshold: 0.6 }],
    ['updateRegionCulture', UPDATE_CULTURE, { motto: 'Ours' }],
  ];
  for (const [name, mutation, values] of mutations) {
    test(`${name}: refused for owner of another region, citizen, visitor, anonymous; allowed for owner and admin`, async () => {
      const auditCount = async () =>
        (
          await queryRows<{ n: number }>(
            stack.database.url,
            'SELECT count(*)::int AS n FROM regions.audit_log WHERE region_id = $1',
            [regionB],
          )
        )[0].n;
      const before = await auditCount();
      const refused: [string, string | undefined, string][] = [
        ['owner of region A', ownerA.token, 'FORBIDDEN'],
        ['citizen of region B', citizenB.token, 'FORBIDDEN'],
        ['visitor of region B', visitorB.token, 'FORBIDDEN'],
        ['anonymous', undefined, 'UNAUTHENTICATED'],
      ];
      for (const [who, token, code] of refused) {
        const result = await stack.gateway.request(mutation, { input: { regionId: regionB, ...values } }, { token });
        assert.equal(errorCode(result), code, `${name} as ${who}`);
      }
      assert.equal(await auditCount(), before, 'refused attempts write nothing');
      for (const [who, token] of [
        ['owner of region B', ownerB.token],
        ['admin', admin.token],
      ] as const) {
        const result = await stack.gateway.request(mutation, { input: { regionId: regionB, ...values } }, { token });
        assert.equal(result.errors, undefined, `${name} as ${who}: ${JSON.stringify(result.errors)}`);
      }
      assert.equal(await auditCount(), before + 2);
    });
  }

  test('provisionRegion: admin only', async () => {
    for (const [who, token, code] of [
      ['region owner', ownerB.token, 'FORBIDDEN'],
      ['citizen', citizenB.token, 'FORBIDDEN'],
      ['anonymous', undefined, 'UNAUTHENTICATED'],
    ] as const) {
      const result = await stack.gateway.request(
        'mutation($input: ProvisionRegionInput!) { provisionRegion(input: $input) { region { id } } }',
        { input: { name: `by-${who.replace(/ /g, '-')}`, displayName: 'x' } },
        { token },
      );
      assert.equal(errorCode(result), code, who);
    }
  });

  test('Region.auditLog: owner and admin read it; owner of another region, citizen, visitor, anonymous cannot', async () => {
    const query = 'query($id: ID!) { region(id: $id) { auditLog { totalCount } } }';
    for (const [who, token, code] of [
      ['owner of region A', ownerA.token, 'FORBIDDEN'],
      ['citizen', citizenB.token, 'FORBIDDEN'],
      ['visitor', visitorB.token, 'FORBIDDEN'],
      ['anonymous', undefined, 'UNAUTHENTICATED'],
    ] as const) {
      assert.equal(errorCode(await stack.gateway.request(query, { id: regionB }, { token })), code, who);
    }
    for (const token of [ownerB.token, admin.token]) {
      const data = await stack.gateway.data<{ region: { auditLog: { totalCount: number } } }>(
        query,
        { id: regionB },
        { token },
      );
      assert.ok(data.region.auditLog.totalCount >= 1);
    }
  });

  test('joinRegion and leaveRegion need a signed-in player', async () => {
    const join = await stack.gateway.request(JOIN, { input: { regionId: regionB, type: 'VISITOR' } });
    assert.equal(errorCode(join), 'UNAUTHENTICATED');
    const leave = await stack.gateway.request(
      'mutation($input: LeaveRegionInput!) { leaveRegion(input: $input) { regionId } }',
      { input: { regionId: regionB } },
    );
    assert.equal(errorCode(leave), 'UNAUTHENTICATED');
  });
});
