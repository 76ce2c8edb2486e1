/**
 * The Central Nexus through the gateway, against real processes and a real Postgres:
 * generation as a background job, districts, sectors and warps, district regeneration that
 * keeps player data, authorization of the admin mutations, and Gateway Plaza gates assigned
 * from `region.provisioned` events.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { createEnvelope, createTransportFromEnv, regionsEvents } from '@sectorwars/events';
import { createLogger } from '@sectorwars/platform';
import { errorCode, queryRows, startStack, type TestStack, waitFor } from '@sectorwars/testing';

let stack: TestStack;
let adminToken: string;
let playerToken: string;
before(async () => {
  stack = await startStack({ subgraphs: ['identity', 'nexus'], env: { BOOTSTRAP_ADMIN_PASSWORD: 'admin password 1' } });
  const login = await stack.gateway.data<{ login: { accessToken: string } }>(
    'mutation { login(input: { email: "admin@sectorwars.local", password: "admin password 1" }) { accessToken } }',
  );
  adminToken = login.login.accessToken;
  const registered = await stack.gateway.data<{ registerPlayer: { accessToken: string } }>(
    'mutation { registerPlayer(input: { handle: "navigator", email: "navigator@example.test", password: "long password 1", displayName: "Nav" }) { accessToken } }',
  );
  playerToken = registered.registerPlayer.accessToken;
});
after(() => stack?.stop());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  queryRows<T>(stack.database.url, text, params);

const GENERATE =
  'mutation($input: GenerateNexusInput!) { generateNexus(input: $input) { job { id kind status percent message seed } } }';
const REGENERATE =
  'mutation($input: RegenerateDistrictInput!) { regenerateDistrict(input: $input) { job { id kind status district } } }';
const PROGRESS = '{ nexusGenerationProgress { id status percent message kind } }';
const NEXUS = '{ nexus { status seed generatedAt totalSectors totalWarps totalPorts totalPlanets districtCount } }';

interface Job {
  id: string;
  status: string;
  percent: number;
  message: string;
}
/** Polls nexusGenerationProgress (as the admin would) until the job has ended. */
const waitForJob = (jobId: string) =>
  waitFor(
    `job ${jobId}`,
    async () => {
      const { nexusGenerationProgress: job } = await stack.gateway.data<{ nexusGenerationProgress: Job | null }>(
        PROGRESS,
        {},
        { token: adminToken },
      );
      return job?.id === jobId && job.status !== 'GENERATING' ? job : undefined;
    },
    30_000,
  );

const jobCount = async () => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM nexus.generation_jobs'))[0].n;

interface SectorPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string };
  edges: { node: { number: number; district: string } }[];
}

describe('before generation', () => {
  test('the Nexus is NOT_GENERATED and lists the 10 districts of the design table', async () => {
    const data = await stack.gateway.data<{
      nexus: { status: string; totalSectors: number };
      nexusDistricts: {
        type: string;
        sectorRange: { first: number; last: number };
        securityLevel: number;
        developmentLevel: number;
        traffic: string;
        sectorCount: number;
      }[];
    }>(
      `{ nexus { status totalSectors } nexusDistricts { type sectorRange { first last } securityLevel developmentLevel traffic sectorCount } }`,
    );
    assert.equal(data.nexus.status, 'NOT_GENERATED');
    assert.equal(data.nexus.totalSectors, 0);
    assert.equal(data.nexusDistricts.length, 10);
    assert.deepEqual(data.nexusDistricts[0], {
      type: 'COMMERCE_CENTRAL',
      sectorRange: { first: 1, last: 500 },
      securityLevel: 8,
      developmentLevel: 9,
      traffic: 'EXTREME',
      sectorCount: 0,
    });
    assert.deepEqual(data.nexusDistricts[9].sectorRange, { first: 4001, last: 5000 });
  });

  test('regenerating a district before generation is a CONFLICT and writes nothing', async () => {
    const result = await stack.gateway.request(
      REGENERATE,
      { input: { district: 'INDUSTRIAL_ZONE' } },
      { token: adminToken },
    );
    assert.equal(errorCode(result), 'CONFLICT');
    assert.equal(await jobCount(), 0);
  });
});

describe('admin mutations: authorization and input', () => {
  const cases = [
    ['generateNexus', GENERATE, { seed: 'auth' }],
    ['regenerateDistrict', REGENERATE, { district: 'INDUSTRIAL_ZONE' }],
  ] as const;
  for (const [name, mutation, input] of cases) {
    test(`${name}: anonymous → UNAUTHENTICATED, player → FORBIDDEN, nothing written`, async () => {
      assert.equal(errorCode(await stack.gateway.request(mutation, { input })), 'UNAUTHENTICATED');
      assert.equal(errorCode(await stack.gateway.request(mutation, { input }, { token: playerToken })), 'FORBIDDEN');
      assert.equal(errorCode(await stack.gateway.request(PROGRESS, {}, { token: playerToken })), 'FORBIDDEN');
      assert.equal(await jobCount(), 0);
    });
  }

  test('a bad seed → BAD_USER_INPUT on field seed, with the allowed length; nothing written', async () => {
    for (const seed of ['', 'x'.repeat(65)]) {
      const result = await stack.gateway.request(GENERATE, { input: { seed } }, { token: adminToken });
      assert.equal(errorCode(result), 'BAD_USER_INPUT');
      assert.equal(result.errors?.[0].extensions?.field, 'seed');
      assert.match(result.errors?.[0].message ?? '', /1–64/);
    }
    assert.equal(await jobCount(), 0);
  });

  test('nexusSector outside 1–5000 → BAD_USER_INPUT on number', async () => {
    const result = await stack.gateway.request('{ nexusSector(number: 5001) { id } }');
    assert.equal(errorCode(result), 'BAD_USER_INPUT');
    assert.equal(result.errors?.[0].extensions?.field, 'number');
  });
});

describe('generation', () => {
  let generatedJobId: string;
  before(async () => {
    const started = await stack.gateway.data<{ generateNexus: { job: Job & { seed: string } } }>(
      GENERATE,
      { input: { seed: 'test-seed' } },
      { token: adminToken },
    );
    assert.equal(started.generateNexus.job.status, 'GENERATING');
    assert.equal(started.generateNexus.job.seed, 'test-seed');
    generatedJobId = started.generateNexus.job.id;
    const done = await waitForJob(generatedJobId);
    assert.equal(done.status, 'READY', done.message);
    assert.equal(done.percent, 100);
  });

  test('an admin generates the Nexus: READY with 5,000 sectors in the 10 districts', async () => {
    const { nexus } = await stack.gateway.data<{
      nexus: { status: string; seed: string; generatedAt: string; totalSectors: number; totalWarps: number };
    }>(NEXUS);
    assert.equal(nexus.status, 'READY');
    assert.equal(nexus.seed, 'test-seed');
    assert.ok(nexus.generatedAt);
    assert.equal(nexus.totalSectors, 5000);
    assert.ok(nexus.totalWarps >= 5000, `${nexus.totalWarps} warps`);
    const { nexusDistrict } = await stack.gateway.data<{
      nexusDistrict: { sectorCount: number; portCount: number; securityLevel: number };
    }>('{ nexusDistrict(type: FREE_TRADE_ZONE) { sectorCount portCount securityLevel } }');
    assert.equal(nexusDistrict.sectorCount, 500);
    assert.equal(nexusDistrict.securityLevel, 5);
    // Port density 0.95 (design table): far more ports than the 0.3 default districts.
    assert.ok(nexusDistrict.portCount > 400, `${nexusDistrict.portCount} ports`);
    const audit = await sql<{ action: string; target: string }>('SELECT action, target FROM nexus.audit_log');
    assert.deepEqual(audit, [{ action: 'nexus.generate', target: 'nexus' }]);
  });

  test('progress is published on the bus: 0 % queued … 100 % READY for the job', async () => {
    const events = await waitFor('the READY progress event', async () => {
      const rows = await sql<{ value: string }>(
        `SELECT value FROM eventbus.records WHERE topic = 'sectorwars.nexus.generation' AND key = $1 ORDER BY "offset"`,
        [generatedJobId],
      );
      const data = rows.map((r) => JSON.parse(r.value).data);
      return data.at(-1)?.status === 'READY' ? data : undefined;
    });
    assert.equal(events[0].percent, 0);
    assert.equal(events.at(-1).percent, 100);
    const percents = events.map((e: { percent: number }) => e.percent);
    assert.deepEqual(
      percents,
      [...percents].sort((a, b) => a - b),
    );
  });

  test('generating again while READY without force → CONFLICT, nothing written', async () => {
    const before = await jobCount();
    const result = await stack.gateway.request(GENERATE, { input: { seed: 'other' } }, { token: adminToken });
    assert.equal(errorCode(result), 'CONFLICT');
    assert.equal(await jobCount(), before);
    const { nexus } = await stack.gateway.data<{ nexus: { seed: string } }>(NEXUS);
    assert.equal(nexus.seed, 'test-seed');
  });

  test('sectors page by district with keyset cursors; first is capped at 100', async () => {
    const PAGE = `query($after: String) { nexusSectors(district: TRANSIT_HUB, first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { number district } } } }`;
    const seen: number[] = [];
    let afterCursor: string | null = null;
    for (;;) {
      const { nexusSectors: page }: { nexusSectors: SectorPage } = await stack.gateway.data<{
        nexusSectors: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { number: number; district: string } }[];
        };
      }>(PAGE, { after: afterCursor });
      assert.equal(page.totalCount, 400);
      for (const e of page.edges) {
        assert.equal(e.node.district, 'TRANSIT_HUB');
        seen.push(e.node.number);
      }
      if (!page.pageInfo.hasNextPage) break;
      afterCursor = page.pageInfo.endCursor;
    }
    assert.deepEqual(
      seen,
      Array.from({ length: 400 }, (_, i) => 1601 + i),
    );
    const tooMany = await stack.gateway.request('{ nexusSectors(first: 101) { totalCount } }');
    assert.equal(errorCode(tooMany), 'BAD_USER_INPUT');
    assert.equal(tooMany.errors?.[0].extensions?.field, 'first');
  });

  test('warps are two-way and within 2–6 per sector', async () => {
    const { nexusSector } = await stack.gateway.data<{
      nexusSector: { number: number; warps: { number: number; warps: { number: number }[] }[] };
    }>('{ nexusSector(number: 1700) { number warps { number warps { number } } } }');
    assert.ok(nexusSector.warps.length >= 2 && nexusSector.warps.length <= 6, `${nexusSector.warps.length} warps`);
    for (const neighbour of nexusSector.warps) {
      assert.ok(
        neighbour.warps.some((w) => w.number === 1700),
        `sector ${neighbour.number} warps back to 1700`,
      );
    }
    const { nexusStats } = await stack.gateway.data<{
      nexusStats: { minWarps: number; maxWarps: number; sectorCount: number };
    }>('{ nexusStats { minWarps maxWarps sectorCount } }');
    assert.equal(nexusStats.sectorCount, 5000);
    assert.ok(nexusStats.minWarps >= 2 && nexusStats.maxWarps <= 6, JSON.stringify(nexusStats));
  });

  test('regenerateDistrict with preservePlayerData keeps every sector holding player data; other districts stay as they were', async () => {
    await sql('UPDATE nexus.sectors SET owned_planets = 2 WHERE number = 805');
    await sql('UPDATE nexus.sectors SET deployed_assets = 7 WHERE number = 1100');
    const snapshot = (where: string) =>
      sql<{ number: number; id: string; ports: number }>(
        `SELECT number, id, ports FROM nexus.sectors WHERE ${where} ORDER BY number`,
      );
    const kept = await snapshot('number IN (805, 1100)');
    const otherBefore = await snapshot('district <> $$industrial_zone$$');
    const districtBefore = await snapshot('district = $$industrial_zone$$ AND number NOT IN (805, 1100)');

    const started = await stack.gateway.data<{ regenerateDistrict: { job: Job & { district: string } } }>(
      REGENERATE,
      { input: { district: 'INDUSTRIAL_ZONE', preservePlayerData: true, seed: 'rebuild-1' } },
      { token: adminToken },
    );
    assert.equal(started.regenerateDistrict.job.district, 'INDUSTRIAL_ZONE');
    const done = await waitForJob(started.regenerateDistrict.job.id);
    assert.equal(done.status, 'READY', done.message);

    assert.deepEqual(await snapshot('number IN (805, 1100)'), kept);
    const data = await sql(
      'SELECT owned_planets, deployed_assets FROM nexus.sectors WHERE number IN (805, 1100) ORDER BY number',
    );
    assert.deepEqual(data, [
      { owned_planets: 2, deployed_assets: 0 },
      { owned_planets: 0, deployed_assets: 7 },
    ]);
    assert.deepEqual(await snapshot('district <> $$industrial_zone$$'), otherBefore);
    const districtAfter = await snapshot('district = $$industrial_zone$$ AND number NOT IN (805, 1100)');
    assert.equal(districtAfter.length, districtBefore.length);
    assert.ok(
      districtAfter.every((s, i) => s.id !== districtBefore[i].id),
      'the other sectors are new',
    );
    const { nexus } = await stack.gateway.data<{ nexus: { status: string; totalSectors: number } }>(NEXUS);
    assert.deepEqual(nexus, { ...nexus, status: 'READY', totalSectors: 5000 });
    const [audit] = await sql<{ target: string; after: { preservePlayerData: boolean } }>(
      `SELECT target, after FROM nexus.audit_log WHERE action = 'nexus.district.regenerate'`,
    );
    assert.equal(audit.target, 'district:industrial_zone');
    assert.equal(audit.after.preservePlayerData, true);
  });

  test('force replaces a READY Nexus with a new seed', async () => {
    const started = await stack.gateway.data<{ generateNexus: { job: Job } }>(
      GENERATE,
      { input: { seed: 'forced', force: true } },
      { token: adminToken },
    );
    assert.equal((await waitForJob(started.generateNexus.job.id)).status, 'READY');
    const { nexus } = await stack.gateway.data<{ nexus: { seed: string; totalSectors: number } }>(NEXUS);
    assert.deepEqual(nexus, { ...nexus, seed: 'forced', totalSectors: 5000 });
  });

  test('the audit log lists every admin action, newest first, for admins only', async () => {
    const AUDIT =
      'query($after: String) { nexusAuditLog(first: 2, after: $after) { totalCount edges { cursor node { action target actorId after } } pageInfo { hasNextPage } } }';
    type Audit = {
      nexusAuditLog: {
        totalCount: number;
        edges: { cursor: string; node: { action: string; target: string; actorId: string; after: string } }[];
        pageInfo: { hasNextPage: boolean };
      };
    };
    const first = await stack.gateway.data<Audit>(AUDIT, {}, { token: adminToken });
    // generate, regenerate (industrial zone), generate with force — in this file's order.
    assert.equal(first.nexusAuditLog.totalCount, 3);
    assert.deepEqual(
      first.nexusAuditLog.edges.map((e) => e.node.action),
      ['nexus.generate', 'nexus.district.regenerate'],
    );
    assert.match(first.nexusAuditLog.edges[0].node.after, /forced/);
    const second = await stack.gateway.data<Audit>(
      AUDIT,
      { after: first.nexusAuditLog.edges[1].cursor },
      { token: adminToken },
    );
    assert.deepEqual(
      second.nexusAuditLog.edges.map((e) => e.node.action),
      ['nexus.generate'],
    );
    assert.equal(second.nexusAuditLog.pageInfo.hasNextPage, false);
    assert.equal(errorCode(await stack.gateway.request(AUDIT, {}, { token: playerToken })), 'FORBIDDEN');
    assert.equal(errorCode(await stack.gateway.request(AUDIT, {})), 'UNAUTHENTICATED');
  });
});

describe('Gateway Plaza gates', () => {
  const GATE =
    'query($id: ID!) { nexusGate(regionId: $id) { regionId regionName sectorNumber sector { number district } } }';

  /** Publishes `region.provisioned` as the regions service would (Postgres bus, key = region id). */
  async function provision(regionId: string, name: string, eventId = randomUUID()) {
    const transport = createTransportFromEnv(
      { DATABASE_URL: stack.database.url },
      { clientId: 'test-regions', logger: createLogger('test', 'silent') },
    );
    const envelope = createEnvelope(regionsEvents.regionProvisioned, {
      id: eventId,
      source: 'sectorwars.regions',
      subject: regionId,
      data: {
        regionId,
        name,
        displayName: name,
        ownerId: null,
        totalSectors: 500,
        provisionedAt: new Date().toISOString(),
      },
    });
    await transport.send([
      { topic: regionsEvents.regionProvisioned.topic, key: regionId, value: JSON.stringify(envelope) },
    ]);
    await transport.close();
    return eventId;
  }

  test('region.provisioned assigns one plaza sector per region, once, and publishes gate.assigned', async () => {
    const regionA = randomUUID();
    const regionB = randomUUID();
    const eventId = await provision(regionA, 'alpha');
    await provision(regionA, 'alpha', eventId); // redelivery of the same event
    await provision(regionA, 'alpha'); // a second event for the same region
    await provision(regionB, 'beta');
    const gates = await waitFor('two gates', async () => {
      const rows = await sql<{ region_id: string; sector_number: number }>(
        'SELECT region_id, sector_number FROM nexus.gates ORDER BY region_name',
      );
      return rows.length === 2 ? rows : undefined;
    });
    assert.deepEqual(
      gates.map((g) => g.region_id),
      [regionA, regionB],
    );
    assert.notEqual(gates[0].sector_number, gates[1].sector_number);
    for (const g of gates) assert.ok(g.sector_number >= 4001 && g.sector_number <= 5000);

    const assigned = await waitFor('gate.assigned for alpha', async () => {
      const rows = await sql<{ value: string }>(
        `SELECT value FROM eventbus.records WHERE topic = 'sectorwars.nexus.gate' AND key = $1`,
        [regionA],
      );
      return rows.length ? rows : undefined;
    });
    await new Promise((r) => setTimeout(r, 500));
    const allForA = await sql(`SELECT 1 FROM eventbus.records WHERE topic = 'sectorwars.nexus.gate' AND key = $1`, [
      regionA,
    ]);
    assert.equal(allForA.length, 1, 'one gate.assigned per region');
    assert.equal(JSON.parse(assigned[0].value).data.sectorNumber, gates[0].sector_number);

    const { nexusGate } = await stack.gateway.data<{
      nexusGate: { regionName: string; sectorNumber: number; sector: { number: number; district: string } | null };
    }>(GATE, { id: regionA });
    assert.equal(nexusGate.regionName, 'alpha');
    assert.equal(nexusGate.sector?.district, 'GATEWAY_PLAZA');
    assert.equal(nexusGate.sector?.number, gates[0].sector_number);

    const LIST = '{ nexusGates(first: 10) { totalCount edges { node { regionId } } } }';
    assert.equal(errorCode(await stack.gateway.request(LIST)), 'UNAUTHENTICATED');
    assert.equal(errorCode(await stack.gateway.request(LIST, {}, { token: playerToken })), 'FORBIDDEN');
    const listed = await stack.gateway.data<{ nexusGates: { totalCount: number } }>(LIST, {}, { token: adminToken });
    assert.equal(listed.nexusGates.totalCount, 2);
  });
});
