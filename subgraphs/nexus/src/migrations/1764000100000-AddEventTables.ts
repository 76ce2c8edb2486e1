import { eventTablesDown, eventTablesUp } from '@sectorwars/events';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox, consumed events and dead letters of the nexus service. */
export class AddEventTables1764000100000 implements MigrationInterface {
  name = 'AddEventTables1764000100000';

  async up(db: QueryRunner): Promise<void> {
    for (const sql of eventTablesUp('nexus')) await db.query(sql);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const sql of eventTablesDown('nexus')) await db.query(sql);
  }
}
