/**
 * @sectorwars/gateway — Apollo Gateway 2 on Apollo Server 5, serving the
 * composed supergraph at `/graphql` over HTTP, and its subscriptions over graphql-ws on
 * the same URL (see `subscriptions/server.ts`).
 */
import { readFileSync } from 'node:fs';
import { ApolloGateway, type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import { createTransportFromEnv, type Transport } from '@sectorwars/events';
import {
  createLogger,
  createMetrics,
  createServiceApp,
  createTokenVerifier,
  formatError,
  listen,
  loadConfig,
  metricsPlugin,
  REQUEST_ID_HEADER,
  type RunningService,
  type TokenVerifier,
  viewerFromAuthorization,
  writeScopePlugin,
} from '@sectorwars/platform';
import type { GraphQLSchema } from 'graphql';
import { API_KEY_HEADER, exchangeApiKey } from './api-key-exchange';
import { gatewayConfigSchema, subgraphUrlOverrides } from './config';
import type { GatewayContext } from './context';
import { EntityFetchBatcher } from './entity-batching';
import { createHttpFetcher, type HttpFetcher } from './http-fetcher';
import { SubscriptionHub } from './subscriptions/hub';
import { createSubscriptionMetrics } from './subscriptions/metrics';
import { sourcesByField } from './subscriptions/registry';
import { inProcessRootQueries } from './subscriptions/root-query';
import { startSubscriptionServer } from './subscriptions/server';

/** A subgraph's answer, as Apollo Gateway's data sources return it. */
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * Forwards the credential, request id and client IP to every subgraph (over `createHttpFetcher`'s
 * keep-alive sockets), and merges one request's parallel entity fetches to the same subgraph
 * (`EntityFetchBatcher`).
 *
 * `process` posts the subgraph request itself rather than through `RemoteGraphQLDataSource`'s,
 * which builds node-fetch `Headers` and `Request` objects on every fetch (for its error hooks)
 * and handles automatic persisted queries and cache-control hints, neither of which the
 * platform uses. Error answers keep Apollo's shape (`errorFromResponse`: `<status>: <text>`,
 * 401 → UNAUTHENTICATED, 403 → FORBIDDEN, the response in `extensions.response`).
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly batcher = new EntityFetchBatcher();

  constructor(
    private readonly subgraphUrl: string,
    private readonly send: (...args: Parameters<HttpFetcher>) => ReturnType<HttpFetcher>,
  ) {
    super({ url: subgraphUrl });
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    // Only a client's operation has a request context to batch in (not health checks or schema loads).
    if (!('incomingRequestContext' in options)) return this.forward(options);
    return this.batcher.process(options.context, options.request, (request) =>
      this.forward({ ...options, request: { ...options.request, ...request } }),
    );
  }

  /** POSTs `{ query, variables, operationName, extensions }` with the caller's headers; @returns the subgraph's answer */
  private async forward({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) headers[name] = value;
    headers['content-type'] = 'application/json';
    if ('requestId' in context) {
      headers[REQUEST_ID_HEADER] = context.requestId;
      headers['x-forwarded-for'] = context.clientIp;
      if (context.authorization) headers.authorization = context.authorization;
    }
    if (!request.query) throw new Error('Missing query');
    const { http: _http, query, ...rest } = request;
    const response = await this.send(this.subgraphUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, ...rest }),
    });
    const fetched = response as unknown as Parameters<RemoteGraphQLDataSource['parseBody']>[0];
    if (!response.ok) throw await this.errorFromResponse(fetched);
    const body = await this.parseBody(fetched);
    if (typeof body !== 'object' || body === null)
      throw new Error(`Expected JSON response body, but received: ${body}`);
    return body as GatewayGraphQLResponse;
  }
}

/**
 * Starts the gateway.
 * @param env `PORT`, `SUPERGRAPH_PATH`, `LOG_LEVEL`, `SUBGRAPH_<NAME>_URL` overrides; the event
 *   bus for subscriptions from `KAFKA_BROKERS`, else `EVENTBUS_DATABASE_URL` / `DATABASE_URL`
 *   (none: subscriptions are refused, queries and mutations work)
 * @throws ConfigError on bad configuration; the transport's error when the bus cannot be tailed
 */
export async function startGateway(env: Record<string, string | undefined> = process.env): Promise<RunningService> {
  const config = loadConfig(gatewayConfigSchema, env);
  const logger = createLogger('gateway', config.LOG_LEVEL);
  const overrides = subgraphUrlOverrides(env);
  const supergraphSdl = readFileSync(config.SUPERGRAPH_PATH, 'utf8');
  const subgraphUrls = new Map<string, string>();

  const fetcher = createHttpFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const resolved = overrides.get(name) ?? url!;
      subgraphUrls.set(name, resolved);
      return new ForwardingDataSource(resolved, fetcher);
    },
  });
  const identityGraphqlUrl = () => subgraphUrls.get('identity') ?? 'http://localhost:4001/graphql';
  const exchangeUrl = () => identityGraphqlUrl().replace(/\/graphql$/, '/internal/api-keys/exchange');
  // The gateway checks tokens too, so a bad one gets a clean UNAUTHENTICATED before any query planning;
  // subgraphs still verify every token themselves.
  let verifyToken: TokenVerifier | undefined;
  const verifier = () => {
    verifyToken ??= createTokenVerifier(identityGraphqlUrl().replace(/\/graphql$/, '/.well-known/jwks.json'));
    return verifyToken;
  };

  const metrics = createMetrics('gateway');
  let started = false;
  const { app, httpServer } = createServiceApp({
    name: 'gateway',
    logger,
    metrics,
    ready: async () => {
      if (!started) return { ok: false, reason: 'starting' };
      for (const [name, url] of subgraphUrls) {
        const ok = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(2000) })
          .then((r) => r.ok)
          .catch(() => false);
        if (!ok) return { ok: false, reason: `subgraph ${name} unreachable` };
      }
      return { ok: true };
    },
  });

  let apiSchema: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate((loaded) => {
    apiSchema = loaded.apiSchema;
  });

  const server = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    // runService owns SIGTERM/SIGINT: Apollo's own handlers would race it and stall the stop.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5000 }),
      ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      // No HTTP caching of answers: collecting cache hints would cost every field of every answer.
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin(metrics, logger),
      writeScopePlugin,
    ],
  });
  await server.start();

  // Subscriptions: the fields of the API schema the registry serves, fed by the event bus.
  const servedSources = new Map(
    [...sourcesByField()].filter(([field]) => apiSchema?.getSubscriptionType()?.getFields()[field]),
  );
  let transport: Transport | undefined;
  let hub: SubscriptionHub | undefined;
  try {
    transport = createTransportFromEnv(env, { clientId: 'gateway', logger, postgres: { poolSize: 3 } });
  } catch {
    logger.warn('no event bus configured (KAFKA_BROKERS or DATABASE_URL): subscriptions are refused');
  }
  if (transport && servedSources.size) {
    hub = new SubscriptionHub({
      sources: servedSources,
      runQuery: inProcessRootQueries(server),
      metrics: createSubscriptionMetrics(metrics.registry),
      logger,
    });
    await hub.start(transport);
  }
  const subscriptions = startSubscriptionServer({
    httpServer,
    path: '/graphql',
    apollo: server,
    schema: () => apiSchema,
    sources: servedSources,
    hub: () => hub,
    credentials: {
      verifier,
      exchangeApiKey: (apiKey, requestId) => exchangeApiKey(exchangeUrl(), apiKey, requestId),
    },
    logger,
  });
  started = true;
  app.route({
    method: ['GET', 'POST', 'OPTIONS'],
    url: '/graphql',
    handler: fastifyApolloHandler(server, {
      context: async (request) => {
        const clientIp = request.socket.remoteAddress ?? 'unknown';
        let authorization = request.headers.authorization;
        const apiKey = request.headers[API_KEY_HEADER];
        if (!authorization && typeof apiKey === 'string') {
          authorization = `Bearer ${await exchangeApiKey(exchangeUrl(), apiKey, request.id)}`;
        }
        const viewer = await viewerFromAuthorization(authorization, verifier());
        return { requestId: request.id, authorization, clientIp, viewer };
      },
    }),
  });
  const port = await listen(app, config.PORT);
  logger.info(
    { port, subgraphs: Object.fromEntries(subgraphUrls), subscriptions: [...servedSources.keys()] },
    'gateway listening',
  );
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    metrics,
    async stop() {
      // Subscriptions first: their sockets are upgraded, so the HTTP drain below does not see them.
      // Sockets close with 1001 and no `complete`: graphql-ws clients reconnect (to another
      // instance) and subscribe again, which a completed subscription would not.
      await subscriptions.stop();
      await hub?.stop();
      await transport?.close();
      // Idle keep-alive sockets first: the drain only half-closes them and would wait for
      // the peer (another process's connection pool) to hang up.
      httpServer.closeIdleConnections();
      await server.stop();
      httpServer.closeAllConnections();
      await fetcher.close();
    },
  };
}
