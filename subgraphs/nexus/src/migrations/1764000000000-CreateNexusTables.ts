import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The Central Nexus tables:
 * - `state`: one row, the Nexus status (NOT_GENERATED / GENERATING / READY), seed, warp settings;
 * - `sectors`: the 5,000 sectors (generator attributes + player-data counters, default 0);
 * - `warps`: two-way warps stored once with `from_number < to_number`;
 * - `generation_jobs`: background generation / district regeneration jobs and their progress
 *   (at most one GENERATING at a time, enforced by a partial unique index);
 * - `gates`: one Gateway Plaza sector (4001–5000) per region, unique both ways;
 * - `audit_log`: who did what to the Nexus, with before/after summaries.
 */
export class CreateNexusTables1764000000000 implements MigrationInterface {
  name = 'CreateNexusTables1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE nexus.state (
      id smallint PRIMARY KEY CHECK (id = 1),
      status text NOT NULL DEFAULT 'NOT_GENERATED' CHECK (status IN ('NOT_GENERATED', 'GENERATING', 'READY')),
      seed text,
      settings jsonb,
      regenerations jsonb NOT NULL DEFAULT '[]',
      generated_at timestamptz,
      current_job_id uuid,
      updated_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query(`INSERT INTO nexus.state (id) VALUES (1)`);
    await db.query(`CREATE TABLE nexus.sectors (
      number int PRIMARY KEY CHECK (number BETWEEN 1 AND 5000),
      id uuid NOT NULL UNIQUE,
      district text NOT NULL,
      security_level smallint NOT NULL,
      development_level smallint NOT NULL,
      traffic_level text NOT NULL,
      ports smallint NOT NULL,
      planets smallint NOT NULL,
      hazards text[] NOT NULL,
      hazard_level smallint NOT NULL,
      owned_planets int NOT NULL DEFAULT 0 CHECK (owned_planets >= 0),
      player_ports int NOT NULL DEFAULT 0 CHECK (player_ports >= 0),
      deployed_assets int NOT NULL DEFAULT 0 CHECK (deployed_assets >= 0)
    )`);
    await db.query(`CREATE INDEX sectors_district_number_idx ON nexus.sectors (district, number)`);
    await db.query(
      `CREATE INDEX sectors_player_data_idx ON nexus.sectors (number)
       WHERE owned_planets > 0 OR player_ports > 0 OR deployed_assets > 0`,
    );
    await db.query(`CREATE TABLE nexus.warps (
      from_number int NOT NULL REFERENCES nexus.sectors (number) DEFERRABLE INITIALLY DEFERRED,
      to_number int NOT NULL REFERENCES nexus.sectors (number) DEFERRABLE INITIALLY DEFERRED,
      PRIMARY KEY (from_number, to_number),
      CHECK (from_number < to_number)
    )`);
    await db.query(`CREATE INDEX warps_to_idx ON nexus.warps (to_number, from_number)`);
    await db.query(`CREATE TABLE nexus.generation_jobs (
      id uuid PRIMARY KEY,
      kind text NOT NULL CHECK (kind IN ('generate', 'regenerate_district')),
      status text NOT NULL CHECK (status IN ('GENERATING', 'READY', 'FAILED')),
      percent smallint NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
      message text NOT NULL,
      seed text NOT NULL,
      district text,
      preserve_player_data boolean NOT NULL DEFAULT false,
      force boolean NOT NULL DEFAULT false,
      previous_status text NOT NULL,
      requested_by uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`);
    await db.query(
      `CREATE UNIQUE INDEX generation_jobs_one_running_idx ON nexus.generation_jobs ((true)) WHERE status = 'GENERATING'`,
    );
    await db.query(`CREATE INDEX generation_jobs_created_idx ON nexus.generation_jobs (created_at DESC)`);
    await db.query(`CREATE TABLE nexus.gates (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      region_id uuid NOT NULL UNIQUE,
      region_name text NOT NULL,
      sector_number int NOT NULL UNIQUE CHECK (sector_number BETWEEN 4001 AND 5000),
      event_id text NOT NULL,
      assigned_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp())
    )`);
    await db.query(`CREATE TABLE nexus.audit_log (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      actor_id uuid NOT NULL,
      action text NOT NULL,
      target text NOT NULL,
      before jsonb,
      after jsonb,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`);
    await db.query(`CREATE INDEX audit_log_created_idx ON nexus.audit_log (created_at DESC, id DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['audit_log', 'gates', 'generation_jobs', 'warps', 'sectors', 'state']) {
      await db.query(`DROP TABLE nexus.${table}`);
    }
  }
}
