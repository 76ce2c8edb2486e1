import { eventTablesDown, eventTablesUp } from '@sectorwars/events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox, consumed events and dead letters of the identity service. */
export class AddEventTables1763769700000 implements MigrationInterface {
  name = 'AddEventTables1763769700000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of eventTablesUp('identity')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of eventTablesDown('identity')) await db.query(sql);
  }
}
