/**
 * @sectorwars/events — the event backbone: CloudEvents catalog, transactional
 * outbox, relay, Kafka and Postgres transports, idempotent consumers, dead
 * letters, durable scheduled jobs, and their metrics.
 */

export * from './admin/dead-letter.graphql';
export * from './bus';
export * from './catalog';
export * from './consumer';
export * from './dead-letters';
export * from './envelope';
export * from './metrics';
export * from './outbox';
export * from './relay';
export * from './runtime';
export * from './scheduler';
export * from './tables';
export * from './transport';
export { createKafkaTransport } from './transports/kafka';
export { createPostgresTransport, type PostgresTransportOptions, partitionFor } from './transports/postgres';
