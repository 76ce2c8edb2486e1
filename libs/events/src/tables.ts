import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQL for the event tables every service keeps in its own schema. A service's
 * migration calls `eventTablesUp(schema)` (and `eventTablesDown` to revert), so
 * the tables are versioned with the service's other migrations.
 *
 * - `outbox`: events written in the same transaction as the state change, drained by the relay;
 * - `consumed_events`: (consumer group, event id) recorded in the handler's transaction, so a
 *   redelivered event is skipped;
 * - `dead_letters`: events a consumer gave up on, with the error, for an admin to replay.
 */
export function eventTablesUp(schema: string): string[] {
  const s = quoteIdent(schema);
  return [
    `CREATE TABLE ${s}.outbox (
      seq bigserial PRIMARY KEY,
      id uuid NOT NULL,
      topic text NOT NULL,
      key text NOT NULL,
      type text NOT NULL,
      envelope jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT clock_timestamp()
    )`,
    `CREATE TABLE ${s}.consumed_events (
      consumer_group text NOT NULL,
      event_id text NOT NULL,
      consumed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (consumer_group, event_id)
    )`,
    `CREATE TABLE ${s}.dead_letters (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      consumer_group text NOT NULL,
      topic text NOT NULL,
      event_id text,
      type text,
      raw text NOT NULL,
      error text NOT NULL,
      attempts int NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      replayed_at timestamptz
    )`,
    `CREATE INDEX dead_letters_pending_idx ON ${s}.dead_letters (created_at DESC, id DESC) WHERE replayed_at IS NULL`,
  ];
}

/** Reverts {@link eventTablesUp}. */
export function eventTablesDown(schema: string): string[] {
  const s = quoteIdent(schema);
  return [`DROP TABLE ${s}.dead_letters`, `DROP TABLE ${s}.consumed_events`, `DROP TABLE ${s}.outbox`];
}

/**
 * The TypeORM migration adding the event tables to a service's schema, named
 * `AddEventTables<timestamp>` like a hand-written one (the name is what TypeORM records).
 * Usage: `export const AddEventTables1764000100000 = eventTablesMigration('regions', 1764000100000);`
 */
export function eventTablesMigration(schema: string, timestamp: number): new () => MigrationInterface {
  return class implements MigrationInterface {
    name = `AddEventTables${timestamp}`;

    async up(db: QueryRunner): Promise<void> {
      for (const sql of eventTablesUp(schema)) await db.query(sql);
    }

    async down(db: QueryRunner): Promise<void> {
      for (const sql of eventTablesDown(schema)) await db.query(sql);
    }
  };
}

/** Double-quotes a Postgres identifier. @throws Error on anything but [a-z0-9_] (schemas are ours, never user input) */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid identifier ${name}`);
  return `"${name}"`;
}

/** LISTEN/NOTIFY channel the outbox of `schema` signals on commit. */
export const outboxChannel = (schema: string) => `outbox_${schema}`;
