/**
 * The Postgres event bus against the transport contract (the same suite as Kafka), on a
 * fresh database of the test server. Topics are created with 4 partitions on demand.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { createTestDatabase, type TestDatabase, waitFor } from '@sectorwars/testing';
import { createPostgresTransport } from './postgres';
import { describeTransportContract } from './transport-contract';

let database: Promise<TestDatabase> | undefined;
after(async () => {
  await (await database)?.drop();
});

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

test('an ephemeral group leaves no position behind when it stops', async () => {
  database ??= createTestDatabase();
  const transport = createPostgresTransport({ connectionString: (await database).url, pollIntervalMs: 100 });
  try {
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
  } finally {
    await transport.close();
  }
});
