import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { ExecutionResult } from 'graphql';
import type { GatewayContext } from '../context';
import { type RootQueryRunner, toGraphQLError } from './topic-group';

/**
 * Runs root queries in-process through the gateway's Apollo Server (`executeOperation`): the
 * same pipeline as an HTTP request (document cache, validation, query plan cache, plugins,
 * the federated fetches with the caller's token forwarded) minus the HTTP round trip to itself.
 * Operation name `GatewaySubscription` in the request metrics.
 */
export function inProcessRootQueries(server: ApolloServer<GatewayContext>): RootQueryRunner {
  return async (query, variables, credentials) => {
    const response = await server.executeOperation(
      { query, variables },
      {
        contextValue: {
          requestId: randomUUID(),
          viewer: credentials.viewer,
          authorization: credentials.authorization,
          clientIp: credentials.clientIp,
        },
      },
    );
    if (response.body.kind !== 'single') throw new Error('root query answered incrementally');
    const { data, errors } = response.body.singleResult;
    return { data, errors };
  };
}

/** A root query's answer as graphql-ws sends it (it serialises errors with `toJSON`, so they must be GraphQLErrors). */
export function toExecutionResult(result: Awaited<ReturnType<RootQueryRunner>>): ExecutionResult {
  return {
    data: result.data,
    ...(result.errors?.length ? { errors: result.errors.map(toGraphQLError) } : {}),
  };
}
