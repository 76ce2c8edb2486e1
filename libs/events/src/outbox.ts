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
}
