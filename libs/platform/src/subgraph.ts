import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { FastifyRequest } from 'fastify';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { type TokenVerifier, type Viewer, viewerFromAuthorization, writeScopePlugin } from './auth';
import { databaseReady } from './db';
import { formatError } from './errors';
import { createServiceApp, listen, type ServiceApp } from './http';
import type { Logger } from './logger';
import { createMetrics, metricsPlugin, type ServiceMetrics } from './metrics';

/** Per-request context every resolver receives. Subgraphs extend it (DataLoaders, services). */
export interface RequestContext {
  viewer: Viewer;
  /** Request id from the gateway (`x-request-id`), or a fresh one. */
  requestId: string;
  /** Logger bound to this request. */
  log: Logger;
  /** Client IP: the first `x-forwarded-for` hop set by the gateway, else the socket peer. */
  ip: string;
}

/** Options of {@link startSubgraph}. */
export interface SubgraphOptions<C extends RequestContext> {
  /** Service name, used in logs and metric labels. */
  name: string;
  schema: GraphQLSchema;
  logger: Logger;
  verifyToken: TokenVerifier;
  /** The service's data source; `/ready` checks it answers and has no pending migration. */
  dataSource?: DataSource;
  /** Port to listen on; 0 picks a free one. */
  port: number;
  /** Adds request-scoped members (DataLoaders…) to the base context. */
  extendContext?: (base: RequestContext) => C;
  /** The service's metrics, when created before the server (to add event metrics to the registry). */
  metrics?: ServiceMetrics;
  /** Extra HTTP routes and hooks (added before /graphql), e.g. identity's JWKS. */
  routes?: (app: ServiceApp) => void;
}

/** A started HTTP service. */
export interface RunningService {
  /** Base URL, e.g. `http://127.0.0.1:4001`. */
  url: string;
  port: number;
  metrics: ServiceMetrics;
  /** Stops accepting requests, drains in-flight ones, closes the HTTP server. */
  stop(): Promise<void>;
}

/** Client IP as seen by the gateway, for throttling. */
function clientIp(request: FastifyRequest): string {
  const forwarded = request.headers['x-forwarded-for'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return first || request.socket.remoteAddress || 'unknown';
}

/**
 * Starts a subgraph: Apollo Server 5 on Fastify 5 at `/graphql`, plus
 * `GET /health` (liveness), `GET /ready` (database reachable, migrations
 * applied) and `GET /metrics` (Prometheus text).
 *
 * Every request's `Authorization` is verified here, not only at the gateway:
 * a bad token is refused with UNAUTHENTICATED (HTTP 401).
 */
export async function startSubgraph<C extends RequestContext>(options: SubgraphOptions<C>): Promise<RunningService> {
  const { logger, dataSource } = options;
  const metrics = options.metrics ?? createMetrics(options.name);
  const { app, httpServer } = createServiceApp({
    name: options.name,
    logger,
    metrics,
    ready: async () => (dataSource ? databaseReady(dataSource) : { ok: true }),
  });
  options.routes?.(app);

  const server = new ApolloServer<C>({
    schema: options.schema,
    introspection: true,
    // runService owns SIGTERM/SIGINT: Apollo's own handlers would race it and stall the stop.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5000 }),
      // No Apollo Studio here: inline traces would only cost CPU on every federated request.
      ApolloServerPluginInlineTraceDisabled(),
      // No HTTP caching of GraphQL answers (no @cacheControl hints): the default cache-control
      // plugin would wrap every field resolver to collect hints nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin(metrics, logger),
      writeScopePlugin as ApolloServerPlugin<C>,
    ],
  });
  await server.start();
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    handler: fastifyApolloHandler(server, {
      context: async (request) => {
        const viewer = await viewerFromAuthorization(request.headers.authorization, options.verifyToken);
        // request.log is a child of the service's pino logger (Fastify's loggerInstance), bound to the request id.
        const base: RequestContext = {
          viewer,
          requestId: request.id,
          log: request.log as Logger,
          ip: clientIp(request),
        };
        return (options.extendContext ? options.extendContext(base) : base) as C;
      },
    }),
  });

  const port = await listen(app, options.port);
  logger.info({ port }, `${options.name} subgraph listening`);
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    metrics,
    async stop() {
      // Idle keep-alive sockets first: the drain only half-closes them and would wait for
      // the peer (another process's connection pool) to hang up.
      httpServer.closeIdleConnections();
      await server.stop();
      httpServer.closeAllConnections();
    },
  };
}
