import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Name of the non-superuser role regional transactions switch to, so row-level security applies. */
export const REGIONS_APP_ROLE = 'regions_app';

/** Tables holding one region's rows: each carries `region_id` and is isolated by RLS. */
export const REGIONAL_TABLES = ['sectors', 'warps', 'memberships', 'assets', 'audit_log'] as const;

/**
 * Regions, their sectors and warps, memberships, regional assets and the audit log,
 * with row-level security.
 *
 * Isolation: every regional table has `region_id`; policies compare it with the
 * per-transaction setting `app.region_id` (set by `inRegion`). RLS is FORCEd and the
 * service switches to the NOLOGIN role `regions_app` inside regional transactions,
 * because the connecting user may be a superuser (superusers bypass RLS).
 * `regions.regions` is the public directory: anyone reads it, but only a transaction
 * working in that region inserts or updates its row.
 * `memberships` also lets a transaction read the rows of the players listed in
 * `app.player_ids` (read-only), for `Player.memberships` across regions.
 */
export class CreateRegionsTables1764000000000 implements MigrationInterface {
  name = 'CreateRegionsTables1764000000000';

  async up(db: QueryRunner): Promise<void> {
    // Roles are cluster-wide: create it once, tolerating concurrent migrations of other databases.
    await db.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${REGIONS_APP_ROLE}') THEN
          CREATE ROLE ${REGIONS_APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // A non-superuser service account must be a member to `SET ROLE regions_app`.
    await db.query(`
      DO $$
      BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
          EXECUTE format('GRANT ${REGIONS_APP_ROLE} TO %I', current_user);
        END IF;
      END $$`);
    await db.query(`
      CREATE FUNCTION regions.current_region() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('app.region_id', true), '')::uuid $$`);
    await db.query(`
      CREATE FUNCTION regions.current_players() RETURNS uuid[] LANGUAGE sql STABLE AS
      $$ SELECT coalesce(nullif(current_setting('app.player_ids', true), ''), '{}')::uuid[] $$`);

    await db.query(`
      CREATE TABLE regions.regions (
        id uuid PRIMARY KEY,
        name varchar(48) NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        display_name varchar(64) NOT NULL CHECK (length(display_name) BETWEEN 1 AND 64),
        owner_id uuid,
        status text NOT NULL DEFAULT 'PROVISIONING'
          CHECK (status IN ('PROVISIONING', 'ACTIVE', 'GRACE', 'SUSPENDED', 'ARCHIVED')),
        seed text NOT NULL,
        governance jsonb NOT NULL,
        economy jsonb NOT NULL,
        culture jsonb NOT NULL,
        total_sectors int NOT NULL CHECK (total_sectors > 0),
        nexus_gate_sector int,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX regions_owner_idx ON regions.regions (owner_id)');
    await db.query('CREATE INDEX regions_created_idx ON regions.regions (created_at, id)');
    await db.query(`
      CREATE TABLE regions.sectors (
        region_id uuid NOT NULL REFERENCES regions.regions (id),
        number int NOT NULL CHECK (number > 0),
        id uuid NOT NULL UNIQUE,
        zone text NOT NULL,
        security_level int NOT NULL CHECK (security_level BETWEEN 1 AND 10),
        development_level int NOT NULL CHECK (development_level BETWEEN 1 AND 10),
        traffic_level text NOT NULL,
        ports int NOT NULL CHECK (ports >= 0),
        planets int NOT NULL CHECK (planets >= 0),
        hazards text[] NOT NULL DEFAULT '{}',
        hazard_level int NOT NULL CHECK (hazard_level BETWEEN 0 AND 10),
        PRIMARY KEY (region_id, number)
      )`);
    await db.query(`
      CREATE TABLE regions.warps (
        region_id uuid NOT NULL,
        from_sector int NOT NULL,
        to_sector int NOT NULL,
        PRIMARY KEY (region_id, from_sector, to_sector),
        CHECK (from_sector < to_sector),
        FOREIGN KEY (region_id, from_sector) REFERENCES regions.sectors (region_id, number),
        FOREIGN KEY (region_id, to_sector) REFERENCES regions.sectors (region_id, number)
      )`);
    await db.query(`
      CREATE TABLE regions.memberships (
        region_id uuid NOT NULL REFERENCES regions.regions (id),
        player_id uuid NOT NULL,
        type text NOT NULL CHECK (type IN ('citizen', 'resident', 'visitor', 'nomadic_trader')),
        reputation int NOT NULL DEFAULT 0 CHECK (reputation BETWEEN -1000 AND 1000),
        voting_power real NOT NULL CHECK (voting_power BETWEEN 0 AND 5),
        joined_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        last_active_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_id, player_id)
      )`);
    await db.query('CREATE INDEX memberships_page_idx ON regions.memberships (region_id, joined_at, player_id)');
    await db.query('CREATE INDEX memberships_player_idx ON regions.memberships (player_id)');
    await db.query(`
      CREATE TABLE regions.assets (
        region_id uuid NOT NULL REFERENCES regions.regions (id),
        player_id uuid NOT NULL,
        credits bigint NOT NULL DEFAULT 0 CHECK (credits >= 0),
        ships jsonb NOT NULL DEFAULT '[]',
        cargo jsonb NOT NULL DEFAULT '{}',
        starting_credits_granted boolean NOT NULL DEFAULT false,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_id, player_id)
      )`);
    await db.query(`
      CREATE TABLE regions.audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions.regions (id),
        actor_id uuid,
        action text NOT NULL,
        target text NOT NULL,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query('CREATE INDEX audit_log_page_idx ON regions.audit_log (region_id, created_at DESC, id DESC)');

    // Row-level security.
    await db.query(`GRANT USAGE ON SCHEMA regions TO ${REGIONS_APP_ROLE}`);
    await db.query(`GRANT SELECT, INSERT, UPDATE ON regions.regions TO ${REGIONS_APP_ROLE}`);
    for (const table of REGIONAL_TABLES) {
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON regions.${table} TO ${REGIONS_APP_ROLE}`);
      await db.query(`ALTER TABLE regions.${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE regions.${table} FORCE ROW LEVEL SECURITY`);
      await db.query(`
        CREATE POLICY ${table}_in_region ON regions.${table}
          USING (region_id = regions.current_region())
          WITH CHECK (region_id = regions.current_region())`);
    }
    await db.query(`
      CREATE POLICY memberships_of_players ON regions.memberships FOR SELECT
        USING (player_id = ANY (regions.current_players()))`);
    await db.query('ALTER TABLE regions.regions ENABLE ROW LEVEL SECURITY');
    await db.query('ALTER TABLE regions.regions FORCE ROW LEVEL SECURITY');
    await db.query('CREATE POLICY regions_directory ON regions.regions FOR SELECT USING (true)');
    await db.query(
      'CREATE POLICY regions_insert_in_region ON regions.regions FOR INSERT WITH CHECK (id = regions.current_region())',
    );
    await db.query(`
      CREATE POLICY regions_update_in_region ON regions.regions FOR UPDATE
        USING (id = regions.current_region()) WITH CHECK (id = regions.current_region())`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'assets', 'memberships', 'warps', 'sectors', 'regions']) {
      await db.query(`DROP TABLE regions.${table}`);
    }
    await db.query('DROP FUNCTION regions.current_players()');
    await db.query('DROP FUNCTION regions.current_region()');
    await db.query(`REVOKE USAGE ON SCHEMA regions FROM ${REGIONS_APP_ROLE}`);
  }
}
