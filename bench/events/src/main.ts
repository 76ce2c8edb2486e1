/**
 * Event backbone benchmark: outbox → relay → transport → idempotent consumer,
 * end to end, on this machine.
 *
 *   npm run bench:events -- --transport postgres|kafka [--events 20000] [--rate 500] [--seconds 10] [--max-wait 100]
 *
 * `--max-wait`: Kafka consumers' fetch wait (ms). The librdkafka mock always waits it out
 * when a fetch finds nothing new (a real broker answers as soon as data arrives).
 *
 * 1. Saturation: `--events` events are written to the outbox first (not timed), then the relay
 *    and one consumer start; throughput = events / time until the consumer handled the last one.
 * 2. Latency: events are published at `--rate` per second for `--seconds`; latency of each event
 *    = time its consumer transaction committed − time it was published; p50 / p99 reported.
 *
 * Postgres: embedded unless DATABASE_URL is set. Kafka: the librdkafka mock cluster unless
 * KAFKA_BROKERS is set. Prints one JSON line of results.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres, startKafkaMock } from '@sectorwars/devstack';
import {
  createKafkaTransport,
  createPostgresTransport,
  DeadLetterStore,
  defineEvent,
  EventConsumer,
  eventTablesUp,
  Outbox,
  OutboxRelay,
  type Transport,
} from '@sectorwars/events';
import { createLogger } from '@sectorwars/platform';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { z } from 'zod';

const SCHEMA = 'bench';
const { values } = parseArgs({
  options: {
    transport: { type: 'string', default: 'postgres' },
    events: { type: 'string', default: '20000' },
    rate: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '10' },
    'max-wait': { type: 'string', default: '100' },
    linger: { type: 'string', default: '0' },
    batch: { type: 'string', default: '1000' },
  },
});
const kind = values.transport as 'postgres' | 'kafka';
const logger = createLogger('bench', 'warn');
const benchEvent = (run: string) =>
  defineEvent({
    service: 'bench',
    aggregate: run,
    event: 'ticked',
    version: 1,
    schema: z.object({ n: z.number().int(), publishedAt: z.number() }),
    description: 'Benchmark event.',
    consumedBy: ['bench'],
  });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** What the consumer process reports to the benchmark over IPC. */
interface ConsumerReport {
  type: 'ready' | 'done';
  doneAt?: number;
  latencies?: number[];
}

/** The consumer side, in its own process: handles `BENCH_EXPECTED` events, then reports their latencies. */
async function consumerRole() {
  const env = process.env as Record<string, string>;
  const expected = Number(env.BENCH_EXPECTED);
  const dataSource = new DataSource({
    type: 'postgres',
    url: env.DATABASE_URL,
    schema: SCHEMA,
    entities: [],
    extra: { max: 10 },
  });
  await dataSource.initialize();
  const transport = makeTransportFor(env.DATABASE_URL, env.KAFKA_BROKERS);
  const latencies: number[] = [];
  const consumer = new EventConsumer({
    dataSource,
    schema: SCHEMA,
    transport,
    deadLetters: new DeadLetterStore(dataSource, SCHEMA, new Outbox(SCHEMA, 'sectorwars.bench'), transport),
    group: `bench-${env.BENCH_RUN}`,
    types: [benchEvent(env.BENCH_RUN)],
    handler: async () => {},
    logger,
    onHandled: (event) => {
      latencies.push(Date.now() - (event.data as { publishedAt: number }).publishedAt);
      if (latencies.length === expected) process.send?.({ type: 'done', doneAt: Date.now(), latencies });
    },
  });
  await consumer.start();
  process.send?.({ type: 'ready' });
  process.on('disconnect', () => void consumer.stop().finally(() => process.exit(0)));
}

function makeTransportFor(databaseUrl: string, brokers: string | undefined): Transport {
  return kind === 'kafka'
    ? createKafkaTransport({
        brokers: brokers!.split(','),
        clientId: 'bench',
        logger,
        consumer: { maxWaitTimeInMs: Number(values['max-wait']) },
      })
    : createPostgresTransport({ connectionString: databaseUrl, logger });
}

async function main() {
  const cleanups: (() => Promise<void>)[] = [];
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-pg-'));
    const server = await startEmbeddedPostgres({ dataDir: dir, persistent: false });
    cleanups.push(async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    });
    databaseUrl = server.url('postgres');
  }
  let brokers = process.env.KAFKA_BROKERS;
  if (kind === 'kafka' && !brokers) {
    const mock = await startKafkaMock({
      brokers: 1,
      topics: ['sectorwars.bench.saturation:4', 'sectorwars.bench.latency:4'],
    });
    cleanups.push(() => mock.stop());
    brokers = mock.brokers;
  }
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(
    `DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; DROP SCHEMA IF EXISTS eventbus CASCADE; CREATE SCHEMA ${SCHEMA}`,
  );
  for (const sql of eventTablesUp(SCHEMA)) await admin.query(sql);
  await admin.end();

  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    schema: SCHEMA,
    entities: [],
    extra: { max: 20 },
  });
  await dataSource.initialize();
  const makeTransport = () => makeTransportFor(databaseUrl!, brokers);
  const outbox = new Outbox(SCHEMA, 'sectorwars.bench');

  /**
   * Runs the relay here and one consumer in a child process (as in production: the
   * publishing service relays, another service consumes, each on its own core) until the
   * consumer handled `expected` events.
   */
  const runPipeline = async (run: string, expected: number, publish?: () => Promise<void>) => {
    const definition = benchEvent(run);
    const transport = makeTransport();
    await transport.ensureTopics([{ name: definition.topic, partitions: 4 }]);
    const child = fork(__filename, process.argv.slice(2), {
      env: {
        ...process.env,
        BENCH_ROLE: 'consumer',
        BENCH_RUN: run,
        BENCH_EXPECTED: String(expected),
        DATABASE_URL: databaseUrl,
        KAFKA_BROKERS: brokers ?? '',
      },
    });
    const message = (type: string) =>
      new Promise<ConsumerReport>((resolve, reject) => {
        child.on('message', (m: ConsumerReport) => m.type === type && resolve(m));
        child.once('exit', (code) => reject(new Error(`consumer process exited (${code}) before "${type}"`)));
      });
    const ready = message('ready');
    const done = message('done');
    await ready;
    const relayLatencies: number[] = [];
    let relayDoneAt = 0;
    const relay = new OutboxRelay({
      dataSource,
      schema: SCHEMA,
      transport,
      logger,
      batchSize: Number(values.batch),
      lingerMs: Number(values.linger),
      onBatchSent: (records) => {
        const now = Date.now();
        relayDoneAt = now;
        for (const r of records) relayLatencies.push(now - (JSON.parse(r.value).data.publishedAt as number));
      },
    });
    const started = Date.now();
    relay.start();
    await publish?.();
    const report = await done;
    const elapsedMs = (report.doneAt ?? Date.now()) - started;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.disconnect();
    await exited;
    await relay.stop();
    await transport.close();
    return {
      elapsedMs,
      latencies: report.latencies ?? [],
      relayLatencies,
      relaySeconds: (relayDoneAt - started) / 1000,
    };
  };

  // 1. Saturation
  const total = Number(values.events);
  const saturation = benchEvent('saturation');
  for (let i = 0; i < total; i += 1000) {
    await dataSource.transaction(async (manager) => {
      for (let n = i; n < Math.min(total, i + 1000); n += 1) {
        await outbox.publish(manager, saturation, { subject: `agg-${n % 64}`, data: { n, publishedAt: Date.now() } });
      }
    });
  }
  const sat = await runPipeline('saturation', total);
  const throughput = Math.round((total / sat.elapsedMs) * 1000);

  // 2. Latency at a fixed rate
  const rate = Number(values.rate);
  const seconds = Number(values.seconds);
  const latencyEvent = benchEvent('latency');
  const count = rate * seconds;
  const lat = await runPipeline('latency', count, async () => {
    const start = Date.now();
    for (let n = 0; n < count; n += 1) {
      const due = start + (n * 1000) / rate;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      await dataSource.transaction((manager) =>
        outbox.publish(manager, latencyEvent, { subject: `agg-${n % 64}`, data: { n, publishedAt: Date.now() } }),
      );
    }
  });
  const sorted = [...lat.latencies].sort((a, b) => a - b);
  const relaySorted = lat.relayLatencies.sort((a, b) => a - b);
  console.log(
    JSON.stringify({
      transport: kind,
      ...(kind === 'kafka' ? { consumerMaxWaitMs: Number(values['max-wait']) } : {}),
      saturation: {
        events: total,
        seconds: sat.elapsedMs / 1000,
        eventsPerSecond: throughput,
        relayDoneSeconds: sat.relaySeconds,
      },
      latency: {
        ratePerSecond: rate,
        events: count,
        p50Ms: percentile(sorted, 50),
        p99Ms: percentile(sorted, 99),
        maxMs: sorted.at(-1),
        relayAckedP50Ms: percentile(relaySorted, 50),
        relayAckedP99Ms: percentile(relaySorted, 99),
      },
    }),
  );
  await dataSource.destroy();
  for (const cleanup of cleanups.reverse()) await cleanup();
}

(process.env.BENCH_ROLE === 'consumer' ? consumerRole() : main()).then(
  () => process.env.BENCH_ROLE === 'consumer' || process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
