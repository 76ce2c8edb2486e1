import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the read paths added with `Region.stats` and `Region.sectors`:
 * - `memberships_stats_idx (region_id, type, last_active_at)`: population by type and
 *   active members are index-only scans of one region's slice;
 * - `sectors_development_idx (region_id, development_level)`: sectors by development level;
 * - `sectors_zone_idx (region_id, zone, number)`: a page of one zone in number order;
 * - `warps_to_idx (region_id, to_sector)`: warps *into* a sector (warps are stored once,
 *   `from < to`; the primary key already serves `from_sector`).
 */
export class AddReadIndexes1764000200000 implements MigrationInterface {
  name = 'AddReadIndexes1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX memberships_stats_idx ON regions.memberships (region_id, type, last_active_at)');
    await db.query('CREATE INDEX sectors_development_idx ON regions.sectors (region_id, development_level)');
    await db.query('CREATE INDEX sectors_zone_idx ON regions.sectors (region_id, zone, number)');
    await db.query('CREATE INDEX warps_to_idx ON regions.warps (region_id, to_sector)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of ['warps_to_idx', 'sectors_zone_idx', 'sectors_development_idx', 'memberships_stats_idx']) {
      await db.query(`DROP INDEX regions.${index}`);
    }
  }
}
