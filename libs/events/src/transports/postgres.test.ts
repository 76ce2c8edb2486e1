/**
 * The Postgres event bus against the transport contract (the same suite as Kafka), on a
 * fresh database of the test server. Topics are created with 4 partitions on demand.
 */
import { after } from 'node:test';
import { createTestDatabase, type TestDatabase } from '@sectorwars/testing';
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
