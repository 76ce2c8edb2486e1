import { eventTablesDown, eventTablesUp } from '@sectorwars/events';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REGIONS_APP_ROLE } from './1764000000000-CreateRegionsTables';

/**
 * Outbox, consumed events and dead letters of the regions service. Regional
 * transactions run as `regions_app` and publish events, so that role may append
 * to the outbox (and nothing else on these tables).
 */
export class AddEventTables1764000100000 implements MigrationInterface {
  name = 'AddEventTables1764000100000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of eventTablesUp('regions')) await db.query(sql);
    await db.query(`GRANT INSERT ON regions.outbox TO ${REGIONS_APP_ROLE}`);
    await db.query(`GRANT USAGE ON SEQUENCE regions.outbox_seq_seq TO ${REGIONS_APP_ROLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of eventTablesDown('regions')) await db.query(sql);
  }
}
