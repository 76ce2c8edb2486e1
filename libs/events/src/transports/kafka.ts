/**
 * The Kafka transport (kafkajs 2.2.4): the scale-out implementation of {@link Transport},
 * with the same semantics as the Postgres one (checked by `transport-contract.ts`).
 *
 * Works against a real cluster and against the librdkafka 2.0.2 mock cluster the tests
 * use. What the mock lacks, and how this file copes:
 * - no CreateTopics API (it is absent from its ApiVersions, and its metadata names
 *   controller 0, a broker that does not exist): `ensureTopics` falls back to metadata,
 *   which auto-creates unknown topics with 4 partitions on the mock;
 * - no idempotent producer: `idempotent` is off unless asked for;
 * - kafkajs' default consumer timings make every group (re)join wait ~30 s on it:
 *   {@link KAFKA_CONSUMER_DEFAULTS} are short enough for it and valid on real clusters.
 */
import {
  type Admin,
  type EachBatchHandler,
  type EachMessageHandler,
  type IHeaders,
  Kafka,
  type KafkaMessage,
  type LogEntry,
  logLevel,
  Partitioners,
} from 'kafkajs';
import type { InboundRecord, OutboundRecord, SubscribeOptions, Subscription, TopicSpec, Transport } from '../transport';

/** The logging surface the transport needs; a pino `Logger` fits. `debug` is optional. */
export interface KafkaTransportLogger {
  debug?(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Settings of every consumer a subscription creates; times in milliseconds. */
export interface KafkaConsumerOptions {
  /** The coordinator drops a member silent for this long; also bounds how long a rejoin waits for it. */
  sessionTimeout?: number;
  /** How often a member tells the coordinator it is alive; must be below `sessionTimeout`. */
  heartbeatInterval?: number;
  /** How long a fetch waits on the broker for new records when there are none. */
  maxWaitTimeInMs?: number;
  /** Most records per `handleBatch` call (a fetched batch is split into calls of this size). */
  maxBatchSize?: number;
  /**
   * Partitions handled at once by one consumer (each partition stays in order). Without it
   * kafkajs handles one partition at a time, so a slow or retrying record holds up them all.
   */
  partitionsConsumedConcurrently?: number;
}

/** Options of {@link createKafkaTransport}. */
export interface KafkaTransportOptions {
  /** Bootstrap brokers, `host:port` each (split `KAFKA_BROKERS` on commas). */
  brokers: string[];
  /** Client id the brokers see in their logs and quotas, e.g. the service name. */
  clientId: string;
  /** Receives kafkajs' warnings and errors (its chatty info lines go to `debug`). Default: warnings and errors to the console. */
  logger?: KafkaTransportLogger;
  /** Overrides of {@link KAFKA_CONSUMER_DEFAULTS}. */
  consumer?: KafkaConsumerOptions;
  /** Idempotent producer (exactly-once appends per partition). Off by default: the mock cluster rejects it. */
  idempotent?: boolean;
}

/**
 * Consumer settings used unless overridden. kafkajs' defaults (30 s session, 5 s fetch wait)
 * make each group rejoin against the librdkafka mock take ~29 s and each idle fetch ~5 s;
 * these keep rebalances to a few seconds and still suit a real cluster. Do not go below
 * ~3.5 s of session on the mock: it answers a first JoinGroup after 3 s, and a session that
 * expires sooner leaves the join unanswered until kafkajs gives up (~65 s). Batches of 200
 * match the Postgres transport's fetch size.
 */
export const KAFKA_CONSUMER_DEFAULTS: Required<KafkaConsumerOptions> = {
  sessionTimeout: 4000,
  heartbeatInterval: 1000,
  maxWaitTimeInMs: 100,
  maxBatchSize: 200,
  partitionsConsumedConcurrently: 4,
};

/** First delay before redelivering a record whose handler threw; doubles per attempt. */
const RETRY_INITIAL_MS = 100;
/** Longest delay between two attempts at the same record. */
const RETRY_MAX_MS = 5000;

const consoleLogger: KafkaTransportLogger = {
  info: () => {},
  warn: (obj, msg) => console.warn(msg, obj),
  error: (obj, msg) => console.error(msg, obj),
};

/**
 * Creates a Kafka transport. Nothing connects until first used: the producer on the first
 * `send`, the admin client on the first `ensureTopics`/`lag`, one consumer per `subscribe`.
 *
 * - `send(records)`: one `sendBatch` with acks = all, partitioned by `key` with kafkajs'
 *   `DefaultPartitioner` (murmur2, the Java client's partitioning, so other clients agree
 *   on where a key lives); calls are serialized so records of one key keep the call order
 *   even when callers do not await each other. Rejects with the kafkajs error when the
 *   brokers did not acknowledge (after kafkajs' own retries); records of a failed call
 *   may be partly stored, so the caller must resend them before anything newer.
 * - `subscribe({ group, topics, handle, handleBatch, from, ephemeral })`: a consumer in `group`,
 *   starting from the earliest record for a new group (or, with `from: 'latest'`, from the high
 *   watermarks read before joining; `ephemeral` deletes the group when it stops). Records of one partition are handled one at a
 *   time, and the position is committed right after `handle` resolves. With `handleBatch`,
 *   each call gets up to `consumer.maxBatchSize` consecutive records of one partition (as
 *   fetched) and the position is committed past the last. When the handler throws, the same
 *   record (or batch) is retried after 100 ms, 200 ms, … up to 5 s between attempts, until
 *   it succeeds or the subscription stops (then it stays uncommitted and is redelivered to
 *   the partition's next owner in the group); later records of the partition wait, and so
 *   do the consumer's other partitions (kafkajs handles one partition at a time). Resolves
 *   once the consumer joined the group. Rejects when the consumer cannot connect.
 * - `ensureTopics(specs)`: creates missing topics (waiting for partition leaders). If the
 *   brokers refuse (the mock has no CreateTopics) it succeeds as long as every topic exists
 *   in metadata, auto-created or not, and rejects with the refusal otherwise. Logs a warning
 *   when a topic has fewer partitions than asked (Kafka never shrinks or silently grows them).
 * - `lag(group, topics)`: records in `topics` not yet committed by `group`, summed over
 *   partitions; partitions the group never committed count from their earliest record.
 * - `close()`: stops every live subscription, then disconnects the producer and admin client.
 *   Any call after `close` rejects.
 */
export function createKafkaTransport(options: KafkaTransportOptions): Transport {
  const logger = options.logger ?? consoleLogger;
  const consumerOptions = { ...KAFKA_CONSUMER_DEFAULTS, ...options.consumer };
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: options.brokers,
    logLevel: logLevel.INFO,
    logCreator: () => (entry) => forwardLog(logger, entry),
  });
  // One request in flight per broker: without idempotence, a retried request could
  // otherwise land after a newer one and reorder a key's records.
  const producer = kafka.producer({
    createPartitioner: Partitioners.DefaultPartitioner,
    idempotent: options.idempotent ?? false,
    maxInFlightRequests: 1,
  });
  const admin = kafka.admin();
  const producerReady = once(() => producer.connect());
  const adminReady = once(async () => {
    await admin.connect();
    return admin;
  });
  const live = new Set<Subscription>();
  let sendQueue: Promise<unknown> = Promise.resolve();
  let closing: Promise<void> | undefined;
  let createTopicsRefusedBefore = false;

  const assertOpen = () => {
    if (closing) throw new Error('kafka transport is closed');
  };

  async function send(records: OutboundRecord[]): Promise<void> {
    assertOpen();
    if (!records.length) return;
    const byTopic = new Map<string, { key: string; value: string; headers?: IHeaders }[]>();
    for (const { topic, key, value, headers } of records) {
      const messages = byTopic.get(topic) ?? [];
      messages.push({ key, value, headers });
      byTopic.set(topic, messages);
    }
    const topicMessages = [...byTopic].map(([topic, messages]) => ({ topic, messages }));
    const sending = sendQueue.then(async () => {
      await producerReady();
      await producer.sendBatch({ acks: -1, topicMessages });
    });
    sendQueue = sending.catch(() => {});
    await sending;
  }

  async function ensureTopics(specs: TopicSpec[]): Promise<void> {
    assertOpen();
    if (!specs.length) return;
    const client = await adminReady();
    const names = specs.map((spec) => spec.name);
    let partitions: Map<string, number> | undefined;
    try {
      await client.createTopics({
        topics: specs.map((spec) => ({ topic: spec.name, numPartitions: spec.partitions })),
        waitForLeaders: true,
      });
    } catch (error) {
      partitions = await partitionCounts(client, names).catch(() => {
        throw error;
      });
      if (names.some((name) => !partitions?.has(name))) throw error;
      // Expected on every call against the mock cluster: say it once, quietly afterwards.
      const fields = { err: error, topics: names };
      const message =
        'kafka admin createTopics failed (expected on the librdkafka mock, which lacks it); the topics exist, continuing';
      if (createTopicsRefusedBefore) logger.debug?.(fields, message);
      else logger.warn(fields, message);
      createTopicsRefusedBefore = true;
    }
    partitions ??= await partitionCounts(client, names);
    for (const spec of specs) {
      const actual = partitions.get(spec.name) ?? 0;
      if (actual < spec.partitions) {
        logger.warn(
          { topic: spec.name, wanted: spec.partitions, actual },
          'kafka topic has fewer partitions than configured: less parallelism per consumer group',
        );
      }
    }
  }

  async function subscribe({
    group,
    topics,
    handle,
    handleBatch,
    from,
    ephemeral,
  }: SubscribeOptions): Promise<Subscription> {
    assertOpen();
    // `latest`: the high watermarks now, for the partitions the group never committed.
    const startAt = from === 'latest' ? await latestPositions(await adminReady(), group, topics) : [];
    const { maxBatchSize, partitionsConsumedConcurrently, ...consumerConfig } = consumerOptions;
    let stopping = false;
    const consumer = kafka.consumer({
      groupId: group,
      ...consumerConfig,
      // kafkajs restarts a crashed consumer on a timer, even one whose start (a join still
      // in flight) was interrupted by disconnect(): that would revive a stopped subscription
      // and keep the process alive.
      retry: { restartOnFailure: async () => !stopping },
    });
    const wakers = new Set<() => void>();
    // A backoff that stop() can cut short, so stopping never waits out a 5 s delay.
    const sleep = (ms: number) =>
      new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          wakers.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, ms);
        wakers.add(wake);
      });

    /**
     * Runs `work` until it resolves, backing off between attempts.
     * @returns false when the subscription is stopping first (the records stay uncommitted)
     * @throws kafkajs' rebalance error from `heartbeat`: kafkajs then rejoins the group and the
     *   partition's owner starts again from the uncommitted records
     */
    async function untilHandled(
      work: () => Promise<void>,
      heartbeat: () => Promise<void>,
      where: { topic: string; partition: number; offset: string; records: number },
    ): Promise<boolean> {
      for (let attempt = 1; !stopping; attempt++) {
        try {
          await work();
          return true;
        } catch (error) {
          if (stopping) {
            logger.warn(
              { err: error, group, ...where, attempt },
              'kafka handler failed while stopping: the records stay uncommitted and will be redelivered',
            );
            return false;
          }
          const delay = Math.min(RETRY_INITIAL_MS * 2 ** (attempt - 1), RETRY_MAX_MS);
          logger.warn({ err: error, group, ...where, attempt, retryInMs: delay }, 'kafka handler failed: retrying');
          // kafkajs only heartbeats between records: a backoff longer than the session
          // timeout would get the member evicted, so heartbeat while waiting.
          for (let waited = 0; waited < delay && !stopping; waited += consumerConfig.heartbeatInterval) {
            await sleep(Math.min(consumerConfig.heartbeatInterval, delay - waited));
            if (!stopping) await heartbeat();
          }
        }
      }
      return false;
    }

    const handledPartitions = new Set<string>();
    const commitPast = (topic: string, partition: number, offset: string) => {
      handledPartitions.add(`${topic}\u0000${partition}`);
      return consumer.commitOffsets([{ topic, partition, offset: (BigInt(offset) + 1n).toString() }]);
    };

    const eachMessage: EachMessageHandler = async ({ topic, partition, message, heartbeat }) => {
      // Returning without committing is safe: with autoCommit off, kafkajs only marks
      // the offset in memory, which is dropped with this consumer.
      if (stopping) return;
      const record = toInboundRecord(topic, partition, message);
      const where = { topic, partition, offset: message.offset, records: 1 };
      if (await untilHandled(() => handle(record), heartbeat, where))
        await commitPast(topic, partition, message.offset);
    };

    const eachBatch: EachBatchHandler = async ({ batch, heartbeat, resolveOffset, isRunning, isStale }) => {
      const { topic, partition } = batch;
      // kafkajs batches hold up to a fetch's worth of bytes per partition (1 MiB): split them so
      // one handler call (one database transaction above) stays bounded.
      for (let start = 0; start < batch.messages.length; start += maxBatchSize) {
        if (stopping || !isRunning() || isStale()) return;
        const messages = batch.messages.slice(start, start + maxBatchSize);
        const records = messages.map((message) => toInboundRecord(topic, partition, message));
        const last = messages[messages.length - 1].offset;
        const where = { topic, partition, offset: messages[0].offset, records: records.length };
        if (!(await untilHandled(() => handleBatch!(records), heartbeat, where))) return;
        await commitPast(topic, partition, last);
        resolveOffset(last);
        // kafkajs heartbeats only between batches; a big fetch split into many calls could
        // otherwise outlast the session.
        await heartbeat();
      }
    };

    let stopped: Promise<void> | undefined;
    const subscription: Subscription = {
      stop: () => {
        stopped ??= (async () => {
          stopping = true;
          // disconnect() marks the kafkajs runner as stopped synchronously, before the
          // woken handler returns, so kafkajs hands out no further record after it.
          const disconnecting = consumer.disconnect();
          for (const wake of [...wakers]) wake();
          try {
            await disconnecting;
            if (ephemeral) {
              // Best effort: a broker without DeleteGroups expires the empty group's offsets itself.
              await (await adminReady()).deleteGroups([group]).catch((error) => {
                logger.debug?.({ err: error, group }, 'kafka ephemeral group not deleted');
              });
            }
          } finally {
            live.delete(subscription);
          }
        })();
        return stopped;
      },
    };
    live.add(subscription);

    consumer.on(consumer.events.CRASH, ({ payload }) => {
      logger.error(
        { err: payload.error, group, restart: payload.restart },
        payload.restart ? 'kafka consumer crashed, restarting' : 'kafka consumer crashed and stopped consuming',
      );
    });

    // Seek on the first join, before kafkajs' first fetch (GROUP_JOIN is emitted synchronously
    // between join and fetch): resolving `latest` at that fetch instead could skip records sent
    // after `subscribe` resolved. Later joins (rebalances) resume from committed positions.
    let joined = false;
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (joined) return;
      joined = true;
      for (const position of startAt) consumer.seek(position);
    });

    try {
      await consumer.connect();
      await consumer.subscribe({ topics, fromBeginning: true });
      await consumer.run(
        handleBatch
          ? // Resolved offsets are only ever the handled ones: an interrupted batch restarts there.
            { autoCommit: false, eachBatchAutoResolve: false, eachBatch, partitionsConsumedConcurrently }
          : { autoCommit: false, eachMessage, partitionsConsumedConcurrently },
      );
      if (stopping) throw new Error(`kafka transport closed while subscribing group ${group}`);
      // Store the `latest` start of partitions no record reached yet, so that a restart of the
      // group resumes there (as on the Postgres bus) instead of at a later `latest`.
      const unstarted = startAt.filter((p) => !handledPartitions.has(`${p.topic}\u0000${p.partition}`));
      if (unstarted.length) await consumer.commitOffsets(unstarted);
    } catch (error) {
      await subscription.stop().catch(() => {});
      throw error;
    }
    return subscription;
  }

  async function lag(group: string, topics: string[]): Promise<number> {
    assertOpen();
    if (!topics.length) return 0;
    const client = await adminReady();
    const committed = await client.fetchOffsets({ groupId: group, topics });
    let total = 0n;
    for (const topic of topics) {
      const positions = new Map(
        committed.find((entry) => entry.topic === topic)?.partitions.map((p) => [p.partition, BigInt(p.offset)]),
      );
      for (const { partition, high, low } of await client.fetchTopicOffsets(topic)) {
        // -1: never committed, the group would start at the earliest record. A position below
        // the earliest record (deleted by retention) also restarts there.
        const position = positions.get(partition) ?? -1n;
        const from = position < BigInt(low) ? BigInt(low) : position;
        const behind = BigInt(high) - from;
        if (behind > 0n) total += behind;
      }
    }
    return Number(total);
  }

  function close(): Promise<void> {
    closing ??= (async () => {
      await Promise.allSettled([...live].map((subscription) => subscription.stop()));
      await sendQueue;
      const ready = await Promise.allSettled([producerReady.started(), adminReady.started()]);
      await Promise.allSettled([
        ready[0].status === 'fulfilled' && ready[0].value ? producer.disconnect() : undefined,
        ready[1].status === 'fulfilled' && ready[1].value ? admin.disconnect() : undefined,
      ]);
    })();
    return closing;
  }

  return { kind: 'kafka', ensureTopics, send, subscribe, lag, close };
}

/**
 * Where a `from: 'latest'` subscription of `group` starts: the current high watermark of
 * every partition of `topics` the group has no committed offset for.
 */
async function latestPositions(
  admin: Admin,
  group: string,
  topics: string[],
): Promise<{ topic: string; partition: number; offset: string }[]> {
  const committed = await admin.fetchOffsets({ groupId: group, topics });
  const positions: { topic: string; partition: number; offset: string }[] = [];
  for (const topic of topics) {
    const stored = new Set(
      committed
        .find((entry) => entry.topic === topic)
        ?.partitions.filter((p) => Number(p.offset) >= 0)
        .map((p) => p.partition),
    );
    for (const { partition, high } of await admin.fetchTopicOffsets(topic)) {
      if (!stored.has(partition)) positions.push({ topic, partition, offset: high });
    }
  }
  return positions;
}

/** Partition count of each topic that exists (on the mock, asking auto-creates it). */
async function partitionCounts(admin: Admin, topics: string[]): Promise<Map<string, number>> {
  const metadata = await admin.fetchTopicMetadata({ topics });
  return new Map(metadata.topics.map((topic) => [topic.name, topic.partitions.length]));
}

function toInboundRecord(topic: string, partition: number, message: KafkaMessage): InboundRecord {
  const headers: Record<string, string> = {};
  for (const [name, raw] of Object.entries(message.headers ?? {})) {
    // Kafka allows repeated header names; like most clients, the last one wins.
    const value = Array.isArray(raw) ? raw[raw.length - 1] : raw;
    if (value !== undefined) headers[name] = value.toString();
  }
  return {
    topic,
    partition,
    offset: message.offset,
    key: message.key?.toString() ?? '',
    value: message.value?.toString() ?? '',
    headers,
  };
}

/**
 * Runs `start` on the first call and shares its promise; a failure is forgotten so the
 * next call tries again (a broker down at startup must not poison the transport).
 * `started()` resolves to whether a start is under way or done.
 */
function once<T>(start: () => Promise<T>): (() => Promise<T>) & { started(): Promise<boolean> } {
  let promise: Promise<T> | undefined;
  const run = () => {
    promise ??= start().catch((error) => {
      promise = undefined;
      throw error;
    });
    return promise;
  };
  run.started = async () => {
    if (!promise) return false;
    await promise;
    return true;
  };
  return run;
}

function forwardLog(logger: KafkaTransportLogger, { namespace, level, log }: LogEntry): void {
  const { message, timestamp: _timestamp, ...extra } = log;
  const fields = { kafkajs: namespace, ...extra };
  // kafkajs logs every error response at error level, including routine ones (a heartbeat
  // during a rebalance, an existing topic in createTopics); the request's caller retries,
  // rejoins or throws it to us, so the line itself is only diagnostic.
  if (namespace === 'Connection' && message.startsWith('Response ')) logger.debug?.(fields, message);
  else if (level === logLevel.ERROR) logger.error(fields, message);
  else if (level === logLevel.WARN) logger.warn(fields, message);
  // kafkajs logs every connect, join and stop at info: lifecycle noise for a service's log.
  else logger.debug?.(fields, message);
}
