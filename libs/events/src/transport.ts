/**
 * The transport interface: how events travel between the relay (producer) and
 * consumers. Two implementations with the same semantics — Kafka (kafkajs) and
 * Postgres (the embedded default) — chosen by configuration.
 *
 * Semantics every transport guarantees (the contract suite checks them):
 * - durable: `send` resolves only once the records are stored;
 * - ordered per key: records with the same key reach a consumer group in send order;
 * - consumer groups: every group gets every record; consumers of one group split the
 *   partitions between them, so each record is handled by one of them;
 * - at-least-once: a group's position advances only after `handle` resolved, so a crash
 *   redelivers (the idempotent consumer above the transport turns that into exactly-once effects).
 */

/** A record to send. `value` is the JSON CloudEvents envelope. */
export interface OutboundRecord {
  topic: string;
  /** Partitioning and ordering key: the aggregate id. */
  key: string;
  value: string;
  headers?: Record<string, string>;
}

/** A record delivered to a consumer. */
export interface InboundRecord {
  topic: string;
  partition: number;
  /** Position inside the partition (decimal string, like Kafka offsets). */
  offset: string;
  key: string;
  value: string;
  headers: Record<string, string>;
}

/** A topic and its partition count. */
export interface TopicSpec {
  name: string;
  partitions: number;
}

/** Options of {@link Transport.subscribe}. */
export interface SubscribeOptions {
  /** Consumer group: each group has its own position in every partition. */
  group: string;
  topics: string[];
  /**
   * Called once per record, one at a time per partition, in partition order.
   * Resolving commits the group's position past the record; throwing makes the
   * transport deliver the same record again after a backoff (never skip it).
   */
  handle(record: InboundRecord): Promise<void>;
  /**
   * Optional batch form, used instead of `handle` when given: consecutive
   * records of one partition, in order. Resolving commits the position past
   * the last one; throwing delivers the same batch again after a backoff.
   */
  handleBatch?(records: InboundRecord[]): Promise<void>;
  /**
   * Where a group starts in a partition it has no stored position for:
   * `earliest` (the default: every stored record) or `latest` (only records sent after
   * `subscribe` resolved: a live tail, no backlog). A group with stored positions
   * resumes there either way.
   */
  from?: 'earliest' | 'latest';
  /**
   * The group lives only as long as this subscription (one member, e.g. a gateway
   * instance tailing events): `stop` deletes its stored positions. A process that dies
   * without `stop` leaves them behind (Kafka expires them; on Postgres they are a few
   * inert rows). Default false.
   */
  ephemeral?: boolean;
}

/** A running subscription. */
export interface Subscription {
  /** Stops fetching, lets the record in hand finish, leaves the group. */
  stop(): Promise<void>;
}

/**
 * Moves a service's outbox into the event log inside the database, when the log lives in the
 * same database as the outbox (the Postgres transport on the service's own database).
 */
export interface OutboxMover {
  /**
   * Moves up to `limit` of the oldest events of `outboxTable` (schema-qualified, quoted) into
   * the log in ONE transaction: delete from the outbox, append in outbox order, NOTIFY. Nothing
   * is lost or duplicated, whatever dies when.
   * @param beforeCommit runs with the moved records before the transaction commits (benchmarks
   *   time it; crash tests die in it); without it the move is a single statement
   * @returns the number of events moved
   * @throws when the database fails (the events stay in the outbox)
   */
  move(
    outboxTable: string,
    limit: number,
    beforeCommit?: (records: OutboundRecord[]) => void | Promise<void>,
  ): Promise<number>;
}

/** One event transport. */
export interface Transport {
  readonly kind: 'kafka' | 'postgres';
  /** Creates the topics when the transport can (real Kafka, Postgres); harmless when they exist. */
  ensureTopics(topics: TopicSpec[]): Promise<void>;
  /** Stores the records durably; resolves after the acknowledgement. Order within a key is kept. */
  send(records: OutboundRecord[]): Promise<void>;
  /**
   * A mover for outboxes in the database at `databaseUrl`, when this transport's log lives in
   * that same database (Postgres only); undefined otherwise: the relay then reads the outbox
   * and calls `send`.
   */
  outboxMover?(databaseUrl: string): OutboxMover | undefined;
  subscribe(options: SubscribeOptions): Promise<Subscription>;
  /** Records not yet consumed by `group` on `topics` (consumer lag), for metrics. */
  lag(group: string, topics: string[]): Promise<number>;
  close(): Promise<void>;
}
