/**
 * The Kafka transport against `KAFKA_BROKERS` (the test runner's librdkafka mock cluster, or
 * a real cluster when the variable is set beforehand): the transport contract, plus what is
 * specific to Kafka.
 *
 * Fresh topics: the mock cannot create topics through the admin API, but it auto-creates an
 * unknown topic with 4 partitions on the first metadata request naming it, which
 * `ensureTopics` falls back to; a real cluster creates them with `createTopics`. Either way
 * `uniqueTopic` checks the partition count, so a broker with other defaults fails loudly.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { Kafka, logLevel } from 'kafkajs';
import type { Transport } from '../transport';
import { createKafkaTransport, type KafkaTransportLogger } from './kafka';
import { describeTransportContract } from './transport-contract';

const brokers = (process.env.KAFKA_BROKERS ?? '')
  .split(',')
  .map((broker) => broker.trim())
  .filter(Boolean);
if (!brokers.length) throw new Error('KAFKA_BROKERS is not set: run the tests with libs/testing (npm test)');

const PARTITIONS = 4;
const run = randomUUID().slice(0, 8);
let topicCounter = 0;

/**
 * Handler failures are part of the contract cases, so warnings stay quiet; errors (crashed
 * consumers, failed disconnects) are printed. `LOG_LEVEL=debug` prints everything.
 */
const verbose = process.env.LOG_LEVEL === 'debug';
const testLogger: KafkaTransportLogger = {
  debug: (obj, msg) => verbose && console.log('debug', msg, obj),
  info: (obj, msg) => verbose && console.log('info', msg, obj),
  warn: (obj, msg) => verbose && console.log('warn', msg, obj),
  error: (obj, msg) => console.error('kafka transport error:', msg, obj),
};

const makeTransport = async (): Promise<Transport> =>
  createKafkaTransport({ brokers, clientId: `events-test-${run}`, logger: testLogger });

const admin = new Kafka({ clientId: `events-test-admin-${run}`, brokers, logLevel: logLevel.NOTHING }).admin();
let adminConnected: Promise<void> | undefined;
let topicMaker: Transport | undefined;
after(async () => {
  await topicMaker?.close();
  if (adminConnected) await admin.disconnect();
});

async function partitionCount(topic: string): Promise<number> {
  adminConnected ??= admin.connect();
  await adminConnected;
  const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
  return topics.find((t) => t.name === topic)?.partitions.length ?? 0;
}

async function uniqueTopic(prefix: string): Promise<string> {
  const topic = `sectorwars.test.${prefix}.${run}.${++topicCounter}`;
  topicMaker ??= await makeTransport();
  await topicMaker.ensureTopics([{ name: topic, partitions: PARTITIONS }]);
  const partitions = await partitionCount(topic);
  if (partitions !== PARTITIONS) {
    throw new Error(
      `topic ${topic} has ${partitions} partitions, the contract needs ${PARTITIONS}: ` +
        'pre-create test topics on this cluster or set its default partition count to 4',
    );
  }
  return topic;
}

describeTransportContract('kafka', makeTransport, { uniqueTopic });

describe('kafka transport', () => {
  test('ensureTopics succeeds on existing topics, also when the broker cannot create topics', async () => {
    const transport = await makeTransport();
    try {
      const topic = await uniqueTopic('ensure');
      await transport.ensureTopics([{ name: topic, partitions: PARTITIONS }]);
      await transport.ensureTopics([{ name: topic, partitions: PARTITIONS }]);
      assert.equal(await partitionCount(topic), PARTITIONS);
    } finally {
      await transport.close();
    }
  });

  test('partitions keys like the Java client (murmur2), so other clients agree', async () => {
    const transport = await makeTransport();
    try {
      const topic = await uniqueTopic('murmur2');
      // murmur2 hashes from Kafka's own UtilsTest.testMurmur2; the Java DefaultPartitioner
      // puts a key in partition toPositive(hash) % partitions.
      const javaHashes: Record<string, number> = {
        '21': -973932308,
        foobar: -790332482,
        'a-little-bit-long-string': -985981536,
        'a-little-bit-longer-string': -1486304829,
        lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8: -58897971,
        abc: 479470107,
      };
      for (const [key, hash] of Object.entries(javaHashes)) {
        const before = await highWatermarks(topic);
        await transport.send([{ topic, key, value: key }]);
        const after = await highWatermarks(topic);
        const grown = after.flatMap((high, partition) => (high > before[partition] ? [partition] : []));
        assert.deepEqual(grown, [(hash & 0x7fffffff) % PARTITIONS], `partition of key ${key}`);
      }
    } finally {
      await transport.close();
    }
  });

  test('keeps its group membership while retrying longer than the session timeout', { timeout: 60_000 }, async () => {
    // kafkajs heartbeats only between records: a backoff longer than the session timeout
    // would get the member evicted (a rebalance, and the record redelivered elsewhere).
    // The mock's shortest workable session: it answers a first join after 3 s.
    const sessionTimeout = 3500;
    const joins: string[] = [];
    const logger: KafkaTransportLogger = {
      ...testLogger,
      debug: (obj, msg) => {
        if (msg === 'Consumer has joined the group') joins.push(JSON.stringify(obj));
      },
    };
    const transport = createKafkaTransport({
      brokers,
      clientId: `events-test-${run}`,
      logger,
      consumer: { sessionTimeout, heartbeatInterval: 500 },
    });
    try {
      const topic = await uniqueTopic('long-retry');
      await transport.send([0, 1].map((seq) => ({ topic, key: 'long-retry', value: String(seq) })));
      let failingSince = 0;
      const handled: string[] = [];
      await transport.subscribe({
        group: `long-retry-${run}`,
        topics: [topic],
        handle: async (record) => {
          failingSince ||= Date.now();
          // Backoffs 100 ms … 3.2 s, then 5 s: that one alone outlasts the session.
          if (record.value === '0' && Date.now() - failingSince < 3 * sessionTimeout) throw new Error('not yet');
          handled.push(record.value);
        },
      });
      const deadline = Date.now() + 30_000;
      while (handled.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      assert.equal(joins.length, 1, `joined the group once, not after an eviction: ${joins.join(' | ')}`);
      assert.deepEqual(handled, ['0', '1']);
    } finally {
      await transport.close();
    }
  });

  test('rejects calls after close', async () => {
    const transport = await makeTransport();
    await transport.close();
    await assert.rejects(transport.send([{ topic: 'sectorwars.test.closed', key: 'k', value: 'v' }]), /closed/);
  });
});

/** High watermark of each partition of `topic`, by partition number. */
async function highWatermarks(topic: string): Promise<number[]> {
  adminConnected ??= admin.connect();
  await adminConnected;
  const highs: number[] = [];
  for (const { partition, high } of await admin.fetchTopicOffsets(topic)) highs[partition] = Number(high);
  return highs;
}
