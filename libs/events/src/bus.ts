import type { Logger } from '@sectorwars/platform';
import type { Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { EventDefinition } from './catalog/define';
import { type ConsumerOptions, EventConsumer, type EventHandler } from './consumer';
import { DeadLetterStore, DLQ_SUFFIX } from './dead-letters';
import { createEventMetrics, type EventMetrics } from './metrics';
import { Outbox } from './outbox';
import { OutboxRelay, type RelayOptions } from './relay';
import type { TopicSpec, Transport } from './transport';
import { createKafkaTransport } from './transports/kafka';
import { createPostgresTransport, type PostgresTransportOptions } from './transports/postgres';

/** Where events travel: `KAFKA_BROKERS` set → Kafka; else the Postgres bus on `EVENTBUS_DATABASE_URL` or `DATABASE_URL`. */
export interface TransportEnv {
  KAFKA_BROKERS?: string;
  EVENTBUS_DATABASE_URL?: string;
  DATABASE_URL?: string;
}

/**
 * Chooses and creates the transport from configuration.
 * @throws Error when neither Kafka brokers nor a database URL is given
 */
export function createTransportFromEnv(
  env: TransportEnv,
  options: { clientId: string; logger: Logger; postgres?: Partial<PostgresTransportOptions> },
): Transport {
  if (env.KAFKA_BROKERS) {
    return createKafkaTransport({
      brokers: env.KAFKA_BROKERS.split(',')
        .map((b) => b.trim())
        .filter(Boolean),
      clientId: options.clientId,
      logger: options.logger,
    });
  }
  const connectionString = env.EVENTBUS_DATABASE_URL ?? env.DATABASE_URL;
  if (!connectionString) throw new Error('no event transport: set KAFKA_BROKERS or DATABASE_URL');
  return createPostgresTransport({ connectionString, logger: options.logger, ...options.postgres });
}

/** Options of {@link EventBus}. */
export interface EventBusOptions {
  /** Service name, e.g. `identity` (CloudEvents source `sectorwars.<service>`). */
  service: string;
  /** The service's Postgres schema (outbox, consumed_events, dead_letters). */
  schema: string;
  dataSource: DataSource;
  transport: Transport;
  logger: Logger;
  /** The service's Prometheus registry: event metrics are added to it. */
  registry?: Registry;
  /** Event types the service publishes (their topics are created at start). */
  emits?: EventDefinition[];
  relay?: Partial<Omit<RelayOptions, 'dataSource' | 'schema' | 'transport' | 'logger'>>;
}

/**
 * Everything events in one service: the outbox to publish with, the relay
 * that drains it, idempotent consumers, the dead-letter store, and metrics.
 */
export class EventBus {
  readonly outbox: Outbox;
  readonly relay: OutboxRelay;
  readonly deadLetters: DeadLetterStore;
  readonly metrics?: EventMetrics;
  private readonly consumers: EventConsumer[] = [];
  private started = false;

  constructor(private readonly options: EventBusOptions) {
    this.outbox = new Outbox(options.schema, `sectorwars.${options.service}`);
    this.deadLetters = new DeadLetterStore(options.dataSource, options.schema, this.outbox, options.transport);
    if (options.registry) {
      this.metrics = createEventMetrics(options.registry, {
        outboxBacklog: () => this.relay.backlog(),
        consumerLag: async () =>
          Object.fromEntries(
            await Promise.all(
              this.consumers.map(async (c) => [c.group, await options.transport.lag(c.group, c.topics)] as const),
            ),
          ),
        deadLetters: () => this.deadLetters.countPending(),
      });
    }
    this.relay = new OutboxRelay({
      dataSource: options.dataSource,
      schema: options.schema,
      transport: options.transport,
      logger: options.logger,
      metrics: this.metrics,
      ...options.relay,
    });
  }

  get transport(): Transport {
    return this.options.transport;
  }

  /**
   * Registers an idempotent consumer (started by `start`, or now if already started).
   * @param group consumer group, `<service>.<purpose>`
   */
  async consume(
    group: string,
    types: EventDefinition[],
    handler: EventHandler,
    options: Partial<Pick<ConsumerOptions, 'maxAttempts' | 'backoffMs' | 'onHandled'>> = {},
  ): Promise<EventConsumer> {
    const consumer = new EventConsumer({
      dataSource: this.options.dataSource,
      schema: this.options.schema,
      transport: this.options.transport,
      deadLetters: this.deadLetters,
      group,
      types,
      handler,
      logger: this.options.logger,
      metrics: this.metrics,
      ...options,
    });
    this.consumers.push(consumer);
    if (this.started) {
      await this.ensureTopics([consumer]);
      await consumer.start();
    }
    return consumer;
  }

  /** Creates the topics, starts the relay and the consumers. */
  async start(): Promise<void> {
    this.started = true;
    await this.ensureTopics(this.consumers);
    this.relay.start();
    for (const consumer of this.consumers) await consumer.start();
  }

  /** Stops consumers and the relay, then closes the transport. */
  async stop(): Promise<void> {
    for (const consumer of this.consumers) await consumer.stop();
    await this.relay.stop();
    await this.options.transport.close();
  }

  private async ensureTopics(consumers: EventConsumer[]): Promise<void> {
    const topics = new Map<string, number>();
    for (const d of this.options.emits ?? []) topics.set(d.topic, d.partitions);
    for (const c of consumers) for (const t of c.topics) topics.set(t, topics.get(t) ?? 4);
    const specs: TopicSpec[] = [...topics].map(([name, partitions]) => ({ name, partitions }));
    if (this.options.transport.kind === 'kafka') {
      specs.push(...specs.map((s) => ({ name: `${s.name}${DLQ_SUFFIX}`, partitions: 1 })));
    }
    await this.options.transport.ensureTopics(specs);
  }
}
