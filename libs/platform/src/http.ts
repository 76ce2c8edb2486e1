import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { pinoHttp } from 'pino-http';
import { type Logger, REQUEST_ID_HEADER } from './logger';
import type { ServiceMetrics } from './metrics';

/** Readiness probe: `ok` false makes `GET /ready` answer 503 with the reason. */
export type ReadinessCheck = () => Promise<{ ok: boolean; reason?: string }>;

/**
 * The express app every service starts from: request logging with a request
 * id (taken from `x-request-id`, else new, echoed back), and the operational
 * endpoints `GET /health` (liveness), `GET /ready` and `GET /metrics`.
 */
export function createServiceApp(options: {
  name: string;
  logger: Logger;
  metrics: ServiceMetrics;
  ready: ReadinessCheck;
}): { app: express.Express; httpServer: http.Server } {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  app.use(
    pinoHttp({
      logger: options.logger,
      genReqId: (req, res) => {
        const id = (req.headers[REQUEST_ID_HEADER] as string | undefined) ?? randomUUID();
        res.setHeader(REQUEST_ID_HEADER, id);
        return id;
      },
      autoLogging: { ignore: (req) => !req.url?.startsWith('/graphql') },
      // One short line per request: id, method, URL, status, time; headers stay out of the logs.
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    const state = await options.ready();
    res.status(state.ok ? 200 : 503).json({ status: state.ok ? 'ready' : 'not_ready', ...state });
  });
  app.get('/metrics', async (_req, res) => {
    res.type(options.metrics.registry.contentType).send(await options.metrics.registry.metrics());
  });
  return { app, httpServer };
}

/** Host services bind to: `HOST` (e.g. 0.0.0.0 in containers), else loopback only. */
export const bindHost = () => process.env.HOST ?? '127.0.0.1';

/** Listens on `port` (0: any free one) and returns the port taken. */
export async function listen(httpServer: http.Server, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, bindHost(), () => resolve());
  });
  return (httpServer.address() as AddressInfo).port;
}
