import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REGIONS_APP_ROLE } from './1764000000000-CreateRegionsTables';

/** Regional tables added here; like the first ones, each carries `region_id` and is isolated by RLS. */
export const REGIONAL_TABLES_V2 = ['offices', 'treasury_ledger'] as const;

/**
 * What governance and the trade economy need from regions:
 * - `offices`: elected roles (GOVERNOR, COUNCIL_MEMBER, AMBASSADOR, TRADE_COMMISSIONER), one holder
 *   per role and region (an election's winner replaces the previous holder), with the term's end;
 * - `regions.policy_settings`: settings that passed policies set (immigration stance, pvp rules, …);
 * - `regions.treasury_credits` and `treasury_ledger`: the region's treasury and every tax
 *   payment into it (`Region.stats.taxIncome` sums the ledger over a window).
 */
export class AddOfficesPoliciesTreasury1764000300000 implements MigrationInterface {
  name = 'AddOfficesPoliciesTreasury1764000300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE regions.regions
        ADD COLUMN policy_settings jsonb NOT NULL DEFAULT '{}',
        ADD COLUMN treasury_credits bigint NOT NULL DEFAULT 0 CHECK (treasury_credits >= 0)`);
    await db.query(`
      CREATE TABLE regions.offices (
        region_id uuid NOT NULL REFERENCES regions.regions (id),
        role text NOT NULL CHECK (role IN ('GOVERNOR', 'COUNCIL_MEMBER', 'AMBASSADOR', 'TRADE_COMMISSIONER')),
        player_id uuid NOT NULL,
        election_id uuid,
        term_ends_at timestamptz NOT NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (region_id, role)
      )`);
    await db.query('CREATE INDEX offices_player_idx ON regions.offices (region_id, player_id)');
    await db.query(`
      CREATE TABLE regions.treasury_ledger (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL REFERENCES regions.regions (id),
        player_id uuid,
        kind text NOT NULL CHECK (kind IN ('trade_tax')),
        amount bigint NOT NULL CHECK (amount >= 0),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query('CREATE INDEX treasury_ledger_window_idx ON regions.treasury_ledger (region_id, created_at)');
    for (const table of REGIONAL_TABLES_V2) {
      await db.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON regions.${table} TO ${REGIONS_APP_ROLE}`);
      await db.query(`ALTER TABLE regions.${table} ENABLE ROW LEVEL SECURITY`);
      await db.query(`ALTER TABLE regions.${table} FORCE ROW LEVEL SECURITY`);
      await db.query(`
        CREATE POLICY ${table}_in_region ON regions.${table}
          USING (region_id = regions.current_region())
          WITH CHECK (region_id = regions.current_region())`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE regions.treasury_ledger');
    await db.query('DROP TABLE regions.offices');
    await db.query('ALTER TABLE regions.regions DROP COLUMN treasury_credits, DROP COLUMN policy_settings');
  }
}
