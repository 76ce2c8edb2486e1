import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { EventDefinition } from './catalog/define';
import { createEnvelope, type EventEnvelope } from './envelope';
import { outboxChannel, quoteIdent } from './tables';

/**
 * A service's transactional outbox. `publish` writes the event into the
 * service's `outbox` table inside the caller's transaction, so the state
 * change and its event commit or roll back together; the relay sends it on.
 */
export class Outbox {
  private readonly table: string;

  /**
   * @param schema the service's Postgres schema (holds `outbox`)
   * @param source CloudEvents `source`, e.g. `sectorwars.identity`
   */
  constructor(
    readonly schema: string,
    readonly source: string,
  ) {
    this.table = `${quoteIdent(schema)}.outbox`;
  }

  /**
   * Validates and stores one event in the caller's transaction. Publish after
   * the state change that locks the aggregate row, so one aggregate's events
   * are numbered in commit order.
   *
   * @param manager the `EntityManager` of an open transaction
   * @returns the envelope written
   * @throws EventSchemaError when `data` fails the schema (nothing written);
   *         Error when `manager` is not inside a transaction
   */
  async publish<S extends z.ZodType>(
    manager: EntityManager,
    definition: EventDefinition<S>,
    event: { subject: string; data: z.input<S>; id?: string; time?: Date },
  ): Promise<EventEnvelope<z.infer<S>>> {
    const envelope = createEnvelope(definition, { ...event, source: this.source });
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('Outbox.publish needs the EntityManager of an open transaction');
    }
    await this.insert(manager, definition.topic, envelope);
    return envelope;
  }

  /** Stores an already-built envelope (dead-letter replay). */
  async insert(manager: EntityManager, topic: string, envelope: EventEnvelope): Promise<void> {
    // The NOTIFY rides in the same statement (one round trip); Postgres delivers it at commit
    // only, and once per transaction however many events it holds.
    await manager.query(
      `WITH stored AS (INSERT INTO ${this.table} (id, topic, key, type, envelope) VALUES ($1, $2, $3, $4, $5) RETURNING 1)
       SELECT pg_notify($6, '') FROM stored`,
      [envelope.id, topic, envelope.subject, envelope.type, JSON.stringify(envelope), outboxChannel(this.schema)],
    );
  }

  /**
   * SQL of two CTEs that store one event per row of `options.from`, its CloudEvents envelope
   * built by Postgres, and send the NOTIFY — so a hot path can change state and publish its event
   * in ONE statement (atomic without an explicit transaction, one round trip). Put them in the
   * statement's top-level WITH (Postgres allows data-modifying CTEs only there) and read
   * `options.name` in the final SELECT, e.g. `(SELECT count(*) FROM <name>)`: a CTE the statement
   * never reads is not run. The data is not checked against the catalog here (consumers check it
   * and dead-letter what fails), so a test of the caller must parse what it writes.
   *
   * @param options.name name of the CTE to read (`<name>_stored` is also defined)
   * @param options.from SQL of a relation (e.g. an earlier CTE) with the rows to publish about
   * @param options.subject SQL expression over `from`'s columns: the subject (Kafka key), text
   * @param options.data SQL expression over `from`'s columns: `data`, json
   * @param options.firstParam number of the first `$n` placeholder it may use (it uses four)
   * @returns the SQL and the values of its placeholders, in order
   */
  eventCtes(
    definition: EventDefinition,
    options: { name: string; from: string; subject: string; data: string; firstParam: number },
  ): { sql: string; params: unknown[] } {
    const [topic, type, source, channel] = [0, 1, 2, 3].map((i) => `$${options.firstParam + i}`);
    return {
      sql: `${options.name}_stored AS (
          INSERT INTO ${this.table} (id, topic, key, type, envelope)
          SELECT ev.id, ${topic}::text, (${options.subject}), ${type}::text, json_build_object(
            'specversion', '1.0', 'id', ev.id, 'source', ${source}::text, 'type', ${type}::text,
            'subject', (${options.subject}),
            'time', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
            'datacontenttype', 'application/json', 'data', (${options.data}))
          FROM ${options.from} CROSS JOIN LATERAL (SELECT gen_random_uuid() AS id) ev
          RETURNING 1),
        ${options.name} AS (SELECT pg_notify(${channel}::text, '') FROM ${options.name}_stored)`,
      params: [definition.topic, definition.type, this.source, outboxChannel(this.schema)],
    };
  }
}
