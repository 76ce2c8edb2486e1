import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Header carrying the request id from the gateway to every subgraph. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Structured JSON logger for one service. Every line carries `service`;
 * request-scoped children add `reqId`.
 *
 * @param service short service name, e.g. `identity`
 * @param level pino level (`info` by default)
 */
export function createLogger(service: string, level = 'info'): Logger {
  return pino({
    level,
    base: { service },
    redact: {
      paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'password', '*.password'],
      censor: '[redacted]',
    },
  });
}
