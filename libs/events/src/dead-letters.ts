import { encodeCursor, type KeysetCursor, type Page } from '@sectorwars/platform';
import type { DataSource } from 'typeorm';
import { parseEnvelope } from './envelope';
import type { Outbox } from './outbox';
import { quoteIdent } from './tables';
import type { InboundRecord, Transport } from './transport';

/** A dead letter as stored. */
export interface DeadLetter {
  id: string;
  consumerGroup: string;
  topic: string;
  eventId: string | null;
  type: string | null;
  /** The record's value as received (the JSON envelope, or whatever arrived). */
  raw: string;
  error: string;
  attempts: number;
  createdAt: Date;
  replayedAt: Date | null;
}

/** Suffix of the Kafka topic that mirrors a topic's dead letters. */
export const DLQ_SUFFIX = '.dlq';

/**
 * The dead-letter store of one service: events its consumers gave up on, with
 * the error. On Kafka each dead letter is also copied to `<topic>.dlq` for
 * operators' tools. Replay republishes the event to its topic through the
 * service's outbox: the group that failed handles it again, every other group
 * skips it as already consumed.
 */
export class DeadLetterStore {
  private readonly table: string;

  constructor(
    private readonly dataSource: DataSource,
    schema: string,
    private readonly outbox: Outbox,
    /** Needed to add dead letters on Kafka (the `.dlq` copy); listing and replaying work without. */
    private readonly transport?: Transport,
  ) {
    this.table = `${quoteIdent(schema)}.dead_letters`;
  }

  /** Stores a dead letter (and mirrors it to `<topic>.dlq` on Kafka). */
  async add(entry: {
    group: string;
    record: InboundRecord;
    eventId?: string;
    type?: string;
    error: string;
    attempts: number;
  }) {
    const { record } = entry;
    await this.dataSource.query(
      `INSERT INTO ${this.table} (consumer_group, topic, event_id, type, raw, error, attempts) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        entry.group,
        record.topic,
        entry.eventId ?? null,
        entry.type ?? null,
        record.value,
        entry.error.slice(0, 4000),
        entry.attempts,
      ],
    );
    if (this.transport?.kind === 'kafka') {
      await this.transport.send([
        {
          topic: `${record.topic}${DLQ_SUFFIX}`,
          key: record.key,
          value: record.value,
          headers: { 'x-consumer-group': entry.group, 'x-error': entry.error.slice(0, 1000) },
        },
      ]);
    }
  }

  /**
   * One page of dead letters, newest first (keyset pagination on created_at, id).
   * @param options `pending` (default true) leaves out replayed ones; `first` 1–100 (50)
   */
  async page(
    options: { pending?: boolean; group?: string; first?: number; after?: KeysetCursor | null } = {},
  ): Promise<Page<DeadLetter>> {
    const first = Math.min(options.first ?? 50, 100);
    const filter = `($1::boolean IS FALSE OR replayed_at IS NULL) AND ($2::text IS NULL OR consumer_group = $2)`;
    const params = [options.pending ?? true, options.group ?? null];
    const [{ n }] = await this.dataSource.query(`SELECT count(*)::int AS n FROM ${this.table} WHERE ${filter}`, params);
    const rows = await this.dataSource.query(
      `SELECT * FROM ${this.table}
       WHERE ${filter} AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
       ORDER BY created_at DESC, id DESC LIMIT $5`,
      [...params, options.after?.at ?? null, options.after?.id ?? null, first + 1],
    );
    const nodes = (rows as Record<string, unknown>[]).slice(0, first).map(toDeadLetter);
    return {
      nodes,
      cursors: nodes.map((d) => encodeCursor({ at: d.createdAt.toISOString(), id: d.id })),
      hasNextPage: rows.length > first,
      totalCount: n,
    };
  }

  /** The first page of {@link page}, as a plain list. */
  async list(options: { pending?: boolean; group?: string; first?: number } = {}): Promise<DeadLetter[]> {
    return (await this.page(options)).nodes;
  }

  /** Dead letters not yet replayed. */
  async countPending(): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM ${this.table} WHERE replayed_at IS NULL`,
    );
    return n;
  }

  /**
   * Republishes a dead letter to its topic and marks it replayed, in one transaction.
   * @returns the replayed dead letter, or null when there is no such pending dead letter
   * @throws Error when the stored record is not a valid CloudEvent (nothing to replay)
   */
  async replay(id: string): Promise<DeadLetter | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `SELECT * FROM ${this.table} WHERE id = $1 AND replayed_at IS NULL FOR UPDATE`,
        [id],
      );
      if (!row) return null;
      const envelope = parseEnvelope(row.raw);
      await this.outbox.insert(manager, row.topic, envelope);
      await manager.query(`UPDATE ${this.table} SET replayed_at = now() WHERE id = $1`, [id]);
      return toDeadLetter({ ...row, replayed_at: new Date() });
    });
  }
}

function toDeadLetter(row: Record<string, unknown>): DeadLetter {
  return {
    id: row.id as string,
    consumerGroup: row.consumer_group as string,
    topic: row.topic as string,
    eventId: row.event_id as string | null,
    type: row.type as string | null,
    raw: row.raw as string,
    error: row.error as string,
    attempts: row.attempts as number,
    createdAt: row.created_at as Date,
    replayedAt: row.replayed_at as Date | null,
  };
}
