/**
 * The gateway's graphql-ws server (`ws://<gateway>/graphql`, the HTTP endpoint's path).
 *
 * - Connect: `connectionParams.authorization` (`Bearer <access token>`) or an API key
 *   (`x-api-key`) is verified like on HTTP; a bad one closes the socket with 4403 and the reason
 *   `UNAUTHENTICATED: …`. The socket is closed the same way when the token expires (clients
 *   reconnect with a fresh token: graphql-ws retries 4403).
 * - Subscribe: validated against the supergraph's API schema; the subscription's root query
 *   runs once with the subscriber's token, and its errors (FORBIDDEN, UNAUTHENTICATED,
 *   NOT_FOUND…) refuse the subscription with an `error` message carrying the code.
 * - Queries and mutations sent over the socket run through the gateway like HTTP ones.
 */
import type http from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Logger } from '@sectorwars/platform';
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  parse,
  validate,
} from 'graphql';
import { CloseCode, type Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { Credentials, GatewayContext } from '../context';
import { type CredentialCheck, connectionCredentials } from './credentials';
import type { SubscriptionHub } from './hub';
import { prepareSubscription } from './prepare';
import type { SubscriptionSource } from './registry';
import { inProcessRootQueries, toExecutionResult } from './root-query';

/** Options of {@link startSubscriptionServer}. */
export interface SubscriptionServerOptions {
  httpServer: http.Server;
  path: string;
  apollo: ApolloServer<GatewayContext>;
  /** The supergraph's current API schema (undefined until the gateway loaded it). */
  schema: () => GraphQLSchema | undefined;
  sources: Map<string, SubscriptionSource>;
  /** Undefined when the gateway has no event bus: subscriptions are refused, queries still work. */
  hub: () => SubscriptionHub | undefined;
  credentials: CredentialCheck;
  logger: Logger;
}

/** Per-connection state graphql-ws keeps in `ctx.extra`. */
type Extra = {
  socket: import('ws').WebSocket;
  request: http.IncomingMessage;
  credentials?: Credentials;
  expiryTimer?: NodeJS.Timeout;
};

/** What `onSubscribe` hands to `subscribe`/`execute` as the context value. */
type OperationContext =
  | {
      kind: 'subscription';
      hub: SubscriptionHub;
      prepared: ReturnType<typeof prepareSubscription>;
      credentials: Credentials;
    }
  | { kind: 'operation'; query: string; credentials: Credentials };

/** Time a closing socket gets to finish its close handshake at shutdown before it is destroyed. */
const CLOSE_GRACE_MS = 1000;

/**
 * Attaches the graphql-ws server to the gateway's HTTP server.
 * @returns `stop()`: closes every socket (1001), destroys those that do not answer within 1 s
 */
export function startSubscriptionServer(options: SubscriptionServerOptions): { stop(): Promise<void> } {
  const wss = new WebSocketServer({ server: options.httpServer, path: options.path });
  const runQuery = inProcessRootQueries(options.apollo);
  const documents = new DocumentCache();

  const refuse = (ctx: Context<Record<string, unknown>, Extra>, code: number, reason: string) =>
    // Close reasons are limited to 123 bytes.
    ctx.extra.socket.close(code, reason.slice(0, 120));

  const server = useServer<Record<string, unknown>, Extra>(
    {
      onConnect: async (ctx) => {
        try {
          const clientIp = ctx.extra.request.socket.remoteAddress ?? 'unknown';
          const credentials = await connectionCredentials(
            ctx.connectionParams ?? {},
            clientIp,
            `ws-${Date.now().toString(36)}`,
            options.credentials,
          );
          ctx.extra.credentials = credentials;
          if (credentials.expiresAt) {
            // setTimeout overflows past ~24.8 days; tokens live minutes.
            const wait = Math.min(credentials.expiresAt - Date.now(), 2 ** 31 - 1);
            ctx.extra.expiryTimer = setTimeout(
              () => refuse(ctx, CloseCode.Forbidden, 'UNAUTHENTICATED: Access token expired'),
              wait,
            );
          }
          return true;
        } catch (error) {
          const code = (error as GraphQLError).extensions?.code;
          if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')
            refuse(ctx, CloseCode.Forbidden, `${code}: ${(error as Error).message}`);
          else {
            options.logger.error({ err: error }, 'graphql-ws connection credential check failed');
            refuse(ctx, 1011, 'INTERNAL_SERVER_ERROR: could not verify the credential');
          }
          return false;
        }
      },
      onClose: (ctx) => clearTimeout(ctx.extra.expiryTimer),
      onSubscribe: async (ctx, _id, payload) => {
        const credentials = ctx.extra.credentials!;
        const schema = options.schema();
        if (!schema) return [new GraphQLError('The gateway is starting', { extensions: { code: 'UNAVAILABLE' } })];
        const parsed = documents.get(schema, payload.query);
        if (parsed.errors) return parsed.errors;
        const document = parsed.document!;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Unable to identify operation')];
        const base = { schema, document, operationName: payload.operationName, variableValues: payload.variables };
        if (operation.operation !== 'subscription') {
          return {
            ...base,
            contextValue: { kind: 'operation', query: payload.query, credentials } satisfies OperationContext,
          };
        }
        const hub = options.hub();
        if (!hub) return [unavailable('Subscriptions are unavailable: this gateway has no event bus configured')];
        try {
          const prepared = prepareSubscription(
            schema,
            document,
            payload.operationName,
            payload.variables ?? {},
            options.sources,
          );
          const refused = await hub.authorize(prepared, credentials);
          if (refused) return refused;
          return {
            ...base,
            contextValue: { kind: 'subscription', hub, prepared, credentials } satisfies OperationContext,
          };
        } catch (error) {
          if (error instanceof GraphQLError) return [error];
          // Refuse this subscription only; throwing would close the whole socket (4500).
          options.logger.error({ err: error }, 'subscription could not be set up');
          return [new GraphQLError('Subscription failed', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })];
        }
      },
      subscribe: (args: ExecutionArgs) => {
        const context = args.contextValue as OperationContext;
        if (context.kind !== 'subscription') throw new Error('not a subscription');
        return context.hub.join(context.prepared, context.credentials);
      },
      execute: async (args: ExecutionArgs) => {
        const context = args.contextValue as OperationContext;
        if (context.kind !== 'operation') throw new Error('not a query or mutation');
        const variables = (args.variableValues ?? {}) as Record<string, unknown>;
        return toExecutionResult(await runQuery(context.query, variables, context.credentials));
      },
    },
    wss,
  );

  return {
    async stop() {
      const sockets = [...wss.clients];
      const closed = server.dispose();
      // dispose() waits for every close handshake; a peer that never answers would hold the stop.
      const timer = setTimeout(() => {
        for (const socket of sockets) socket.terminate();
      }, CLOSE_GRACE_MS);
      try {
        await closed;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

const unavailable = (message: string) => new GraphQLError(message, { extensions: { code: 'UNAVAILABLE' } });

/** Parsed and validated documents by query text: 1,000 subscribers of one document parse it once. */
class DocumentCache {
  private readonly entries = new Map<string, { document?: DocumentNode; errors?: readonly GraphQLError[] }>();
  private schema?: GraphQLSchema;
  private static readonly MAX = 500;

  get(schema: GraphQLSchema, query: string): { document?: DocumentNode; errors?: readonly GraphQLError[] } {
    if (schema !== this.schema) {
      this.entries.clear();
      this.schema = schema;
    }
    let entry = this.entries.get(query);
    if (!entry) {
      try {
        const document = parse(query);
        const errors = validate(schema, document);
        entry = errors.length ? { errors } : { document };
      } catch (error) {
        entry = { errors: [error as GraphQLError] };
      }
      if (this.entries.size >= DocumentCache.MAX) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(query, entry);
    }
    return entry;
  }
}
