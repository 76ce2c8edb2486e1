import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Prometheus metrics of the subscription server (on the gateway's `/metrics`). */
export interface SubscriptionMetrics {
  /** Events taken from the bus per field (`outcome`: `routed` to a group, `stale` dropped by version, `unrouted`). */
  events: Counter<'field' | 'outcome'>;
  /** Root queries run per field (`phase`: `subscribe` = authorization check, `update`; `outcome`: ok | unchanged (same answer as the last update: nothing sent) | error). */
  queries: Counter<'field' | 'phase' | 'outcome'>;
  /** Updates published per field: one per coalesced entity update of a topic group (one root query each). */
  updates: Counter<'field'>;
  /** Payload messages handed to subscribers (updates × subscribers of the group). */
  payloads: Counter<'field'>;
  /** Open subscriptions per field. */
  subscribers: Gauge<'field'>;
  /** Topic groups (distinct field + arguments + selection). */
  groups: Gauge;
  /** Seconds from an event's CloudEvents `time` (its outbox write) to its update being pushed to subscribers. */
  delay: Histogram<'field'>;
}

/**
 * Registers the metrics: `gateway_subscription_events_total`, `…_queries_total`,
 * `…_updates_total`, `…_payloads_total`, `…_subscribers`, `…_groups`, `…_delay_seconds`.
 * The query count per update (`queries_total{phase="update"} / updates_total`) is 1 whatever
 * the number of subscribers.
 */
export function createSubscriptionMetrics(registry: Registry): SubscriptionMetrics {
  const registers = [registry];
  return {
    events: new Counter({
      name: 'gateway_subscription_events_total',
      help: 'Events taken from the bus for subscriptions, by field and outcome',
      labelNames: ['field', 'outcome'],
      registers,
    }),
    queries: new Counter({
      name: 'gateway_subscription_queries_total',
      help: 'Root queries run for subscriptions, by field, phase (subscribe|update) and outcome (ok|error)',
      labelNames: ['field', 'phase', 'outcome'],
      registers,
    }),
    updates: new Counter({
      name: 'gateway_subscription_updates_total',
      help: 'Coalesced updates published to topic groups (one root query each), by field',
      labelNames: ['field'],
      registers,
    }),
    payloads: new Counter({
      name: 'gateway_subscription_payloads_total',
      help: 'Subscription payloads handed to subscribers, by field',
      labelNames: ['field'],
      registers,
    }),
    subscribers: new Gauge({
      name: 'gateway_subscription_subscribers',
      help: 'Open subscriptions, by field',
      labelNames: ['field'],
      registers,
    }),
    groups: new Gauge({ name: 'gateway_subscription_groups', help: 'Topic groups', registers }),
    delay: new Histogram({
      name: 'gateway_subscription_delay_seconds',
      help: 'Seconds from an event being written (CloudEvents time) to its update reaching the subscribers',
      labelNames: ['field'],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2.5, 5],
      registers,
    }),
  };
}
