import { Counter, Gauge, type Registry } from 'prom-client';

/** Event metrics of one service, registered in the service's registry. */
export interface EventMetrics {
  /** `events_relayed_total`: events the relay handed to the transport. */
  relayed: Counter;
  /** `events_handled_total{group,outcome}`: outcome = handled | duplicate | ignored | dead_lettered | failed_attempt. */
  handled: Counter<'group' | 'outcome'>;
}

/** Live readings for the gauges, taken when Prometheus scrapes. */
export interface EventProbes {
  /** Events waiting in the outbox. */
  outboxBacklog(): Promise<number>;
  /** Unconsumed records per consumer group. */
  consumerLag(): Promise<Record<string, number>>;
  /** Dead letters not yet replayed. */
  deadLetters(): Promise<number>;
}

/**
 * Registers the event metrics: counters above plus the gauges
 * `events_outbox_backlog`, `events_consumer_lag{group}` and `events_dead_letters`.
 */
export function createEventMetrics(registry: Registry, probes: EventProbes): EventMetrics {
  new Gauge({
    name: 'events_outbox_backlog',
    help: 'Events written to the outbox and not yet relayed',
    registers: [registry],
    async collect() {
      this.set(await probes.outboxBacklog().catch(() => -1));
    },
  });
  new Gauge({
    name: 'events_consumer_lag',
    help: 'Records on subscribed topics not yet consumed, by consumer group',
    labelNames: ['group'],
    registers: [registry],
    async collect() {
      const lag = await probes.consumerLag().catch(() => ({}) as Record<string, number>);
      for (const [group, value] of Object.entries(lag)) this.set({ group }, value);
    },
  });
  new Gauge({
    name: 'events_dead_letters',
    help: 'Dead letters waiting for an admin (not replayed)',
    registers: [registry],
    async collect() {
      this.set(await probes.deadLetters().catch(() => -1));
    },
  });
  return {
    relayed: new Counter({
      name: 'events_relayed_total',
      help: 'Events relayed from the outbox',
      registers: [registry],
    }),
    handled: new Counter({
      name: 'events_handled_total',
      help: 'Events processed by consumers, by group and outcome',
      labelNames: ['group', 'outcome'],
      registers: [registry],
    }),
  };
}
