import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { Logger } from './logger';

/** Prometheus registry of one service, with Node's default metrics and GraphQL request metrics. */
export interface ServiceMetrics {
  registry: Registry;
  requests: Counter<'operation' | 'type'>;
  duration: Histogram<'operation' | 'type'>;
  errors: Counter<'code'>;
}

/**
 * Creates the service's registry. Metric names:
 * `graphql_requests_total{operation,type}`, `graphql_request_duration_seconds{operation,type}`,
 * `graphql_errors_total{code}` (codes of the public contract), plus Node defaults, all
 * labelled `service`.
 */
export function createMetrics(service: string): ServiceMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({
      name: 'graphql_requests_total',
      help: 'GraphQL operations handled, by operation name and type',
      labelNames: ['operation', 'type'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'graphql_request_duration_seconds',
      help: 'GraphQL operation latency in seconds',
      labelNames: ['operation', 'type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'graphql_errors_total',
      help: 'GraphQL errors returned, by extensions.code',
      labelNames: ['code'],
      registers: [registry],
    }),
  };
}

/**
 * Apollo plugin recording request count and latency per operation and errors
 * per code; unexpected errors (no contract code) are logged with their stack.
 */
export function metricsPlugin(metrics: ServiceMetrics, logger: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = metrics.duration.startTimer();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = (error.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
            metrics.errors.inc({ code });
            if (code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error.originalError ?? error }, error.message);
          }
        },
        async willSendResponse({ operationName, operation }) {
          const labels = { operation: operationName ?? 'anonymous', type: operation?.operation ?? 'invalid' };
          metrics.requests.inc(labels);
          stop(labels);
        },
      };
    },
  };
}
