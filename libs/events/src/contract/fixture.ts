/**
 * Shared pieces of the event contract suite and its crash worker: a throwaway
 * service schema with the event tables and an `effects` table, a test event
 * type, transports built the same way in the test process and in the worker.
 */
import 'reflect-metadata';
import { createLogger, type Logger } from '@sectorwars/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import { defineEvent, type EventDefinition } from '../catalog/define';
import type { ConsumedEvent } from '../consumer';
import { eventTablesUp } from '../tables';
import type { Transport } from '../transport';
import { createKafkaTransport } from '../transports/kafka';
import { createPostgresTransport } from '../transports/postgres';

export type TransportKind = 'postgres' | 'kafka';

/** Schema of the pretend service the suite publishes and consumes in. */
export const CONTRACT_SCHEMA = 'contract';

export const contractData = z.object({ seq: z.number().int().min(0), note: z.string().optional() });

/** A test event type on its own topic (`sectorwars.test.<aggregate>`). */
export const contractEvent = (aggregate: string): EventDefinition<typeof contractData> =>
  defineEvent({
    service: 'test',
    aggregate,
    event: 'happened',
    version: 1,
    schema: contractData,
    description: 'Event of the contract test suite.',
    consumedBy: ['contract tests'],
  });

export const quietLogger = (): Logger => createLogger('events-contract', process.env.LOG_LEVEL ?? 'silent');

/** A data source on the contract schema, with the event tables and `effects` created. */
export async function openContractDatabase(url: string, create: boolean): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    schema: CONTRACT_SCHEMA,
    entities: [],
    extra: { max: 10 },
  });
  await dataSource.initialize();
  if (create) {
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${CONTRACT_SCHEMA}`);
    for (const sql of eventTablesUp(CONTRACT_SCHEMA)) await dataSource.query(sql);
    await dataSource.query(
      `CREATE TABLE ${CONTRACT_SCHEMA}.effects (
         id bigserial PRIMARY KEY, consumer_group text NOT NULL, event_id text NOT NULL,
         subject text NOT NULL, seq int NOT NULL, position text NOT NULL, handled_at timestamptz NOT NULL DEFAULT clock_timestamp())`,
    );
  }
  return dataSource;
}

/** The transport under test. Postgres: fast heartbeats so rebalances take well under a second. */
export function makeTransport(kind: TransportKind, databaseUrl: string, logger: Logger): Transport {
  if (kind === 'kafka') {
    const brokers = process.env.KAFKA_BROKERS;
    if (!brokers) throw new Error('KAFKA_BROKERS is not set (run through npm test)');
    return createKafkaTransport({ brokers: brokers.split(','), clientId: 'contract', logger });
  }
  return createPostgresTransport({
    connectionString: databaseUrl,
    logger,
    heartbeatIntervalMs: 200,
    sessionTimeoutMs: 2000,
    pollIntervalMs: 100,
  });
}

/** The suite's handler: records the effect in the consumer's transaction. */
export async function recordEffect(group: string, event: ConsumedEvent, manager: EntityManager): Promise<void> {
  const data = event.data as z.infer<typeof contractData>;
  await manager.query(
    `INSERT INTO ${CONTRACT_SCHEMA}.effects (consumer_group, event_id, subject, seq, position) VALUES ($1, $2, $3, $4, $5)`,
    [group, event.envelope.id, event.envelope.subject, data.seq, `${event.record.partition}:${event.record.offset}`],
  );
}
