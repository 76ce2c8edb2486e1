import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REGIONS_APP_ROLE } from './1764000000000-CreateRegionsTables';

/**
 * `regions.members_page(region, type, limit, after_at, after_id)`: one page of a region's
 * members and their total, confined exactly like `inRegion` (role `regions_app` + `app.region_id`,
 * so row-level security applies), in ONE statement without an explicit transaction. A plpgsql
 * body runs its statements in order, so the settings are in force before the read — which a
 * single plain SQL statement cannot guarantee. Both settings are transaction-local and end with
 * the statement. Members pages are the public read every federated region query makes.
 */
export class AddMembersPageFunction1764000400000 implements MigrationInterface {
  name = 'AddMembersPageFunction1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE FUNCTION regions.members_page(
        p_region uuid, p_type text, p_limit int, p_after_at timestamptz, p_after_id uuid)
      RETURNS TABLE (
        region_id uuid, player_id uuid, type text, reputation int, voting_power real,
        joined_at timestamptz, last_active_at timestamptz, at text, n int)
      LANGUAGE plpgsql VOLATILE AS $$
      #variable_conflict use_column
      BEGIN
        PERFORM set_config('role', '${REGIONS_APP_ROLE}', true), set_config('app.region_id', p_region::text, true);
        RETURN QUERY
          WITH page AS (
            SELECT m.*, m.joined_at::text AS at FROM regions.memberships m
            WHERE (p_type IS NULL OR m.type = p_type)
              AND (p_after_at IS NULL OR (m.joined_at, m.player_id) > (p_after_at, p_after_id))
            ORDER BY m.joined_at, m.player_id LIMIT p_limit),
          total AS (
            SELECT count(*)::int AS n FROM regions.memberships m WHERE (p_type IS NULL OR m.type = p_type))
          SELECT page.region_id, page.player_id, page.type, page.reputation, page.voting_power,
                 page.joined_at, page.last_active_at, page.at, total.n
          FROM total LEFT JOIN page ON true ORDER BY page.joined_at, page.player_id;
      END $$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION regions.members_page(uuid, text, int, timestamptz, uuid)');
  }
}
