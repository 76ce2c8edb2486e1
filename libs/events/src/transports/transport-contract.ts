/**
 * The transport contract: one `node:test` suite that every {@link Transport} must pass, so
 * the Kafka and Postgres implementations keep the same semantics. A transport's own test
 * file calls {@link describeTransportContract} with a factory.
 *
 * Each case uses fresh topics and groups (so cases are independent and can be re-run
 * against a long-lived cluster), stops its subscriptions and closes its transports in
 * `after` hooks (so the test process exits), and waits with deadlines that fail with
 * what was missing rather than hanging.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import type { InboundRecord, OutboundRecord, SubscribeOptions, Subscription, Transport } from '../transport';

/** Options of {@link describeTransportContract}. */
export interface TransportContractOptions {
  /**
   * Returns a topic name no other case uses, with 4 partitions, that exists when the promise
   * resolves. Default: `contract.<prefix>.<run>.<n>` created with the transport's `ensureTopics`.
   */
  uniqueTopic(prefix: string): Promise<string>;
}

/** How long a case waits for records to arrive; covers a first consumer-group join (~3 s on the Kafka mock). */
const DELIVERY_TIMEOUT_MS = 20_000;
/** After the expected records arrived, how long to keep listening for extra (duplicate, stale) ones. */
const SETTLE_MS = 500;
const CASE_TIMEOUT_MS = 60_000;

/**
 * Resolves once `predicate` returns true, checking every 20 ms.
 * @param describeState called on timeout to say what was expected and what was seen
 * @throws Error naming the awaited condition and the state seen, after `timeoutMs`
 */
export async function waitFor(
  predicate: () => boolean | Promise<boolean>,
  timeoutMs: number,
  describeState: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${describeState()}`);
    await delay(20);
  }
}

/** The fields of a test record's value: which key it belongs to and its place in that key's sequence. */
interface Payload {
  id: string;
  key: string;
  seq: number;
}

const payload = (record: InboundRecord): Payload => JSON.parse(record.value) as Payload;

/** Records `count` records per key, interleaved key by key (k0#0, k1#0, …, k0#1, …). */
function interleaved(topic: string, keys: string[], count: number, tag: string): OutboundRecord[] {
  const records: OutboundRecord[] = [];
  for (let seq = 0; seq < count; seq++) {
    for (const key of keys) {
      records.push({ topic, key, value: JSON.stringify({ id: `${tag}:${key}:${seq}`, key, seq }) });
    }
  }
  return records;
}

/** `count` records with distinct keys, so they spread over every partition. */
function spread(topic: string, count: number, tag: string): OutboundRecord[] {
  return Array.from({ length: count }, (_, seq) => {
    const key = `${tag}-key-${seq}`;
    return { topic, key, value: JSON.stringify({ id: `${tag}:${seq}`, key, seq }) };
  });
}

const idsOf = (records: { value: string }[]) => records.map((record) => (JSON.parse(record.value) as Payload).id);

/** Ids seen more than once. */
function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(ids.filter((id) => seen.has(id) || !seen.add(id)))];
}

/**
 * Registers the contract suite for one transport: a `describe` block with a test per
 * guarantee of {@link Transport}.
 * @param name shown in the test report, e.g. `kafka`
 * @param makeTransport returns a new, independent transport (a case that simulates two
 *   processes or a restart calls it more than once); every one is closed after the suite
 * @param options where fresh topics come from; see {@link TransportContractOptions}
 */
export function describeTransportContract(
  name: string,
  makeTransport: () => Promise<Transport>,
  options?: TransportContractOptions,
): void {
  describe(`${name} transport contract`, () => {
    const run = randomUUID().slice(0, 8);
    let counter = 0;
    const transports: Transport[] = [];
    const subscriptions: Subscription[] = [];
    let shared: Promise<Transport> | undefined;

    after(async () => {
      await Promise.allSettled(subscriptions.map((subscription) => subscription.stop()));
      await Promise.allSettled(transports.map((transport) => transport.close()));
    });

    async function newTransport(): Promise<Transport> {
      const transport = await makeTransport();
      transports.push(transport);
      return transport;
    }

    /** The transport for cases that need only one: created once, closed by `after`. */
    const sharedTransport = () => {
      shared ??= newTransport();
      return shared;
    };

    const uniqueGroup = (prefix: string) => `contract-${prefix}-${run}-${++counter}`;

    async function uniqueTopic(prefix: string): Promise<string> {
      if (options) return options.uniqueTopic(prefix);
      const topic = `contract.${prefix}.${run}.${++counter}`;
      await (await sharedTransport()).ensureTopics([{ name: topic, partitions: 4 }]);
      return topic;
    }

    async function subscribe(transport: Transport, subscribeOptions: SubscribeOptions): Promise<Subscription> {
      const subscription = await transport.subscribe(subscribeOptions);
      subscriptions.push(subscription);
      return subscription;
    }

    /** A subscription whose handler only collects what it receives. */
    async function collect(transport: Transport, group: string, topic: string) {
      const received: InboundRecord[] = [];
      const subscription = await subscribe(transport, {
        group,
        topics: [topic],
        handle: async (record) => {
          received.push(record);
        },
      });
      return { received, subscription };
    }

    /** Waits until `received()` holds at least `count` records. */
    async function waitForCount(received: () => InboundRecord[], count: number, what: string): Promise<void> {
      await waitFor(
        () => received().length >= count,
        DELIVERY_TIMEOUT_MS,
        () => `${count} records (${what}); received ${received().length}`,
      );
    }

    test('keeps the order of each key', { timeout: CASE_TIMEOUT_MS }, async () => {
      const transport = await sharedTransport();
      const topic = await uniqueTopic('order');
      const keys = ['order-a', 'order-b', 'order-c'];
      const records = interleaved(topic, keys, 50, 'order');
      // Half stored before the group exists (read from the start), half sent while it consumes,
      // in several calls so order must hold inside a call and across calls.
      await transport.send(records.slice(0, 60));
      const { received } = await collect(transport, uniqueGroup('order'), topic);
      for (let start = 60; start < records.length; start += 30) await transport.send(records.slice(start, start + 30));

      await waitForCount(() => received, records.length, '3 keys × 50');
      await delay(SETTLE_MS);
      for (const key of keys) {
        const sequence = received.map(payload).filter((p) => p.key === key);
        assert.deepEqual(
          sequence.map((p) => p.seq),
          Array.from({ length: 50 }, (_, i) => i),
          `records of key ${key} arrive once each, in send order`,
        );
        assert.equal(new Set(received.filter((r) => r.key === key).map((r) => r.partition)).size, 1);
      }
      assert.equal(received.length, records.length, 'nothing more than was sent');
    });

    test('gives every record to every consumer group, unchanged', { timeout: CASE_TIMEOUT_MS }, async () => {
      const transport = await sharedTransport();
      const topic = await uniqueTopic('groups');
      const records = spread(topic, 20, 'groups').map((record, i) => ({
        ...record,
        headers: { 'ce-type': 'sectorwars.test.recorded', 'ce-id': `id-${i}` },
      }));
      await transport.send(records);
      const [first, second] = await Promise.all([
        collect(transport, uniqueGroup('groups-one'), topic),
        collect(transport, uniqueGroup('groups-two'), topic),
      ]);

      await waitForCount(() => first.received, records.length, 'group one');
      await waitForCount(() => second.received, records.length, 'group two');
      await delay(SETTLE_MS);
      const sent = new Map(records.map((record) => [record.value, record]));
      for (const { received } of [first, second]) {
        assert.deepEqual(idsOf(received).sort(), idsOf(records).sort(), 'each group gets each record exactly once');
        for (const record of received) {
          const original = sent.get(record.value);
          assert.ok(original, `unknown record ${record.value}`);
          assert.equal(record.topic, topic);
          assert.equal(record.key, original.key);
          assert.deepEqual(record.headers, original.headers);
          assert.match(record.offset, /^\d+$/, 'offset is a decimal string');
          assert.ok(Number.isInteger(record.partition) && record.partition >= 0);
        }
      }
    });

    test('splits the records of one group between its consumers', { timeout: CASE_TIMEOUT_MS }, async () => {
      const topic = await uniqueTopic('split');
      const group = uniqueGroup('split');
      // Two transports: two processes of one service.
      const producer = await sharedTransport();
      const one = await collect(await newTransport(), group, topic);
      const two = await collect(await newTransport(), group, topic);
      const union = () => [...one.received, ...two.received];

      // Until both members have partitions (a join or a rebalance can lag the second
      // subscribe), send a small round of records every 200 ms; each must arrive in full.
      const sent: OutboundRecord[] = [];
      const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
      for (let round = 0; !(one.received.length && two.received.length); round++) {
        assert.ok(
          Date.now() < deadline,
          `after ${DELIVERY_TIMEOUT_MS} ms one consumer still has no records: ${one.received.length} vs ${two.received.length}`,
        );
        const records = spread(topic, 8, `split-warmup-${round}`);
        sent.push(...records);
        await producer.send(records);
        await waitForCount(union, sent.length, 'warm-up round');
        await delay(200);
      }
      const before = { one: one.received.length, two: two.received.length };
      const records = spread(topic, 100, 'split');
      sent.push(...records);
      await producer.send(records);

      await waitForCount(union, sent.length, 'both consumers together');
      await delay(SETTLE_MS);
      assert.deepEqual(duplicates(idsOf(union())), [], 'no record is handled twice');
      assert.deepEqual(idsOf(union()).sort(), idsOf(sent).sort(), 'every record is handled');
      assert.ok(one.received.length > before.one, 'the first consumer handles part of the later records');
      assert.ok(two.received.length > before.two, 'the second consumer handles part of the later records');
    });

    test('resumes a group where it stopped after a restart', { timeout: CASE_TIMEOUT_MS }, async () => {
      const topic = await uniqueTopic('restart');
      const group = uniqueGroup('restart');
      const producer = await sharedTransport();
      const earlier = spread(topic, 10, 'restart-earlier');
      const later = spread(topic, 10, 'restart-later');

      const first = await collect(await newTransport(), group, topic);
      await producer.send(earlier);
      await waitForCount(() => first.received, earlier.length, 'before the restart');
      await first.subscription.stop();
      await producer.send(later);

      const second = await collect(await newTransport(), group, topic);
      await waitForCount(() => second.received, later.length, 'after the restart');
      await delay(SETTLE_MS);
      assert.deepEqual(idsOf(first.received).sort(), idsOf(earlier).sort());
      assert.deepEqual(idsOf(second.received).sort(), idsOf(later).sort(), 'only the records sent after the stop');
    });

    test('redelivers a record whose handler threw, before any later record', { timeout: CASE_TIMEOUT_MS }, async () => {
      const topic = await uniqueTopic('retry');
      const group = uniqueGroup('retry');
      const producer = await sharedTransport();
      // One key: all five records share a partition.
      const records = interleaved(topic, ['retry-key'], 5, 'retry');
      await producer.send(records);

      // Record 1 fails twice then succeeds; record 3 fails until this subscription is stopped.
      const attempts: InboundRecord[] = [];
      const handled: number[] = [];
      let failuresOfOne = 0;
      const first = await subscribe(await newTransport(), {
        group,
        topics: [topic],
        handle: async (record) => {
          attempts.push(record);
          const { seq } = payload(record);
          if ((seq === 1 && failuresOfOne++ < 2) || seq === 3) throw new Error(`handler fails on record ${seq}`);
          handled.push(seq);
        },
      });
      const attemptsAt = (seq: number) => attempts.filter((record) => payload(record).seq === seq);
      await waitFor(
        () => attemptsAt(3).length >= 2,
        DELIVERY_TIMEOUT_MS,
        () => `two attempts at record 3; attempts so far: ${attempts.map((r) => payload(r).seq).join(',')}`,
      );
      const stopStarted = Date.now();
      await first.stop();
      assert.ok(Date.now() - stopStarted < 5000, 'stop does not wait out the retry backoff');
      const sequence = attempts.map((record) => payload(record).seq);
      assert.deepEqual(
        sequence.slice(0, 5),
        [0, 1, 1, 1, 2],
        'the failing record is retried until it succeeds, and nothing after it comes first',
      );
      assert.deepEqual(
        sequence.slice(5),
        sequence.slice(5).map(() => 3),
        'while record 3 fails, record 4 is held back',
      );
      for (const seq of [1, 3]) {
        const positions = new Set(attemptsAt(seq).map((record) => `${record.partition}/${record.offset}`));
        assert.equal(positions.size, 1, `every attempt at record ${seq} is the same record`);
      }
      assert.deepEqual(handled, [0, 1, 2]);

      // The record that was still failing at the stop is not skipped: the group starts there.
      const second = await collect(await newTransport(), group, topic);
      await waitForCount(() => second.received, 2, 'records 3 and 4 after the restart');
      await delay(SETTLE_MS);
      assert.deepEqual(
        second.received.map((record) => payload(record).seq),
        [3, 4],
      );
      assert.equal(second.received[0].offset, attemptsAt(3)[0].offset);
    });

    test('gives a batch handler runs of one partition in order, and a failed batch again', {
      timeout: CASE_TIMEOUT_MS,
    }, async () => {
      const topic = await uniqueTopic('batch');
      const producer = await sharedTransport();
      // One key: one partition, so every record belongs to the same ordered run.
      const records = interleaved(topic, ['batch-key'], 30, 'batch');
      await producer.send(records.slice(0, 10));

      const calls: InboundRecord[][] = [];
      const handled: InboundRecord[] = [];
      const viaHandle: InboundRecord[] = [];
      await subscribe(await newTransport(), {
        group: uniqueGroup('batch'),
        topics: [topic],
        handle: async (record) => {
          viaHandle.push(record);
        },
        handleBatch: async (batch) => {
          calls.push(batch);
          if (calls.length === 1) throw new Error('the first batch fails once');
          handled.push(...batch);
        },
      });
      await producer.send(records.slice(10, 20));
      await producer.send(records.slice(20));

      await waitForCount(() => handled, records.length, 'through the batch handler');
      await delay(SETTLE_MS);
      assert.deepEqual(viaHandle, [], '`handle` is not used when `handleBatch` is given');
      assert.deepEqual(
        handled.map((record) => payload(record).seq),
        Array.from({ length: records.length }, (_, i) => i),
        'every record once, in order',
      );
      const offsetsOf = (batch: InboundRecord[]) => batch.map((record) => record.offset);
      assert.deepEqual(offsetsOf(calls[1]), offsetsOf(calls[0]), 'the failed batch comes again, unchanged');
      for (const batch of calls) {
        assert.ok(batch.length > 0, 'no empty batch');
        assert.equal(new Set(batch.map((record) => `${record.topic}/${record.partition}`)).size, 1, 'one partition');
        const offsets = batch.map((record) => BigInt(record.offset));
        assert.ok(
          offsets.every((offset, i) => i === 0 || offset > offsets[i - 1]),
          'offsets increase within a batch',
        );
      }
    });

    test("starts a new group at `from: 'latest'`, but resumes a known group where it stopped", {
      timeout: CASE_TIMEOUT_MS,
    }, async () => {
      const topic = await uniqueTopic('latest');
      const group = uniqueGroup('latest');
      const producer = await sharedTransport();
      const backlog = spread(topic, 10, 'latest-backlog');
      const live = spread(topic, 10, 'latest-live');
      const whileStopped = spread(topic, 5, 'latest-stopped');
      await producer.send(backlog);

      const tail = async () => {
        const received: InboundRecord[] = [];
        const subscription = await subscribe(await newTransport(), {
          group,
          topics: [topic],
          from: 'latest',
          handle: async (record) => {
            received.push(record);
          },
        });
        return { received, subscription };
      };
      // Sent right after subscribe resolved: none may be lost to a late start position.
      const first = await tail();
      await producer.send(live);
      await waitForCount(() => first.received, live.length, 'records sent after subscribing');
      await delay(SETTLE_MS);
      assert.deepEqual(idsOf(first.received).sort(), idsOf(live).sort(), 'no backlog, every live record');

      await first.subscription.stop();
      await producer.send(whileStopped);
      const second = await tail();
      await waitForCount(() => second.received, whileStopped.length, 'records sent while the group was stopped');
      await delay(SETTLE_MS);
      assert.deepEqual(
        idsOf(second.received).sort(),
        idsOf(whileStopped).sort(),
        'a group with positions resumes there, whatever `from` says',
      );
    });

    test('reports lag until the group has consumed', { timeout: CASE_TIMEOUT_MS }, async () => {
      const transport = await sharedTransport();
      const topic = await uniqueTopic('lag');
      const group = uniqueGroup('lag');
      const records = spread(topic, 10, 'lag');
      await transport.send(records);
      assert.equal(await transport.lag(group, [topic]), 10, 'a group that never consumed lags by every record');

      const consumer = await collect(transport, group, topic);
      await waitForCount(() => consumer.received, records.length, 'lag records');
      let lag = -1;
      await waitFor(
        async () => {
          lag = await transport.lag(group, [topic]);
          return lag === 0;
        },
        DELIVERY_TIMEOUT_MS,
        () => `lag 0 after consuming everything; lag is ${lag}`,
      );
      await consumer.subscription.stop();

      await transport.send(spread(topic, 3, 'lag-more'));
      assert.equal(await transport.lag(group, [topic]), 3, 'records sent after the group position count');
      assert.equal(await transport.lag(uniqueGroup('lag-other'), [topic]), 13, 'other groups have their own position');
    });
  });
}
