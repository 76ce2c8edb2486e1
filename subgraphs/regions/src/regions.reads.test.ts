/**
 * Read paths of regions against real processes (identity, regions, nexus, gateway):
 * the Nexus gate sector recorded from `nexus.gate.assigned`, `Region.stats` (figures and
 * who may read them), `Region.sectors` with batched warps, and the number of SQL
 * statements a page costs (constant in the page size), counted inside the regions
 * process with `REGIONS_COUNT_SQL=1` (`extensions.sqlStatements`).
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  errorCode,
  GraphQLClient,
  type GraphQLResult,
  queryRows,
  startStack,
  type TestStack,
} from '@sectorwars/testing';
import {
  ADMIN_PASSWORD,
  JOIN,
  loginAdmin,
  provisionRegion,
  registerPlayer,
  type TestPlayer,
  waitFor,
} from './regions.test-support';

let stack: TestStack;
let admin: TestPlayer;
let owner: TestPlayer;
let otherOwner: TestPlayer;
let citizen: TestPlayer;
let resident: TestPlayer;
let visitor: TestPlayer;
let outsider: TestPlayer;
let regionId: string;
/** The regions subgraph itself (not the gateway): its responses carry `extensions.sqlStatements`. */
let regions: GraphQLClient;

before(async () => {
  stack = await startStack({
    subgraphs: ['identity', 'regions', 'nexus'],
    env: { BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD, REGIONS_COUNT_SQL: '1' },
  });
  regions = new GraphQLClient(`${stack.subgraphUrls.regions}/graphql`);
  admin = await loginAdmin(stack);
  [owner, otherOwner, citizen, resident, visitor, outsider] = await Promise.all(
    ['owner', 'other', 'citizen', 'resident', 'visitor', 'outsider'].map((p) => registerPlayer(stack, p)),
  );
  regionId = await provisionRegion(stack, admin, 'vega-reach', owner);
  await provisionRegion(stack, admin, 'other-reach', otherOwner);
  for (const [player, type] of [
    [citizen, 'CITIZEN'],
    [resident, 'RESIDENT'],
    [visitor, 'VISITOR'],
  ] as const) {
    await stack.gateway.data(JOIN, { input: { regionId, type } }, { token: player.token });
  }
});
after(() => stack?.stop());

const sqlStatements = (result: GraphQLResult<unknown>) =>
  (result as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements;

describe('Nexus gate sector', () => {
  test('a provisioned region and the Original Galaxy get a Gateway Plaza sector (4001–5000) from nexus', async () => {
    const read = async (query: string, variables: Record<string, unknown>) => {
      const data = await stack.gateway.data<Record<string, { nexusGateSector: number | null }>>(query, variables);
      return Object.values(data)[0].nexusGateSector ?? undefined;
    };
    const sector = await waitFor('nexusGateSector of vega-reach', () =>
      read('query($id: ID!) { region(id: $id) { nexusGateSector } }', { id: regionId }),
    );
    assert.ok(Number.isInteger(sector) && sector >= 4001 && sector <= 5000, `got ${sector}`);
    const og = await waitFor('nexusGateSector of the Original Galaxy', () =>
      read('query($n: String!) { regionByName(name: $n) { nexusGateSector } }', { n: 'original-galaxy' }),
    );
    assert.ok(og >= 4001 && og <= 5000 && og !== sector, `Original Galaxy got ${og}, vega-reach ${sector}`);
    // The sector recorded is the one nexus assigned (nexus's own table), not a guess.
    const [gate] = await queryRows<{ sector_number: number }>(
      stack.database.url,
      'SELECT sector_number FROM nexus.gates WHERE region_id = $1',
      [regionId],
    );
    assert.equal(gate.sector_number, sector);
  });
});

describe('Region.stats', () => {
  const STATS = `query($id: ID!) { region(id: $id) { stats {
    totalMembers activeMembers activeWindowDays population { type count } sectorsByDevelopmentLevel { level sectors }
  } } }`;
  type Stats = {
    totalMembers: number;
    activeMembers: number;
    activeWindowDays: number;
    population: { type: string; count: number }[];
    sectorsByDevelopmentLevel: { level: number; sectors: number }[];
  };
  const stats = async (token: string) =>
    (await stack.gateway.data<{ region: { stats: Stats } }>(STATS, { id: regionId }, { token })).region.stats;

  test('population by type, active members in the last 7 days, sectors by development level', async () => {
    const s = await stats(owner.token);
    assert.deepEqual(s.population, [
      { type: 'CITIZEN', count: 1 },
      { type: 'RESIDENT', count: 1 },
      { type: 'VISITOR', count: 1 },
      { type: 'NOMADIC_TRADER', count: 0 },
    ]);
    assert.equal(s.totalMembers, 3);
    assert.equal(s.activeMembers, 3);
    assert.equal(s.activeWindowDays, 7);
    const expected = await queryRows<{ level: number; sectors: number }>(
      stack.database.url,
      `SELECT development_level AS level, count(*)::int AS sectors FROM regions.sectors
       WHERE region_id = $1 GROUP BY 1 ORDER BY 1`,
      [regionId],
    );
    assert.deepEqual(s.sectorsByDevelopmentLevel, expected);
    assert.equal(
      s.sectorsByDevelopmentLevel.reduce((n, l) => n + l.sectors, 0),
      500,
    );
    assert.ok(s.sectorsByDevelopmentLevel.length > 1, 'the zones have different development levels');

    // A member last active 8 days ago no longer counts as active (but still as a member).
    await queryRows(
      stack.database.url,
      `UPDATE regions.memberships SET last_active_at = now() - interval '8 days' WHERE region_id = $1 AND player_id = $2`,
      [regionId, visitor.id],
    );
    const later = await stats(owner.token);
    assert.equal(later.activeMembers, 2);
    assert.equal(later.totalMembers, 3);
  });

  test('the owner, members and admins read stats; outsiders and other owners are FORBIDDEN; anonymous UNAUTHENTICATED', async () => {
    for (const reader of [owner, admin, citizen, resident, visitor]) {
      assert.equal((await stats(reader.token)).totalMembers, 3, `${reader.handle} may read`);
    }
    for (const refused of [outsider, otherOwner]) {
      const result = await stack.gateway.request(STATS, { id: regionId }, { token: refused.token });
      assert.equal(errorCode(result), 'FORBIDDEN', `${refused.handle} is refused`);
    }
    assert.equal(errorCode(await stack.gateway.request(STATS, { id: regionId })), 'UNAUTHENTICATED');
  });
});

describe('Region.sectors', () => {
  const SECTORS = `query($id: ID!, $first: Int!, $after: String, $zone: RegionZone) { region(id: $id) {
    sectors(first: $first, after: $after, zone: $zone) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { cursor node { id number zone securityLevel developmentLevel warps } }
    } } }`;
  type SectorPage = {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string };
    edges: { node: { number: number; zone: string; warps: number[] } }[];
  };
  const page = async (variables: Record<string, unknown>) =>
    (await stack.gateway.data<{ region: { sectors: SectorPage } }>(SECTORS, { id: regionId, ...variables })).region
      .sectors;

  test('pages in sector-number order with keyset cursors; warps are two-way and match the stored graph', async () => {
    const first = await page({ first: 3 });
    assert.equal(first.totalCount, 500);
    assert.deepEqual(
      first.edges.map((e) => e.node.number),
      [1, 2, 3],
    );
    assert.equal(first.pageInfo.hasNextPage, true);
    const next = await page({ first: 3, after: first.pageInfo.endCursor });
    assert.deepEqual(
      next.edges.map((e) => e.node.number),
      [4, 5, 6],
    );
    const stored = await queryRows<{ s: number; warps: number[] }>(
      stack.database.url,
      `SELECT s, array_agg(t ORDER BY t) AS warps FROM (
         SELECT from_sector AS s, to_sector AS t FROM regions.warps WHERE region_id = $1
         UNION ALL SELECT to_sector, from_sector FROM regions.warps WHERE region_id = $1) w
       WHERE s <= 6 GROUP BY s ORDER BY s`,
      [regionId],
    );
    assert.deepEqual(
      [...first.edges, ...next.edges].map((e) => ({ s: e.node.number, warps: e.node.warps })),
      stored,
    );
    assert.ok(stored.every((r) => r.warps.length >= 1));
  });

  test('a zone filter pages only that zone; the last page has no next page; a bad cursor is BAD_USER_INPUT', async () => {
    const frontier = await page({ first: 100, zone: 'FRONTIER' });
    assert.ok(frontier.totalCount > 0 && frontier.totalCount < 500);
    assert.ok(frontier.edges.every((e) => e.node.zone === 'FRONTIER'));
    let seen = frontier.edges.length;
    let cursor = frontier.pageInfo.endCursor;
    let more = frontier.pageInfo.hasNextPage;
    while (more) {
      const p = await page({ first: 100, zone: 'FRONTIER', after: cursor });
      seen += p.edges.length;
      cursor = p.pageInfo.endCursor;
      more = p.pageInfo.hasNextPage;
    }
    assert.equal(seen, frontier.totalCount);
    const bad = await stack.gateway.request(SECTORS, { id: regionId, first: 2, after: 'not-a-cursor' });
    assert.equal(errorCode(bad), 'BAD_USER_INPUT');
  });
});

describe('SQL statements per page (REGIONS_COUNT_SQL=1)', () => {
  test('a page of N sectors with their warps costs the same statements for N = 2 and N = 20', async (t) => {
    const query = `query($id: ID!, $first: Int!) { region(id: $id) {
      sectors(first: $first) { edges { node { number warps } } } } }`;
    const counts: number[] = [];
    for (const first of [2, 20]) {
      const result = await regions.request<{ region: { sectors: { edges: { node: { warps: number[] } }[] } } }>(query, {
        id: regionId,
        first,
      });
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.region.sectors.edges.length, first);
      assert.ok(result.data?.region.sectors.edges.every((e) => e.node.warps.length > 0));
      counts.push(sqlStatements(result) as number);
    }
    t.diagnostic(`SQL statements: N=2 → ${counts[0]}, N=20 → ${counts[1]}`);
    assert.ok(counts[0] > 0, 'statements are counted');
    assert.equal(counts[1], counts[0], `N=2: ${counts[0]} statements, N=20: ${counts[1]}`);
  });

  test('a page of N members with region, viewer roles and assets costs the same statements for N = 2 and N = 20', async (t) => {
    // 25 more members, written directly (registering 25 players through identity would be slow).
    await queryRows(
      stack.database.url,
      `INSERT INTO regions.memberships (region_id, player_id, type, voting_power)
       SELECT $1, unnest($2::uuid[]), 'visitor', 0`,
      [regionId, Array.from({ length: 25 }, () => randomUUID())],
    );
    const query = `query($id: ID!, $first: Int!) { region(id: $id) { viewerRoles members(first: $first) {
      totalCount edges { node { type player { id } region { id name } assets { credits } } } } } }`;
    const counts: number[] = [];
    for (const first of [2, 20]) {
      const result = await regions.request<{ region: { members: { edges: unknown[] } } }>(
        query,
        { id: regionId, first },
        { token: owner.token },
      );
      assert.equal(result.errors, undefined);
      assert.equal(result.data?.region.members.edges.length, first);
      counts.push(sqlStatements(result) as number);
    }
    t.diagnostic(`SQL statements: N=2 → ${counts[0]}, N=20 → ${counts[1]}`);
    assert.ok(counts[0] > 0, 'statements are counted');
    assert.equal(counts[1], counts[0], `N=2: ${counts[0]} statements, N=20: ${counts[1]}`);
  });
});
