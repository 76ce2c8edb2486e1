import {
  createDataSource,
  createLogger,
  createMetrics,
  initializeDatabase,
  type Logger,
  type ServiceDataSourceOptions,
  type ServiceMetrics,
} from '@sectorwars/platform';
import type { DataSource } from 'typeorm';
import { createTransportFromEnv, EventBus, type TransportEnv } from './bus';
import type { EventDefinition } from './catalog/define';

/** How long a subgraph's outbox relay lets events gather after a wake-up, ms. */
export const RELAY_LINGER_MS = 10;

/** What every subgraph opens before its own services: logger, migrated database, metrics, event bus. */
export interface ServiceRuntime {
  logger: Logger;
  dataSource: DataSource;
  metrics: ServiceMetrics;
  /** Not started yet: register consumers, then `bus.start()`. */
  bus: EventBus;
  /** Stops the bus (consumers, relay, transport) and closes the database. */
  close(): Promise<void>;
}

/**
 * Opens a subgraph's runtime: a logger, its TypeORM data source in schema `service`
 * with migrations applied, its Prometheus registry, and its event bus (transport from
 * `KAFKA_BROKERS` / `EVENTBUS_DATABASE_URL` / `DATABASE_URL`).
 *
 * @param options.service service name, also its Postgres schema (e.g. `regions`)
 * @param options.emits event types the service publishes (their topics are created at bus start)
 * @throws when the database is unreachable or a migration fails
 */
export async function openServiceRuntime(options: {
  service: string;
  config: TransportEnv & { DATABASE_URL: string; LOG_LEVEL: string };
  entities?: ServiceDataSourceOptions['entities'];
  migrations: ServiceDataSourceOptions['migrations'];
  emits: EventDefinition[];
}): Promise<ServiceRuntime> {
  const { service, config } = options;
  const logger = createLogger(service, config.LOG_LEVEL);
  const dataSource = createDataSource({
    url: config.DATABASE_URL,
    schema: service,
    entities: options.entities ?? [],
    migrations: options.migrations,
  });
  const applied = await initializeDatabase(dataSource);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  const metrics = createMetrics(service);
  const bus = new EventBus({
    service,
    schema: service,
    dataSource,
    transport: createTransportFromEnv(config, { clientId: service, logger }),
    logger,
    registry: metrics.registry,
    emits: options.emits,
    // After a wake-up the relay waits this long so a burst leaves in one batch: a batch costs one
    // statement (the in-database move; ~10 round trips on Kafka or a separate bus database) and
    // wakes each consumer once, whatever its size, so under load this cuts the relay's and the
    // consumers' share of the work several-fold, for at most 10 ms more latency per event.
    relay: { lingerMs: RELAY_LINGER_MS },
  });
  return {
    logger,
    dataSource,
    metrics,
    bus,
    async close() {
      await bus.stop();
      await dataSource.destroy();
    },
  };
}
