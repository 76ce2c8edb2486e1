import type { Logger } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { EventDefinition } from './catalog/define';
import type { DeadLetterStore } from './dead-letters';
import { type EventEnvelope, parseEnvelope, validateData } from './envelope';
import type { EventMetrics } from './metrics';
import { quoteIdent } from './tables';
import type { InboundRecord, Subscription, Transport } from './transport';

/** What a handler receives. */
export interface ConsumedEvent<T = unknown> {
  envelope: EventEnvelope<T>;
  /** `envelope.data`, parsed by the event's schema. */
  data: T;
  record: InboundRecord;
}

/** Handles one event inside the transaction that also records it as consumed. */
export type EventHandler = (event: ConsumedEvent, manager: EntityManager) => Promise<void>;

/** Options of {@link EventConsumer}. */
export interface ConsumerOptions {
  /** The consuming service's data source; its schema holds `consumed_events`. */
  dataSource: DataSource;
  schema: string;
  transport: Transport;
  deadLetters: DeadLetterStore;
  /** Consumer group, e.g. `governance.voter-roll`. */
  group: string;
  /** Event types handled; other types on the same topics are skipped. */
  types: EventDefinition[];
  handler: EventHandler;
  logger: Logger;
  metrics?: EventMetrics;
  /** Attempts before an event goes to the dead-letter store (5). */
  maxAttempts?: number;
  /** First retry delay, ms, doubled each attempt (200). */
  backoffMs?: number;
  /** Called after the handler's transaction committed, before the transport commits its position (benchmarks, crash tests). */
  onHandled?: (event: ConsumedEvent) => void | Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * An idempotent consumer: each event runs its handler inside a transaction
 * that also inserts `(group, event id)` into `consumed_events`; a redelivered
 * event finds its row and is skipped, so at-least-once delivery gives
 * exactly-once effects. A failing handler is retried with exponential backoff;
 * after `maxAttempts` the event goes to the dead-letter store. An envelope that
 * is not a valid CloudEvent, or whose data fails its schema, goes there at once.
 */
export class EventConsumer {
  private subscription?: Subscription;
  private readonly consumedTable: string;
  private readonly byType: Map<string, EventDefinition>;

  constructor(private readonly options: ConsumerOptions) {
    this.consumedTable = `${quoteIdent(options.schema)}.consumed_events`;
    this.byType = new Map(options.types.map((d) => [d.type, d]));
  }

  /** Topics this consumer reads. */
  get topics(): string[] {
    return [...new Set(this.options.types.map((d) => d.topic))];
  }

  get group(): string {
    return this.options.group;
  }

  async start(): Promise<void> {
    this.subscription = await this.options.transport.subscribe({
      group: this.options.group,
      topics: this.topics,
      handle: (record) => this.handleRecord(record),
      handleBatch: (records) => this.handleBatch(records),
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /**
   * Processes one record. Resolves once the event is handled, skipped or
   * dead-lettered; throws only when the dead-letter store itself fails (the
   * transport then redelivers).
   */
  async handleRecord(record: InboundRecord): Promise<void> {
    const { group, metrics } = this.options;
    const prepared = await this.prepare(record);
    if (!prepared) return;
    const event = prepared;
    const maxAttempts = this.options.maxAttempts ?? 5;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const handled = await this.processOnce(event);
        metrics?.handled.inc({ group, outcome: handled ? 'handled' : 'duplicate' });
        if (handled) await this.options.onHandled?.(event);
        return;
      } catch (error) {
        metrics?.handled.inc({ group, outcome: 'failed_attempt' });
        if (attempt >= maxAttempts) {
          return this.deadLetter(record, (error as Error).stack ?? String(error), attempt, event.envelope);
        }
        const delay = (this.options.backoffMs ?? 200) * 2 ** (attempt - 1);
        this.options.logger.warn(
          { err: error, group, eventId: event.envelope.id, attempt, retryInMs: delay },
          'event handler failed',
        );
        await sleep(delay);
      }
    }
  }

  /**
   * Processes consecutive records of one partition in one transaction (one
   * `consumed_events` insert for all, then the handler for each new event, in
   * order). When any handler fails, the batch rolls back and its records are
   * processed one by one, so only the failing event is retried and dead-lettered.
   */
  async handleBatch(records: InboundRecord[]): Promise<void> {
    if (records.length === 1) return this.handleRecord(records[0]);
    const { group, metrics } = this.options;
    const events: ConsumedEvent[] = [];
    for (const record of records) {
      const event = await this.prepare(record);
      if (event) events.push(event);
    }
    if (!events.length) return;
    let handled: ConsumedEvent[];
    try {
      handled = await this.options.dataSource.transaction(async (manager) => {
        const inserted: { event_id: string }[] = await manager.query(
          `INSERT INTO ${this.consumedTable} (consumer_group, event_id) SELECT $1, unnest($2::text[]) ON CONFLICT DO NOTHING RETURNING event_id`,
          [group, events.map((e) => e.envelope.id)],
        );
        const fresh = new Set(inserted.map((r) => r.event_id));
        const done: ConsumedEvent[] = [];
        for (const event of events) {
          // `delete` also drops a second copy of the same event inside this batch (a relay resend).
          if (!fresh.delete(event.envelope.id)) continue;
          await this.options.handler(event, manager);
          done.push(event);
        }
        return done;
      });
    } catch (error) {
      this.options.logger.warn({ err: error, group, size: events.length }, 'event batch failed; processing one by one');
      for (const event of events) await this.handleRecord(event.record);
      return;
    }
    metrics?.handled.inc({ group, outcome: 'handled' }, handled.length);
    if (events.length > handled.length)
      metrics?.handled.inc({ group, outcome: 'duplicate' }, events.length - handled.length);
    for (const event of handled) await this.options.onHandled?.(event);
  }

  /**
   * Parses and validates a record.
   * @returns the event, or null when it was skipped (another type) or dead-lettered (invalid)
   */
  private async prepare(record: InboundRecord): Promise<ConsumedEvent | null> {
    const { group, metrics } = this.options;
    let envelope: EventEnvelope;
    try {
      envelope = parseEnvelope(record.value);
    } catch (error) {
      await this.deadLetter(record, `invalid envelope: ${(error as Error).message}`, 0);
      return null;
    }
    const definition = this.byType.get(envelope.type);
    if (!definition) {
      metrics?.handled.inc({ group, outcome: 'ignored' });
      return null;
    }
    const valid = validateData(definition, envelope);
    if (!valid.ok) {
      await this.deadLetter(record, `data fails ${envelope.type}: ${valid.reason}`, 0, envelope);
      return null;
    }
    return { envelope, data: valid.data, record };
  }

  /** @returns false when this group had already consumed the event */
  private processOnce(event: ConsumedEvent): Promise<boolean> {
    return this.options.dataSource.transaction(async (manager) => {
      const inserted = await manager.query(
        `INSERT INTO ${this.consumedTable} (consumer_group, event_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
        [this.options.group, event.envelope.id],
      );
      if (!inserted.length) return false;
      await this.options.handler(event, manager);
      return true;
    });
  }

  private async deadLetter(record: InboundRecord, error: string, attempts: number, envelope?: EventEnvelope) {
    const { group, logger, metrics } = this.options;
    logger.error(
      { group, topic: record.topic, offset: record.offset, eventId: envelope?.id, error },
      'event dead-lettered',
    );
    await this.options.deadLetters.add({ group, record, eventId: envelope?.id, type: envelope?.type, error, attempts });
    metrics?.handled.inc({ group, outcome: 'dead_lettered' });
  }
}
