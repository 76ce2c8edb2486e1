import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from '@sectorwars/platform';
import pg from 'pg';
import { DEFAULT_PARTITIONS } from '../catalog/define';
import type {
  InboundRecord,
  OutboundRecord,
  OutboxMover,
  SubscribeOptions,
  Subscription,
  TopicSpec,
  Transport,
} from '../transport';
import { WakeSignal } from '../wake-signal';

/**
 * The Postgres event bus: Kafka's log semantics on the platform's own database,
 * so one machine needs no broker. Why our own code: job queues (pg-boss,
 * graphile-worker) delete or archive a job once one worker took it; they have
 * no per-group positions over a shared log, no partition split between the
 * members of a group, and no lag. This is that log, and nothing more:
 *
 * - `eventbus.records`: an append-only log per (topic, partition); the partition is a hash
 *   of the key, so one key's records stay in order;
 * - `eventbus.partitions.next_offset`: appends lock this row, so offsets are dense and
 *   become visible in commit order;
 * - `eventbus.group_offsets`: each consumer group's position per partition;
 * - `eventbus.group_members`: heartbeats; live members split the partitions round-robin and
 *   own them through session advisory locks (a crashed member's locks vanish with its connection).
 */
export interface PostgresTransportOptions {
  connectionString: string;
  logger?: Pick<Logger, 'info' | 'warn' | 'error' | 'debug'>;
  /** A member that missed heartbeats this long (ms) is dropped and its partitions reassigned (10 000). */
  sessionTimeoutMs?: number;
  /** Heartbeat and rebalance period, ms (1 000). */
  heartbeatIntervalMs?: number;
  /** Fallback poll period of an idle partition when no NOTIFY arrives, ms (500). */
  pollIntervalMs?: number;
  /** Records fetched per query (200). */
  fetchSize?: number;
  /** Partitions of topics created implicitly (4). */
  defaultPartitions?: number;
  /** Connections of the transport's pool (5; idle ones close after 2 s). */
  poolSize?: number;
}

const CHANNEL = 'sectorwars_eventbus';

/**
 * NOTIFY payload after an append: `<topic> <partition>`, so only that partition's workers wake
 * (topic names hold no spaces). A bare `<topic>` (older writers) wakes every worker of the topic.
 */
const notifyPayload = (topic: string, partition: number) => `${topic} ${partition}`;

const SCHEMA_SQL = `
  CREATE SCHEMA IF NOT EXISTS eventbus;
  CREATE TABLE IF NOT EXISTS eventbus.topics (
    topic text PRIMARY KEY,
    partitions int NOT NULL CHECK (partitions > 0)
  );
  CREATE TABLE IF NOT EXISTS eventbus.partitions (
    topic text NOT NULL REFERENCES eventbus.topics (topic),
    partition int NOT NULL,
    next_offset bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (topic, partition)
  );
  CREATE TABLE IF NOT EXISTS eventbus.records (
    topic text NOT NULL,
    partition int NOT NULL,
    "offset" bigint NOT NULL,
    key text NOT NULL,
    value text NOT NULL,
    headers jsonb NOT NULL DEFAULT '{}',
    appended_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, partition, "offset")
  );
  CREATE TABLE IF NOT EXISTS eventbus.group_offsets (
    consumer_group text NOT NULL,
    topic text NOT NULL,
    partition int NOT NULL,
    next_offset bigint NOT NULL,
    PRIMARY KEY (consumer_group, topic, partition)
  );
  CREATE TABLE IF NOT EXISTS eventbus.group_members (
    consumer_group text NOT NULL,
    member_id uuid NOT NULL,
    heartbeat_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer_group, member_id)
  );
  -- The functions are created once, by whichever service gets here first: CREATE OR REPLACE would
  -- need every service's role to own them. A changed body therefore needs a new name or signature.
  DO $do$ BEGIN
  IF to_regprocedure('eventbus.partition_for(text, integer)') IS NULL THEN
  -- partitionFor() in SQL: the first 4 bytes of md5(key), big-endian unsigned, modulo the count.
  CREATE FUNCTION eventbus.partition_for(p_key text, p_partitions int) RETURNS int
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT ((('x' || substr(md5(p_key), 1, 8))::bit(32)::bigint) % p_partitions)::int $$;
  END IF;
  IF to_regprocedure('eventbus.move_outbox(regclass, integer, integer, text)') IS NULL THEN
  -- OutboxMover: a service's outbox batch into the log, in the caller's transaction (one statement).
  CREATE FUNCTION eventbus.move_outbox(
    p_outbox regclass, p_limit int, p_default_partitions int, p_channel text)
  RETURNS TABLE (r_topic text, r_key text, r_value text)
  LANGUAGE plpgsql VOLATILE AS $fn$
  DECLARE
    v_topics text[];
    v_keys text[];
    v_values text[];
    v_parts int[];
  BEGIN
    -- 1. Take the oldest events (outbox order: in order per key) out of the outbox.
    EXECUTE format(
      'WITH moved AS (
         DELETE FROM %s o WHERE o.seq IN (SELECT seq FROM %s ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
         RETURNING o.seq, o.topic, o.key, o.envelope::text AS value)
       SELECT array_agg(topic ORDER BY seq), array_agg(key ORDER BY seq), array_agg(value ORDER BY seq) FROM moved',
      p_outbox, p_outbox) USING p_limit INTO v_topics, v_keys, v_values;
    IF v_topics IS NULL THEN
      RETURN;
    END IF;
    -- 2. Topics nobody created yet get the default partition count, as send() does.
    IF EXISTS (SELECT 1 FROM unnest(v_topics) u(t) WHERE NOT EXISTS (SELECT 1 FROM eventbus.topics tp WHERE tp.topic = u.t)) THEN
      INSERT INTO eventbus.topics (topic, partitions)
        SELECT DISTINCT u.t, p_default_partitions FROM unnest(v_topics) u(t) ON CONFLICT (topic) DO NOTHING;
      INSERT INTO eventbus.partitions (topic, partition)
        SELECT tp.topic, g FROM eventbus.topics tp, generate_series(0, tp.partitions - 1) g
        WHERE tp.topic = ANY (v_topics) ON CONFLICT DO NOTHING;
    END IF;
    -- 3. Each event's partition, computed once.
    SELECT array_agg(eventbus.partition_for(u.k, tp.partitions) ORDER BY u.ord) INTO v_parts
      FROM unnest(v_topics, v_keys) WITH ORDINALITY AS u(t, k, ord) JOIN eventbus.topics tp ON tp.topic = u.t;
    -- 4. Lock the partitions in one global order (as send() does), so concurrent appenders cannot deadlock.
    PERFORM 1 FROM eventbus.partitions p
      WHERE (p.topic, p.partition) IN (SELECT * FROM unnest(v_topics, v_parts))
      ORDER BY p.topic, p.partition FOR UPDATE;
    -- 5. Append: dense offsets per partition, in outbox order.
    WITH r AS (
      SELECT * FROM unnest(v_topics, v_parts, v_keys, v_values) WITH ORDINALITY AS u(t, part, k, v, ord)
    ), counted AS (
      SELECT r.t, r.part, count(*) AS n FROM r GROUP BY r.t, r.part
    ), bumped AS (
      UPDATE eventbus.partitions p SET next_offset = p.next_offset + c.n FROM counted c
      WHERE p.topic = c.t AND p.partition = c.part
      RETURNING p.topic, p.partition, p.next_offset - c.n AS first
    )
    INSERT INTO eventbus.records (topic, partition, "offset", key, value)
    SELECT r.t, r.part, b.first + row_number() OVER (PARTITION BY r.t, r.part ORDER BY r.ord) - 1, r.k, r.v
    FROM r JOIN bumped b ON b.topic = r.t AND b.partition = r.part;
    -- 6. Wake the consumers of the partitions appended to when the transaction commits.
    PERFORM pg_notify(p_channel, d.t || ' ' || d.part) FROM (SELECT DISTINCT * FROM unnest(v_topics, v_parts)) d(t, part);
    RETURN QUERY SELECT * FROM unnest(v_topics, v_keys, v_values);
  END $fn$;
  END IF;
  END $do$;
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Partition of `key` among `partitions`: stable across processes and restarts. */
export function partitionFor(key: string, partitions: number): number {
  return createHash('md5').update(key).digest().readUInt32BE(0) % partitions;
}

/** Creates the Postgres transport (lazy: the schema is created on first use). */
export function createPostgresTransport(options: PostgresTransportOptions): Transport {
  return new PostgresTransport(options);
}

class PostgresTransport implements Transport {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private schemaReady?: Promise<void>;
  private readonly partitionCounts = new Map<string, number>();
  private readonly subscriptions = new Set<PostgresSubscription>();

  constructor(readonly options: PostgresTransportOptions) {
    // Small and quick to shrink: every service has one, and each idle backend costs Postgres ~15–25 MB RSS.
    this.pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.poolSize ?? 5,
      idleTimeoutMillis: 2000,
    });
    this.pool.on('error', (error) => options.logger?.warn({ err: error }, 'event bus pool connection failed'));
  }

  /** Creates the `eventbus` schema once per process (idempotent; serialised across processes). */
  ready(): Promise<void> {
    this.schemaReady ??= (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('sectorwars.eventbus.schema'))`);
        await client.query(SCHEMA_SQL);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        this.schemaReady = undefined;
        throw error;
      } finally {
        client.release();
      }
    })();
    return this.schemaReady;
  }

  async ensureTopics(topics: TopicSpec[]): Promise<void> {
    await this.ready();
    for (const { name, partitions } of topics) {
      await this.pool.query(
        `WITH t AS (INSERT INTO eventbus.topics (topic, partitions) VALUES ($1, $2) ON CONFLICT (topic) DO NOTHING)
         INSERT INTO eventbus.partitions (topic, partition) SELECT $1, p FROM generate_series(0, $2 - 1) AS p
         ON CONFLICT DO NOTHING`,
        [name, partitions],
      );
    }
  }

  /** Partition count of `topic`, creating it with the default count when unknown. */
  async partitionsOf(topic: string): Promise<number> {
    const cached = this.partitionCounts.get(topic);
    if (cached) return cached;
    await this.ready();
    let { rows } = await this.pool.query('SELECT partitions FROM eventbus.topics WHERE topic = $1', [topic]);
    if (!rows.length) {
      await this.ensureTopics([{ name: topic, partitions: this.options.defaultPartitions ?? DEFAULT_PARTITIONS }]);
      ({ rows } = await this.pool.query('SELECT partitions FROM eventbus.topics WHERE topic = $1', [topic]));
    }
    const count = rows[0].partitions as number;
    this.partitionCounts.set(topic, count);
    return count;
  }

  async send(records: OutboundRecord[]): Promise<void> {
    if (!records.length) return;
    const groups = new Map<string, { topic: string; partition: number; records: OutboundRecord[] }>();
    for (const record of records) {
      const partition = partitionFor(record.key, await this.partitionsOf(record.topic));
      const id = `${record.topic}\u0000${partition}`;
      const group = groups.get(id) ?? { topic: record.topic, partition, records: [] };
      group.records.push(record);
      groups.set(id, group);
    }
    // Lock partition rows in one global order, so concurrent senders cannot deadlock.
    const ordered = [...groups.values()].sort((a, b) =>
      a.topic === b.topic ? a.partition - b.partition : a.topic < b.topic ? -1 : 1,
    );
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const group of ordered) {
        const n = group.records.length;
        const { rows } = await client.query(
          `UPDATE eventbus.partitions SET next_offset = next_offset + $3
           WHERE topic = $1 AND partition = $2 RETURNING next_offset - $3 AS first`,
          [group.topic, group.partition, n],
        );
        await client.query(
          `INSERT INTO eventbus.records (topic, partition, "offset", key, value, headers)
           SELECT $1, $2, $3::bigint + t.ord - 1, t.key, t.value, t.headers
           FROM unnest($4::text[], $5::text[], $6::jsonb[]) WITH ORDINALITY AS t(key, value, headers, ord)`,
          [
            group.topic,
            group.partition,
            rows[0].first,
            group.records.map((r) => r.key),
            group.records.map((r) => r.value),
            group.records.map((r) => JSON.stringify(r.headers ?? {})),
          ],
        );
      }
      // One statement whatever the number of partitions appended to.
      await client.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [
        CHANNEL,
        ordered.map((group) => notifyPayload(group.topic, group.partition)),
      ]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * Same database (the URLs are equal): the outbox is moved by `eventbus.move_outbox` in one
   * statement instead of a read, a `send` transaction and a delete (~10 round trips per batch).
   */
  outboxMover(databaseUrl: string): OutboxMover | undefined {
    if (databaseUrl !== this.options.connectionString) return undefined;
    const partitions = this.options.defaultPartitions ?? DEFAULT_PARTITIONS;
    return {
      move: async (outboxTable, limit, beforeCommit) => {
        await this.ready();
        const params = [outboxTable, limit, partitions, CHANNEL];
        if (!beforeCommit) {
          const { rows } = await this.pool.query(
            'SELECT count(*)::int AS n FROM eventbus.move_outbox($1::regclass, $2, $3, $4)',
            params,
          );
          return rows[0].n as number;
        }
        const client = await this.pool.connect();
        try {
          await client.query('BEGIN');
          const { rows } = await client.query<{ r_topic: string; r_key: string; r_value: string }>(
            'SELECT * FROM eventbus.move_outbox($1::regclass, $2, $3, $4)',
            params,
          );
          if (rows.length) await beforeCommit(rows.map((r) => ({ topic: r.r_topic, key: r.r_key, value: r.r_value })));
          await client.query('COMMIT');
          return rows.length;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {});
          throw error;
        } finally {
          client.release();
        }
      },
    };
  }

  async subscribe(options: SubscribeOptions): Promise<Subscription> {
    await this.ready();
    for (const topic of options.topics) await this.partitionsOf(topic);
    if (options.from === 'latest') {
      // Fix the start now, not when a worker first reads its position (a rebalance can
      // delay that), so every record sent after `subscribe` resolves is delivered. Records
      // of a send still in flight get offsets at or past the committed next_offset read here.
      await this.pool.query(
        `INSERT INTO eventbus.group_offsets (consumer_group, topic, partition, next_offset)
         SELECT $1, topic, partition, next_offset FROM eventbus.partitions WHERE topic = ANY($2)
         ON CONFLICT (consumer_group, topic, partition) DO NOTHING`,
        [options.group, options.topics],
      );
    }
    const subscription = new PostgresSubscription(this, options);
    this.subscriptions.add(subscription);
    await subscription.start();
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  async lag(group: string, topics: string[]): Promise<number> {
    await this.ready();
    const { rows } = await this.pool.query(
      `SELECT coalesce(sum(p.next_offset - coalesce(o.next_offset, 0)), 0)::bigint AS lag
       FROM eventbus.partitions p
       LEFT JOIN eventbus.group_offsets o ON o.consumer_group = $1 AND o.topic = p.topic AND o.partition = p.partition
       WHERE p.topic = ANY($2)`,
      [group, topics],
    );
    return Number(rows[0].lag);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.subscriptions.clear();
    await this.pool.end();
  }
}

/** One member of a consumer group: heartbeats, takes its share of partitions, runs a worker per partition. */
class PostgresSubscription {
  private readonly memberId = randomUUID();
  private session?: pg.Client;
  private readonly workers = new Map<string, PartitionWorker>();
  private stopping = false;
  private coordinator?: Promise<void>;
  private tickWaiter?: () => void;

  constructor(
    private readonly transport: PostgresTransport,
    private readonly options: SubscribeOptions,
  ) {}

  async start(): Promise<void> {
    const session = new pg.Client({ connectionString: this.transport.options.connectionString });
    session.on('error', (error) => this.transport.options.logger?.warn({ err: error }, 'event bus session lost'));
    session.on('notification', (message) => {
      const [topic, partition] = (message.payload ?? '').split(' ');
      for (const worker of this.workers.values()) {
        if (worker.topic === topic && (partition === undefined || worker.partition === Number(partition)))
          worker.wake();
      }
    });
    await session.connect();
    await session.query(`LISTEN ${CHANNEL}`);
    this.session = session;
    await this.tick();
    this.coordinator = this.coordinate();
  }

  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    this.tickWaiter?.();
    await this.coordinator;
    // One at a time: the session connection runs one query at a time.
    for (const id of [...this.workers.keys()]) await this.release(id);
    await this.transport.pool
      .query('DELETE FROM eventbus.group_members WHERE consumer_group = $1 AND member_id = $2', [
        this.options.group,
        this.memberId,
      ])
      .catch(() => {});
    if (this.options.ephemeral) {
      await this.transport.pool
        .query('DELETE FROM eventbus.group_offsets WHERE consumer_group = $1', [this.options.group])
        .catch((error) => this.transport.options.logger?.warn({ err: error }, 'ephemeral group cleanup failed'));
    }
    await this.session?.end().catch(() => {});
  }

  private async coordinate(): Promise<void> {
    const interval = this.transport.options.heartbeatIntervalMs ?? 1000;
    while (!this.stopping) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, interval);
        this.tickWaiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.stopping) break;
      try {
        await this.tick();
      } catch (error) {
        this.transport.options.logger?.warn({ err: error, group: this.options.group }, 'event bus rebalance failed');
      }
    }
  }

  /** Heartbeat, drop dead members, then converge on this member's round-robin share. */
  private async tick(): Promise<void> {
    const { group, topics } = this.options;
    const pool = this.transport.pool;
    const timeout = this.transport.options.sessionTimeoutMs ?? 10_000;
    await pool.query(
      `INSERT INTO eventbus.group_members (consumer_group, member_id) VALUES ($1, $2)
       ON CONFLICT (consumer_group, member_id) DO UPDATE SET heartbeat_at = now()`,
      [group, this.memberId],
    );
    await pool.query(
      `DELETE FROM eventbus.group_members WHERE consumer_group = $1 AND heartbeat_at < now() - $2 * interval '1 millisecond'`,
      [group, timeout],
    );
    const { rows: members } = await pool.query(
      'SELECT member_id FROM eventbus.group_members WHERE consumer_group = $1 ORDER BY member_id',
      [group],
    );
    const { rows: partitions } = await pool.query(
      'SELECT topic, partition FROM eventbus.partitions WHERE topic = ANY($1) ORDER BY topic, partition',
      [topics],
    );
    const index = members.findIndex((m) => m.member_id === this.memberId);
    const mine = new Set(
      partitions
        .filter((_, i) => members.length && i % members.length === index)
        .map((p) => `${p.topic}\u0000${p.partition}`),
    );
    for (const id of [...this.workers.keys()]) if (!mine.has(id)) await this.release(id);
    for (const id of mine) {
      if (this.workers.has(id) || this.stopping) continue;
      const [topic, partition] = id.split('\u0000');
      const { rows } = await this.session!.query('SELECT pg_try_advisory_lock(hashtext($1), hashtext($2)) AS locked', [
        group,
        `${topic}:${partition}`,
      ]);
      if (!rows[0].locked) continue; // its previous owner lets go on its next tick
      const worker = new PartitionWorker(this.transport, this.options, topic, Number(partition));
      this.workers.set(id, worker);
      worker.start();
    }
  }

  /** Stops a partition's worker (it commits its position) and lets the partition go. */
  private async release(id: string): Promise<void> {
    const worker = this.workers.get(id);
    if (!worker) return;
    await worker.stop();
    this.workers.delete(id);
    await this.session
      ?.query('SELECT pg_advisory_unlock(hashtext($1), hashtext($2))', [
        this.options.group,
        `${worker.topic}:${worker.partition}`,
      ])
      .catch(() => {});
  }
}

/** Consumes one partition for one group, in offset order, committing the position after each fetched batch. */
class PartitionWorker {
  private stopped = false;
  private loop?: Promise<void>;
  private readonly signal = new WakeSignal();

  constructor(
    private readonly transport: PostgresTransport,
    private readonly options: SubscribeOptions,
    readonly topic: string,
    readonly partition: number,
  ) {}

  start(): void {
    this.loop = this.run().catch((error) =>
      this.transport.options.logger?.error({ err: error, topic: this.topic }, 'event bus partition worker died'),
    );
  }

  wake(): void {
    this.signal.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.signal.wake();
    await this.loop;
  }

  private async run(): Promise<void> {
    const { pool } = this.transport;
    const { group } = this.options;
    const fetchSize = this.transport.options.fetchSize ?? 200;
    let position = await this.readPosition();
    let committed = position;
    let failures = 0;
    while (!this.stopped) {
      let rows: { offset: string; key: string; value: string; headers: Record<string, string> }[];
      try {
        ({ rows } = await pool.query(
          // Order by the bigint column, not the text alias of the same name (that would sort 10 before 2).
          `SELECT r."offset"::text AS "offset", r.key, r.value, r.headers FROM eventbus.records r
           WHERE r.topic = $1 AND r.partition = $2 AND r."offset" >= $3 ORDER BY r."offset" LIMIT $4`,
          [this.topic, this.partition, position, fetchSize],
        ));
        failures = 0;
      } catch (error) {
        failures += 1;
        this.transport.options.logger?.warn({ err: error, topic: this.topic }, 'event bus fetch failed; retrying');
        await sleep(Math.min(5000, 100 * 2 ** failures));
        continue;
      }
      if (!rows.length) {
        await this.signal.wait(this.transport.options.pollIntervalMs ?? 500);
        continue;
      }
      const records: InboundRecord[] = rows.map((row) => ({ topic: this.topic, partition: this.partition, ...row }));
      if (this.options.handleBatch) {
        if (await this.untilDone(records[0], () => this.options.handleBatch!(records))) {
          position = BigInt(rows[rows.length - 1].offset) + 1n;
        }
      } else {
        for (const record of records) {
          if (!(await this.untilDone(record, () => this.options.handle(record)))) break;
          position = BigInt(record.offset) + 1n;
        }
      }
      if (position !== committed && (await this.commit(group, position))) committed = position;
    }
    // Leaving the partition (rebalance or stop): hand over an exact position if the database lets us.
    if (position !== committed) await this.commit(group, position);
  }

  /** Runs `work` until it succeeds (backoff 100 ms doubling, cap 5 s). @returns false when stopped first */
  private async untilDone(record: InboundRecord, work: () => Promise<void>): Promise<boolean> {
    for (let attempt = 0; !this.stopped; attempt += 1) {
      try {
        await work();
        return true;
      } catch (error) {
        this.transport.options.logger?.warn(
          { err: error, topic: record.topic, offset: record.offset },
          'handler failed; redelivering',
        );
        await sleep(Math.min(5000, 100 * 2 ** attempt));
      }
    }
    return false;
  }

  private async readPosition(): Promise<bigint> {
    const { rows } = await this.transport.pool.query(
      'SELECT next_offset::text FROM eventbus.group_offsets WHERE consumer_group = $1 AND topic = $2 AND partition = $3',
      [this.options.group, this.topic, this.partition],
    );
    return rows.length ? BigInt(rows[0].next_offset) : 0n;
  }

  /**
   * Stores the group's position. A failure is logged, not thrown: the records
   * were handled, the next commit carries the position forward, and at worst a
   * restart redelivers them to the idempotent consumer.
   * @returns whether the position was stored
   */
  private async commit(group: string, position: bigint): Promise<boolean> {
    try {
      await this.transport.pool.query(
        `INSERT INTO eventbus.group_offsets (consumer_group, topic, partition, next_offset) VALUES ($1, $2, $3, $4)
         ON CONFLICT (consumer_group, topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset`,
        [group, this.topic, this.partition, position.toString()],
      );
      return true;
    } catch (error) {
      this.transport.options.logger?.warn({ err: error, topic: this.topic }, 'event bus position commit failed');
      return false;
    }
  }
}
