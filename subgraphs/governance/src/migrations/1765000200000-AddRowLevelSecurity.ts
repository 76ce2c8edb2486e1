import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Name of the non-superuser role regional transactions switch to, so row-level security applies. */
export const GOVERNANCE_APP_ROLE = 'governance_app';

/** Tables holding one region's rows in `region_id`, each isolated by the policy `<table>_in_region`. */
export const REGIONAL_TABLES = [
  'voter_roll',
  'offices',
  'policies',
  'votes',
  'elections',
  'candidates',
  'ballots',
  'audit_log',
] as const;

/** Every table under row-level security: the regional ones and `treaties` (two regions per row). */
const RLS_TABLES = [...REGIONAL_TABLES, 'treaties'] as const;

/** What `governance_app` may do per table: least privilege (nothing deletes policies, votes, audit records…). */
const GRANTS: Record<(typeof RLS_TABLES)[number], string> = {
  voter_roll: 'SELECT, INSERT, UPDATE',
  offices: 'SELECT, INSERT, UPDATE, DELETE',
  policies: 'SELECT, INSERT, UPDATE',
  votes: 'SELECT, INSERT',
  elections: 'SELECT, INSERT, UPDATE',
  candidates: 'SELECT, INSERT, UPDATE',
  ballots: 'SELECT, INSERT',
  audit_log: 'SELECT, INSERT',
  treaties: 'SELECT, INSERT, UPDATE',
};

/**
 * Row-level security on governance's regional tables (ARCHITECTURE.md, "Security model":
 * regional isolation is enforced by the database, not only by WHERE clauses), as regions does.
 *
 * Mechanism: the per-transaction setting `app.region_id` (read by `governance.current_region()`)
 * names the region a transaction works in; request transactions switch to the NOLOGIN,
 * NOBYPASSRLS role `governance_app` (`inRegion` and friends in `src/db.ts`), because the
 * connecting user may be a superuser, and superusers bypass row-level security. RLS is ENABLEd
 * and FORCEd on every table below.
 *
 * Policies (one region per row unless said otherwise):
 * - `voter_roll`, `offices`, `policies`, `votes`, `elections`, `candidates`, `ballots`,
 *   `audit_log`: `<table>_in_region`, rows visible and writable only where
 *   `region_id = governance.current_region()`. `votes`, `candidates` and `ballots` had no
 *   region of their own (only their policy's or election's); they get `region_id` here, filled
 *   from the parent, and a composite foreign key to the parent's `(id, region_id)`, so a child
 *   can never sit in another region than its parent (the foreign key check itself ignores RLS).
 *   The votes and candidacies keys replace their plain foreign keys, so a vote still pays for
 *   one foreign key check.
 * - `voter_roll`, `offices` also `<table>_of_players` (read only): the rows of the players in
 *   `app.player_ids`, across regions — a viewer's standing in several regions in one read, as
 *   regions' `memberships_of_players`.
 * - `treaties` (between two regions): visible to a transaction working in either party
 *   (`treaties_of_party`); only the proposing region inserts one (`treaties_proposed_by_region`,
 *   `from_region_id`); either party updates it (`treaties_changed_by_party`), since the answer
 *   comes from the other region, termination from either, expiry from the job. Which party may
 *   make which move stays a business rule of `TreatyService`; the database guarantees that a
 *   third region can neither see nor touch the treaty. Nobody deletes treaties.
 * - `<table>_service` on every table: the role running this migration — the service's own
 *   role, since governance migrates itself at start — sees and writes every row. Background
 *   work that is not about one region (the sweeps at start that reschedule jobs) and the
 *   lookups of a row's region before a transaction is confined run as that role. A superuser
 *   bypasses RLS anyway; the policy keeps a plain (non-superuser) owner working, which FORCE
 *   would otherwise lock out of its own tables. `governance_app` is not a member of that role,
 *   so the policy never applies inside a confined transaction.
 *
 * Left without row-level security, on purpose:
 * - `regions` (owner and governance rules per region): a public directory, as regions'
 *   `Region.governance` and `Region.owner` are public; every standing reads it for any region
 *   id (NOT_FOUND vs FORBIDDEN). `governance_app` may only read it; its only writer is the
 *   projection consumer, as the service's own role.
 * - `outbox`: events, not regional rows; `governance_app` may append (INSERT) and nothing else,
 *   so confined transactions publish their events in the same transaction.
 * - `consumed_events`, `dead_letters`: consumer bookkeeping and admin tooling, per consumer
 *   group not per region; `governance_app` gets no access (`inRegionOf` hands the consumer's
 *   transaction back to the service's role before the bookkeeping).
 * - the pg-boss schema `governance_jobs`: job queue internals, driven by pg-boss on its own
 *   connections; jobs carry ids only.
 */
export class AddRowLevelSecurity1765000200000 implements MigrationInterface {
  name = 'AddRowLevelSecurity1765000200000';

  async up(db: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create it once, tolerating concurrent migrations of other databases.
    await db.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${GOVERNANCE_APP_ROLE}') THEN
          CREATE ROLE ${GOVERNANCE_APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // A non-superuser service account must be a member to `SET ROLE governance_app`.
    await db.query(`
      DO $$
      BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT ${GOVERNANCE_APP_ROLE} TO %I', current_user);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION governance.current_region() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('app.region_id', true), '')::uuid $$`);
    await db.query(`
      CREATE FUNCTION governance.current_players() RETURNS uuid[] LANGUAGE sql STABLE AS
      $$ SELECT coalesce(nullif(current_setting('app.player_ids', true), ''), '{}')::uuid[] $$`);

    // Votes, candidacies and ballots carry their parent's region.
    await db.query('ALTER TABLE governance.policies ADD CONSTRAINT policies_id_in_region UNIQUE (id, region_id)');
    await db.query('ALTER TABLE governance.elections ADD CONSTRAINT elections_id_in_region UNIQUE (id, region_id)');
    for (const [table, parent, key] of [
      ['votes', 'policies', 'policy_id'],
      ['candidates', 'elections', 'election_id'],
      ['ballots', 'elections', 'election_id'],
    ]) {
      await db.query(`ALTER TABLE governance.${table} ADD COLUMN region_id uuid`);
      await db.query(
        `UPDATE governance.${table} c SET region_id = p.region_id FROM governance.${parent} p WHERE p.id = c.${key}`,
      );
      await db.query(`ALTER TABLE governance.${table} ALTER COLUMN region_id SET NOT NULL`);
    }
    await db.query('ALTER TABLE governance.votes DROP CONSTRAINT votes_policy_id_fkey');
    await db.query(`
      ALTER TABLE governance.votes ADD CONSTRAINT votes_of_policy
        FOREIGN KEY (policy_id, region_id) REFERENCES governance.policies (id, region_id)`);
    await db.query('ALTER TABLE governance.candidates DROP CONSTRAINT candidates_election_id_fkey');
    await db.query(`
      ALTER TABLE governance.candidates ADD CONSTRAINT candidates_of_election
        FOREIGN KEY (election_id, region_id) REFERENCES governance.elections (id, region_id)`);
    await db.query(`
      ALTER TABLE governance.ballots ADD CONSTRAINT ballots_of_election
        FOREIGN KEY (election_id, region_id) REFERENCES governance.elections (id, region_id)`);

    // Privileges of governance_app.
    await db.query(`GRANT USAGE ON SCHEMA governance TO ${GOVERNANCE_APP_ROLE}`);
    await db.query(`GRANT SELECT ON governance.regions TO ${GOVERNANCE_APP_ROLE}`);
    await db.query(`GRANT INSERT ON governance.outbox TO ${GOVERNANCE_APP_ROLE}`);
    await db.query(`GRANT USAGE ON SEQUENCE governance.outbox_seq_seq TO ${GOVERNANCE_APP_ROLE}`);
    for (const table of RLS_TABLES) {
      await db.query(`GRANT ${GRANTS[table]} ON governance.${table} TO ${GOVERNANCE_APP_ROLE}`);
    }

    // Row-level security.
    for (const table of RLS_TABLES) {
      await db.query(`ALTER TABLE governance.${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE governance.${table} FORCE ROW LEVEL SECURITY`);
      await db.query(`
        DO $$
        BEGIN
          EXECUTE format('CREATE POLICY ${table}_service ON governance.${table} TO %I USING (true) WITH CHECK (true)',
                         current_user);
        END $$`);
    }
    for (const table of REGIONAL_TABLES) {
      await db.query(`
        CREATE POLICY ${table}_in_region ON governance.${table}
          USING (region_id = governance.current_region())
          WITH CHECK (region_id = governance.current_region())`);
    }
    for (const table of ['voter_roll', 'offices']) {
      await db.query(`
        CREATE POLICY ${table}_of_players ON governance.${table} FOR SELECT
          USING (player_id = ANY (governance.current_players()))`);
    }
    await db.query(`
      CREATE POLICY treaties_of_party ON governance.treaties FOR SELECT
        USING (governance.current_region() IN (from_region_id, to_region_id))`);
    await db.query(`
      CREATE POLICY treaties_proposed_by_region ON governance.treaties FOR INSERT
        WITH CHECK (from_region_id = governance.current_region())`);
    await db.query(`
      CREATE POLICY treaties_changed_by_party ON governance.treaties FOR UPDATE
        USING (governance.current_region() IN (from_region_id, to_region_id))
        WITH CHECK (governance.current_region() IN (from_region_id, to_region_id))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP POLICY treaties_changed_by_party ON governance.treaties');
    await db.query('DROP POLICY treaties_proposed_by_region ON governance.treaties');
    await db.query('DROP POLICY treaties_of_party ON governance.treaties');
    for (const table of ['voter_roll', 'offices']) {
      await db.query(`DROP POLICY ${table}_of_players ON governance.${table}`);
    }
    for (const table of REGIONAL_TABLES) await db.query(`DROP POLICY ${table}_in_region ON governance.${table}`);
    for (const table of RLS_TABLES) {
      await db.query(`DROP POLICY ${table}_service ON governance.${table}`);
      await db.query(`ALTER TABLE governance.${table} NO FORCE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE governance.${table} DISABLE ROW LEVEL SECURITY`);
      await db.query(`REVOKE ALL ON governance.${table} FROM ${GOVERNANCE_APP_ROLE}`);
    }
    await db.query(`REVOKE ALL ON SEQUENCE governance.outbox_seq_seq FROM ${GOVERNANCE_APP_ROLE}`);
    await db.query(`REVOKE ALL ON governance.outbox FROM ${GOVERNANCE_APP_ROLE}`);
    await db.query(`REVOKE ALL ON governance.regions FROM ${GOVERNANCE_APP_ROLE}`);
    await db.query(`REVOKE USAGE ON SCHEMA governance FROM ${GOVERNANCE_APP_ROLE}`);

    await db.query('ALTER TABLE governance.ballots DROP CONSTRAINT ballots_of_election');
    await db.query('ALTER TABLE governance.candidates DROP CONSTRAINT candidates_of_election');
    await db.query(`
      ALTER TABLE governance.candidates ADD CONSTRAINT candidates_election_id_fkey
        FOREIGN KEY (election_id) REFERENCES governance.elections (id)`);
    await db.query('ALTER TABLE governance.votes DROP CONSTRAINT votes_of_policy');
    await db.query(`
      ALTER TABLE governance.votes ADD CONSTRAINT votes_policy_id_fkey
        FOREIGN KEY (policy_id) REFERENCES governance.policies (id)`);
    for (const table of ['votes', 'candidates', 'ballots']) {
      await db.query(`ALTER TABLE governance.${table} DROP COLUMN region_id`);
    }
    await db.query('ALTER TABLE governance.elections DROP CONSTRAINT elections_id_in_region');
    await db.query('ALTER TABLE governance.policies DROP CONSTRAINT policies_id_in_region');
    await db.query('DROP FUNCTION governance.current_players()');
    await db.query('DROP FUNCTION governance.current_region()');
  }
}
