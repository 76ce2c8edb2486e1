/**
 * The Postgres event bus against the transport contract (the same suite as Kafka), on a
 * fresh database of the test server. Topics are created with 4 partitions on demand.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { createTestDatabase, queryRows, type TestDatabase, waitFor } from '@sectorwars/testing';
import { eventTablesUp } from '../tables';
import type { Transport } from '../transport';
import { createPostgresTransport, type PostgresTransportOptions, partitionFor } from './postgres';
import { describeTransportContract } from './transport-contract';

let database: Promise<TestDatabase> | undefined;
after(async () => {
  await (await database)?.drop();
});

/**
 * Runs `body` with a Postgres transport on the test database (created once) and closes the
 * transport afterwards.
 */
async function withTransport(
  options: Omit<PostgresTransportOptions, 'connectionString'>,
  body: (transport: Transport, url: string) => Promise<void>,
): Promise<void> {
  database ??= createTestDatabase();
  const { url } = await database;
  const transport = createPostgresTransport({ connectionString: url, ...options });
  try {
    await body(transport, url);
  } finally {
    await transport.close();
  }
}

/**
 * A throwaway service schema with the event tables, and a topic of `partitions` on the bus.
 * `fill` writes events straight into its outbox, in order.
 */
async function scratchOutbox(url: string, transport: Transport, label: string, partitions: number) {
  const schema = `${label}_${randomUUID().slice(0, 8)}`;
  const topic = `${label}.${schema}`;
  await queryRows(url, `CREATE SCHEMA ${schema}`);
  for (const sql of eventTablesUp(schema)) await queryRows(url, sql);
  await transport.ensureTopics([{ name: topic, partitions }]);
  return {
    topic,
    table: `"${schema}".outbox`,
    fill: (events: { key: string; value: unknown }[]) =>
      queryRows(
        url,
        `INSERT INTO ${schema}.outbox (id, topic, key, type, envelope)
         SELECT gen_random_uuid(), $1, k, 't', v FROM unnest($2::text[], $3::jsonb[]) WITH ORDINALITY u(k, v, o) ORDER BY o`,
        [topic, events.map((e) => e.key), events.map((e) => JSON.stringify(e.value))],
      ),
  };
}

describeTransportContract('postgres', async () => {
  database ??= createTestDatabase();
  const { url } = await database;
  // Fast heartbeats: rebalances settle in well under a second (production default: 1 s / 10 s).
  return createPostgresTransport({
    connectionString: url,
    heartbeatIntervalMs: 200,
    sessionTimeoutMs: 2000,
    pollIntervalMs: 100,
  });
});

test('an ephemeral group leaves no position behind when it stops', () =>
  withTransport({ pollIntervalMs: 100 }, async (transport) => {
    const topic = `ephemeral.${randomUUID().slice(0, 8)}`;
    const group = `gateway-${randomUUID()}`;
    await transport.ensureTopics([{ name: topic, partitions: 4 }]);
    await transport.send([{ topic, key: 'old', value: 'old' }]);
    const received: string[] = [];
    const subscription = await transport.subscribe({
      group,
      topics: [topic],
      from: 'latest',
      ephemeral: true,
      handle: async (record) => {
        received.push(record.value);
      },
    });
    await transport.send([{ topic, key: 'new', value: 'new' }]);
    await waitFor('the live record', async () => (received.length ? true : undefined));
    await subscription.stop();
    assert.deepEqual(received, ['new']);
    assert.equal(await transport.lag(group, [topic]), 2, 'the group is unknown again: it lags by every record');
  }));

test("SQL's eventbus.partition_for places every key where partitionFor does", () =>
  withTransport({}, async (transport, url) => {
    await transport.ensureTopics([]); // creates the eventbus schema and its functions
    const keys = Array.from({ length: 400 }, (_, i) => (i % 3 ? randomUUID() : `key-${i}-é✓`));
    const counts = keys.map((_, i) => 1 + (i % 16));
    const rows = await queryRows<{ p: number }>(
      url,
      'SELECT eventbus.partition_for(k, n) AS p FROM unnest($1::text[], $2::int[]) WITH ORDINALITY u(k, n, o) ORDER BY o',
      [keys, counts],
    );
    assert.deepEqual(
      rows.map((r) => r.p),
      keys.map((key, i) => partitionFor(key, counts[i])),
    );
  }));

test('an outbox in the bus database moves in one transaction: in order, dense offsets, nothing left, nothing on failure', () =>
  withTransport({ pollIntervalMs: 100 }, async (transport, url) => {
    assert.equal(transport.outboxMover?.(`${url}&application_name=other`), undefined, 'another URL: no mover');
    const mover = transport.outboxMover?.(url);
    assert.ok(mover, 'the same database: a mover');
    const { topic, table, fill } = await scratchOutbox(url, transport, 'mover', 3);
    const events = Array.from({ length: 12 }, (_, i) => ({ key: `agg-${i % 4}`, value: { i } }));
    await fill(events);
    await assert.rejects(
      mover.move(table, 100, () => {
        throw new Error('dies before commit');
      }),
      /dies before commit/,
    );
    const outboxCount = async () =>
      (await queryRows<{ n: number }>(url, `SELECT count(*)::int AS n FROM ${table}`))[0].n;
    assert.equal(await outboxCount(), 12, 'a failed move leaves the outbox as it was');
    assert.equal(await transport.lag('nobody', [topic]), 0, 'and appends nothing');

    assert.equal(await mover.move(table, 5), 5, 'at most the limit');
    assert.equal(await mover.move(table, 100), 7);
    assert.equal(await mover.move(table, 100), 0, 'nothing left');
    assert.equal(await outboxCount(), 0);
    const stored = await queryRows<{ partition: number; offset: string; key: string; value: string }>(
      url,
      `SELECT partition, "offset"::text AS "offset", key, value FROM eventbus.records WHERE topic = $1 ORDER BY partition, "offset"`,
      [topic],
    );
    for (const partition of new Set(stored.map((r) => r.partition))) {
      const inPartition = stored.filter((r) => r.partition === partition);
      assert.deepEqual(
        inPartition.map((r) => Number(r.offset)),
        inPartition.map((_, i) => i),
        'dense offsets from 0',
      );
      assert.deepEqual(
        inPartition.map((r) => JSON.parse(r.value)),
        events.filter((e) => partitionFor(e.key, 3) === partition).map((e) => e.value),
        'outbox order within a partition',
      );
      for (const r of inPartition) assert.equal(partitionFor(r.key, 3), partition);
    }
    assert.equal(stored.length, 12);
  }));

test("an append wakes its partition's consumer at once (NOTIFY), from send and from the outbox move", () =>
  // A poll a minute apart: only the NOTIFY can deliver within the test's 5 s.
  withTransport({ pollIntervalMs: 60_000 }, async (transport, url) => {
    const { topic, table, fill } = await scratchOutbox(url, transport, 'wake', 4);
    const received: string[] = [];
    const subscription = await transport.subscribe({
      group: `wake-${randomUUID()}`,
      topics: [topic],
      handle: async (record) => {
        received.push(record.value);
      },
    });
    await new Promise((r) => setTimeout(r, 500)); // every worker has read once and now waits
    // Each append goes to ONE partition: a wake-up sent to any other partition would not deliver it.
    const keysOf = (partition: number) =>
      Array.from({ length: 200 }, (_, i) => `agg-${i}`)
        .filter((key) => partitionFor(key, 4) === partition)
        .slice(0, 5);
    const sentKeys = keysOf(2);
    await transport.send(sentKeys.map((key) => ({ topic, key, value: `sent-${key}` })));
    await waitFor('the sent records', async () => (received.length === 5 ? true : undefined), 5000);
    await fill(keysOf(1).map((key) => ({ key, value: `moved-${key}` })));
    assert.equal(await transport.outboxMover?.(url)?.move(table, 100), 5);
    await waitFor('the moved records', async () => (received.length === 10 ? true : undefined), 5000);
    await subscription.stop();
  }));
