/**
 * Regional isolation by row-level security (ARCHITECTURE.md, "Security model"): a transaction
 * confined to region A sees and writes only A's policies, votes, elections, candidacies,
 * ballots, voter roll, offices and audit records even when a query forgets its WHERE; a treaty
 * is visible from both of its regions and from no third one; every row the service writes —
 * requests, jobs and event consumers — is written as `governance_app` inside its own region;
 * and castVote is still one statement.
 */
import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { after, before, describe, test } from 'node:test';
import { createDataSource, type Viewer } from '@sectorwars/platform';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { forPlayers, inRegion, inRegionOfRow, inRegionsOfRows } from './db';
import {
  type GovernanceHarness,
  PROPOSE,
  PROPOSE_TREATY,
  queryRows,
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
import { GOVERNANCE_APP_ROLE, REGIONAL_TABLES } from './migrations/1765000200000-AddRowLevelSecurity';

/** Records who wrote each row of the tables under row-level security, and in which region (test only). */
const PROBE = [
  'CREATE SCHEMA rls_probe',
  `CREATE TABLE rls_probe.writes (
     tbl text, op text, who text, region text, row_region text, row_other_region text, at timestamptz DEFAULT clock_timestamp())`,
  'GRANT USAGE ON SCHEMA rls_probe TO PUBLIC',
  'GRANT INSERT ON rls_probe.writes TO PUBLIC',
  `CREATE FUNCTION rls_probe.record() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO rls_probe.writes (tbl, op, who, region, row_region, row_other_region)
     VALUES (TG_TABLE_NAME, TG_OP, current_user, current_setting('app.region_id', true),
             coalesce(to_jsonb(NEW) ->> 'region_id', to_jsonb(NEW) ->> 'from_region_id'), to_jsonb(NEW) ->> 'to_region_id');
     RETURN NULL;
   END $$`,
  ...[...REGIONAL_TABLES, 'treaties'].map(
    (t) =>
      `CREATE TRIGGER rls_probe AFTER INSERT OR UPDATE ON governance.${t} FOR EACH ROW EXECUTE FUNCTION rls_probe.record()`,
  ),
];

let h: GovernanceHarness;
let dataSource: DataSource;
let ownerA: TestPlayer;
let ownerB: TestPlayer;
let ownerC: TestPlayer;
let citizenA: TestPlayer;
let citizenB: TestPlayer;
let both: TestPlayer;
let ambassadorB: TestPlayer;
let regionA: string;
let regionB: string;
let regionC: string;
/** Per region: a policy with a vote, an election with a candidacy and a ballot. */
const made: Record<string, { policyId: string; electionId: string }> = {};
let treatyAB: string;
let treatyBC: string;

/** Sends a mutation as `player`, failing the test on errors. */
async function as<T>(player: TestPlayer, query: string, input: Record<string, unknown>): Promise<T> {
  return h.client.data<T>(query, { input }, { token: player.token });
}

before(async () => {
  h = await startHarness();
  for (const sql of PROBE) await queryRows(h.db.url, sql);
  dataSource = createDataSource({ url: h.db.url, schema: 'governance', entities: [], migrations: [] });
  await dataSource.initialize();
  [ownerA, ownerB, ownerC, citizenA, citizenB, both, ambassadorB] = Array.from({ length: 7 }, () => h.player());
  regionA = await h.regions.provision(ownerA.id);
  regionB = await h.regions.provision(ownerB.id);
  regionC = await h.regions.provision(ownerC.id);
  await h.regions.members(regionA, [
    { playerId: citizenA.id, type: 'citizen', votingPower: 2 },
    { playerId: both.id, type: 'citizen' },
  ]);
  await h.regions.members(regionB, [
    { playerId: citizenB.id, type: 'citizen' },
    { playerId: both.id, type: 'resident' },
  ]);
  await h.regions.office(regionA, citizenA.id, 'COUNCIL_MEMBER');
  await h.regions.office(regionB, ambassadorB.id, 'AMBASSADOR');
  for (const [region, owner, citizen] of [
    [regionA, ownerA, citizenA],
    [regionB, ownerB, citizenB],
  ] as const) {
    const { proposePolicy } = await as<{ proposePolicy: { policy: { id: string } } }>(
      citizen,
      PROPOSE,
      taxPolicy(region),
    );
    await as(citizen, VOTE, { policyId: proposePolicy.policy.id, support: true });
    const { startElection } = await as<{ startElection: { election: { id: string } } }>(owner, START_ELECTION, {
      regionId: region,
      position: 'GOVERNOR',
      votingDays: 30,
    });
    const electionId = startElection.election.id;
    await as(citizen, STAND, { electionId, platform: 'Lower taxes' });
    await as(citizen, VOTE_ELECTION, { electionId, candidateId: citizen.id });
    made[region] = { policyId: proposePolicy.policy.id, electionId };
  }
  const treaty = (by: TestPlayer, from: string, to: string) =>
    as<{ proposeTreaty: { treaty: { id: string } } }>(by, PROPOSE_TREATY, {
      fromRegionId: from,
      toRegionId: to,
      type: 'TRADE_AGREEMENT',
      terms: 'Free passage of traders.',
      durationDays: 90,
    }).then((d) => d.proposeTreaty.treaty.id);
  treatyAB = await treaty(ownerA, regionA, regionB);
  treatyBC = await treaty(ownerB, regionB, regionC);
});
after(async () => {
  await dataSource?.destroy();
  await h?.stop();
});

/**
 * Runs `work` in a transaction set up exactly as the service's `inRegion` does (role + setting),
 * or with no region (`regionId` null) and optionally `app.player_ids` as `forPlayers` does;
 * always rolled back.
 */
async function asRegion<T>(
  regionId: string | null,
  work: (c: pg.Client) => Promise<T>,
  playerIds: string[] = [],
): Promise<T> {
  const client = new pg.Client({ connectionString: h.db.url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL ROLE ${GOVERNANCE_APP_ROLE}`);
    if (regionId) await client.query("SELECT set_config('app.region_id', $1, true)", [regionId]);
    if (playerIds.length) await client.query("SELECT set_config('app.player_ids', $1, true)", [`{${playerIds}}`]);
    return await work(client);
  } finally {
    await client.query('ROLLBACK').catch(() => {});
    await client.end();
  }
}

/** Runs `sql` in a savepoint (so the transaction survives) and asserts Postgres refuses it. */
async function refused(c: pg.Client, sql: string, params: unknown[], why: RegExp): Promise<void> {
  await c.query('SAVEPOINT attempt');
  await assert.rejects(c.query(sql, params), why, sql);
  await c.query('ROLLBACK TO SAVEPOINT attempt');
}

/** `assert.rejects` validator: the error carries `extensions.code` = `code`. */
const coded = (code: string) => (error: unknown) =>
  (error as { extensions?: { code?: string } }).extensions?.code === code;

const distinctRegions = async (c: pg.Client, table: string) =>
  (await c.query(`SELECT DISTINCT region_id FROM governance.${table} ORDER BY 1`)).rows.map((r) => r.region_id);

describe('row-level security', () => {
  test('a query that forgets its WHERE sees only the region of its transaction', async () => {
    const [all] = await queryRows<{ policies: number; elections: number }>(
      h.db.url,
      `SELECT (SELECT count(DISTINCT region_id) FROM governance.policies)::int AS policies,
              (SELECT count(DISTINCT region_id) FROM governance.elections)::int AS elections`,
    );
    assert.deepEqual(all, { policies: 2, elections: 2 }, 'regions A and B both have rows');
    for (const region of [regionA, regionB]) {
      await asRegion(region, async (c) => {
        const policies = await c.query('SELECT * FROM governance.policies');
        assert.deepEqual(
          policies.rows.map((r) => r.id),
          [made[region].policyId],
        );
        for (const table of REGIONAL_TABLES) assert.deepEqual(await distinctRegions(c, table), [region], table);
        const votes = await c.query('SELECT policy_id FROM governance.votes');
        assert.deepEqual(
          votes.rows.map((r) => r.policy_id),
          [made[region].policyId],
        );
        const elections = await c.query('SELECT id FROM governance.elections');
        assert.deepEqual(
          elections.rows.map((r) => r.id),
          [made[region].electionId],
        );
      });
    }
  });

  test("writing another region's rows is refused; writes without a WHERE touch only the own region", async () => {
    const other = made[regionB];
    await asRegion(regionA, async (c) => {
      const rls = /row-level security/;
      await refused(
        c,
        `INSERT INTO governance.policies (id, region_id, type, title, description, proposed_changes, proposed_by,
           electorate, voting_threshold, status, voting_closes_at)
         VALUES (gen_random_uuid(), $1, 'tax_rate', 'Hijack', '-', '{}', $2, 'CITIZENS', 0.5, 'ACTIVE', now() + interval '1 day')`,
        [regionB, ownerA.id],
        rls,
      );
      await refused(
        c,
        `INSERT INTO governance.votes (policy_id, region_id, voter_id, support, weight) VALUES ($1, $2, $3, true, 5)`,
        [other.policyId, regionB, ownerA.id],
        rls,
      );
      // Claiming the own region for another region's policy: the composite foreign key refuses it.
      await refused(
        c,
        `INSERT INTO governance.votes (policy_id, region_id, voter_id, support, weight) VALUES ($1, $2, $3, true, 5)`,
        [other.policyId, regionA, ownerA.id],
        /votes_of_policy/,
      );
      await refused(
        c,
        `INSERT INTO governance.elections (id, region_id, position, status, ends_at)
         VALUES (gen_random_uuid(), $1, 'ambassador', 'ACTIVE', now() + interval '1 day')`,
        [regionB],
        rls,
      );
      await refused(
        c,
        `INSERT INTO governance.voter_roll (region_id, player_id, membership_type, voting_power, changed_at)
         VALUES ($1, $2, 'citizen', 5, now())`,
        [regionB, ownerA.id],
        rls,
      );
      await refused(
        c,
        `INSERT INTO governance.audit_log (region_id, action, target) VALUES ($1, 'forged', 'policy:x')`,
        [regionB],
        rls,
      );
      // The audit log is append-only for the service's role; votes cannot be changed.
      await refused(c, 'DELETE FROM governance.audit_log', [], /permission denied/);
      await refused(c, 'UPDATE governance.votes SET weight = 5', [], /permission denied/);

      const policies = await c.query("UPDATE governance.policies SET title = 'Hijacked'");
      assert.equal(policies.rowCount, 1, "only region A's policy");
      const elections = await c.query('UPDATE governance.elections SET total_votes = 0');
      assert.equal(elections.rowCount, 1, "only region A's election");
      const offices = await c.query('DELETE FROM governance.offices');
      assert.equal(offices.rowCount, 1, "only region A's council member; B keeps its ambassador");
      const byId = await c.query('UPDATE governance.policies SET title = $2 WHERE id = $1', [
        other.policyId,
        'Hijacked',
      ]);
      assert.equal(byId.rowCount, 0, "region B's policy is invisible, even by id");
    });
    // Rolled back, and region B was never touched.
    const [b] = await queryRows<{ title: string; offices: number }>(
      h.db.url,
      `SELECT title, (SELECT count(*)::int FROM governance.offices WHERE region_id = $2) AS offices
       FROM governance.policies WHERE id = $1`,
      [other.policyId, regionB],
    );
    assert.deepEqual(b, { title: 'Tax to 0.12', offices: 1 });
  });

  test('a treaty is visible from both of its regions and from no third; only the proposing region inserts', async () => {
    const seen = (region: string) =>
      asRegion(region, async (c) =>
        (await c.query('SELECT id FROM governance.treaties ORDER BY id')).rows.map((r) => r.id as string),
      );
    assert.deepEqual(await seen(regionA), [treatyAB]);
    assert.deepEqual(await seen(regionB), [treatyAB, treatyBC].sort());
    assert.deepEqual(await seen(regionC), [treatyBC]);

    await asRegion(regionC, async (c) => {
      const touched = await c.query("UPDATE governance.treaties SET terms = 'Hijacked' WHERE id = $1", [treatyAB]);
      assert.equal(touched.rowCount, 0, 'a third region cannot change it');
      await refused(
        c,
        `INSERT INTO governance.treaties (id, from_region_id, to_region_id, type, terms, duration_days, status, proposed_by)
         VALUES (gen_random_uuid(), $1, $2, 'alliance', 'Forged', 30, 'PENDING', $3)`,
        [regionA, regionB, ownerC.id],
        /row-level security/,
      );
    });
    await asRegion(regionB, async (c) => {
      // B is a party of A → B, so it may change it (the answer is B's), but may not propose in A's name.
      const answered = await c.query("UPDATE governance.treaties SET status = 'REJECTED' WHERE id = $1", [treatyAB]);
      assert.equal(answered.rowCount, 1);
      await refused(
        c,
        `INSERT INTO governance.treaties (id, from_region_id, to_region_id, type, terms, duration_days, status, proposed_by)
         VALUES (gen_random_uuid(), $1, $2, 'alliance', 'Forged', 30, 'PENDING', $3)`,
        [regionA, regionB, ownerB.id],
        /row-level security/,
      );
      // A party may not move the treaty out of its own reach either.
      await refused(
        c,
        'UPDATE governance.treaties SET from_region_id = $2, to_region_id = $3 WHERE id = $1',
        [treatyAB, regionA, regionC],
        /row-level security/,
      );
    });
  });

  test("without a region nothing regional is visible; with app.player_ids, only those players' roll and offices", async () => {
    await asRegion(null, async (c) => {
      for (const table of [...REGIONAL_TABLES, 'treaties']) {
        const { rows } = await c.query(`SELECT count(*)::int AS n FROM governance.${table}`);
        assert.equal(rows[0].n, 0, table);
      }
      const { rows } = await c.query('SELECT count(*)::int AS n FROM governance.regions');
      assert.equal(rows[0].n, 3, 'the region directory is public');
    });
    await asRegion(
      null,
      async (c) => {
        const roll = await c.query('SELECT region_id, player_id FROM governance.voter_roll ORDER BY region_id');
        assert.deepEqual(
          roll.rows.map((r) => [r.region_id, r.player_id]),
          [
            [regionA, both.id],
            [regionB, both.id],
          ].sort(),
        );
        const { rows } = await c.query('SELECT count(*)::int AS n FROM governance.policies');
        assert.equal(rows[0].n, 0);
        // Read only: no policy lets these rows be updated, so Postgres updates none.
        const updated = await c.query('UPDATE governance.voter_roll SET voting_power = 5 WHERE player_id = $1', [
          both.id,
        ]);
        assert.equal(updated.rowCount, 0);
      },
      [both.id],
    );
  });
});

describe("the service's transactions", () => {
  test('inRegion, inRegionOfRow, inRegionsOfRows and forPlayers run as governance_app, confined', async () => {
    const whoAmI = "SELECT current_user AS who, current_setting('app.region_id', true) AS region";
    const [inA] = await inRegion(dataSource, regionA, (m) => m.query(whoAmI));
    assert.deepEqual(inA, { who: GOVERNANCE_APP_ROLE, region: regionA });
    const [ofB] = await inRegionOfRow(dataSource, 'policies', made[regionB].policyId, (m) => m.query(whoAmI));
    assert.deepEqual(ofB, { who: GOVERNANCE_APP_ROLE, region: regionB });
    const [ofTreaty] = await inRegionOfRow(dataSource, 'treaties', treatyBC, (m) => m.query(whoAmI));
    assert.equal(ofTreaty.region, regionB, 'a treaty is reached through its proposing region');
    const unknown = await inRegionOfRow(dataSource, 'policies', '00000000-0000-4000-8000-000000000000', (m) =>
      m.query('SELECT count(*)::int AS n FROM governance.policies'),
    );
    assert.equal(unknown[0].n, 0, 'an unknown row confines to no region at all');
    const batch = await inRegionsOfRows(
      dataSource,
      'policies',
      [made[regionA].policyId, made[regionB].policyId],
      async (m, ids) =>
        (await m.query(`${whoAmI}, array_length($1::uuid[], 1) AS n`, [ids])) as {
          who: string;
          region: string;
          n: number;
        }[],
    );
    assert.deepEqual(
      batch.map((t) => `${t.who} ${t.region} ${t.n}`).sort(),
      [regionA, regionB].map((region) => `${GOVERNANCE_APP_ROLE} ${region} 1`).sort(),
      'one confined transaction per region, each with its own ids',
    );
    const [mine] = await forPlayers(dataSource, [both.id], (m) =>
      m.query(`${whoAmI}, (SELECT count(*)::int FROM governance.voter_roll) AS n`),
    );
    assert.deepEqual({ ...mine, region: mine.region ?? '' }, { who: GOVERNANCE_APP_ROLE, region: '', n: 2 });
  });

  test('every row requests, jobs and consumers write is written as governance_app in its own region', async () => {
    // More of the service's writes: a membership and an office (consumers), answering and ending
    // a treaty, a vote close, an election close and a treaty expiry (the jobs' code paths).
    await h.regions.members(regionA, [{ playerId: h.player().id, type: 'visitor' }]);
    await h.regions.office(regionA, both.id, 'AMBASSADOR');
    await as(ownerC, RESPOND_TREATY, { treatyId: treatyBC, accept: true });
    await h.running.services.treaties.expire(treatyBC);
    await as(ambassadorB, RESPOND_TREATY, { treatyId: treatyAB, accept: true });
    await as(ownerA, TERMINATE_TREATY, { treatyId: treatyAB });
    await h.running.services.policies.closeVote(made[regionA].policyId);
    await h.running.services.elections.close(made[regionB].electionId);

    const writes = await queryRows<{
      tbl: string;
      op: string;
      who: string;
      region: string;
      row_region: string;
      row_other_region: string | null;
    }>(h.db.url, 'SELECT * FROM rls_probe.writes ORDER BY at');
    assert.deepEqual(
      [...new Set(writes.map((w) => w.tbl))].sort(),
      [...REGIONAL_TABLES, 'treaties'].sort(),
      'every table under row-level security was written',
    );
    for (const w of writes) {
      const where = JSON.stringify(w);
      assert.equal(w.who, GOVERNANCE_APP_ROLE, where);
      if (w.tbl === 'treaties') {
        assert.ok([w.row_region, w.row_other_region].includes(w.region), where);
        if (w.op === 'INSERT') assert.equal(w.region, w.row_region, `proposed by its from-region: ${where}`);
      } else {
        assert.equal(w.region, w.row_region, where);
      }
    }
    const treatyWriters = writes.filter((w) => w.tbl === 'treaties').map((w) => `${w.op}:${w.region}`);
    assert.ok(treatyWriters.includes(`UPDATE:${regionC}`), 'the answer to B → C is written in C');
  });

  test('castVote is one statement (one round trip), refusals still answer as before', async () => {
    const counting = new AsyncLocalStorage<{ statements: number }>();
    const query = pg.Client.prototype.query;
    pg.Client.prototype.query = function counted(this: pg.Client, ...args: unknown[]) {
      const tally = counting.getStore();
      if (tally) tally.statements += 1;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
    try {
      const { proposePolicy } = await as<{ proposePolicy: { policy: { id: string } } }>(
        citizenA,
        PROPOSE,
        taxPolicy(regionA, 0.2),
      );
      const viewer = (p: TestPlayer): Viewer => ({ playerId: p.id, roles: ['PLAYER'], scopes: ['read', 'write'] });
      const input = { policyId: proposePolicy.policy.id, support: true };
      await h.running.services.policies.castVote(viewer(both), input); // warms the pooled connection and statement
      const tally = { statements: 0 };
      const { policy, weight } = await counting.run(tally, () =>
        h.running.services.policies.castVote(viewer(citizenA), input),
      );
      assert.equal(tally.statements, 1, 'weight, vote, tally and event in one statement');
      assert.deepEqual([policy.votesFor, policy.voterCount, weight], [3, 2, 2]);
      await assert.rejects(h.running.services.policies.castVote(viewer(citizenA), input), coded('CONFLICT'));
      await assert.rejects(h.running.services.policies.castVote(viewer(citizenB), input), coded('FORBIDDEN'));
      await assert.rejects(
        h.running.services.policies.castVote(viewer(citizenA), { ...input, policyId: made[regionB].policyId }),
        coded('FORBIDDEN'),
        "a member of A votes nowhere but A, even on B's policy by id",
      );
      const [vote] = await queryRows<{ region_id: string }>(
        h.db.url,
        'SELECT region_id FROM governance.votes WHERE policy_id = $1 AND voter_id = $2',
        [input.policyId, citizenA.id],
      );
      assert.equal(vote.region_id, regionA);
    } finally {
      pg.Client.prototype.query = query;
    }
  });
});
