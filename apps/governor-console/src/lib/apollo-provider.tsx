'use client';
/**
 * Apollo Client for the console's client components. Queries and mutations go to the
 * console's own /api/graphql (the server adds the access token); subscriptions go
 * straight to the gateway's graphql-ws endpoint with a short-lived token fetched from
 * /api/auth/ws-token and kept in memory. The WebSocket opens lazily, on the first
 * subscription, so pages without live data never open it.
 */
import { HttpLink, split } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition } from '@apollo/client/utilities';
import { ApolloClient, ApolloNextAppProvider, InMemoryCache } from '@apollo/client-integration-nextjs';
import { createClient } from 'graphql-ws';
import type { ReactNode } from 'react';
import { CSRF_HEADER_NAME } from './csrf';

/** Asks the console server for a WebSocket URL and a fresh access token. */
async function webSocketSession(): Promise<{ url: string; token: string }> {
  const response = await fetch('/api/auth/ws-token', { method: 'POST', headers: { [CSRF_HEADER_NAME]: '1' } });
  if (!response.ok) throw new Error('Not signed in.');
  return (await response.json()) as { url: string; token: string };
}

/** A graphql-ws link whose URL and token are asked for at each (re)connection. */
function webSocketLink(): GraphQLWsLink {
  let session: Promise<{ url: string; token: string }> | undefined;
  const next = () => {
    session = webSocketSession();
    return session;
  };
  return new GraphQLWsLink(
    createClient({
      url: async () => (await next()).url,
      // The URL callback ran just before: reuse its token instead of asking twice.
      connectionParams: async () => ({ authorization: `Bearer ${(await (session ?? next())).token}` }),
      lazy: true,
      retryAttempts: 5,
    }),
  );
}

function makeClient() {
  const http = new HttpLink({
    // Absolute on the server (SSR never fetches with useQuery, but the link needs a valid URL).
    uri: typeof window === 'undefined' ? 'http://127.0.0.1/api/graphql' : '/api/graphql',
    headers: { [CSRF_HEADER_NAME]: '1' },
    credentials: 'same-origin',
  });
  const link =
    typeof window === 'undefined'
      ? http
      : split(
          ({ query }) => {
            const definition = getMainDefinition(query);
            return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
          },
          webSocketLink(),
          http,
        );
  return new ApolloClient({
    cache: new InMemoryCache({
      typePolicies: {
        // Settings are value objects of their region: replace them whole on every update.
        Region: { fields: { economy: { merge: true }, governance: { merge: true }, culture: { merge: true } } },
      },
    }),
    link,
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

/** Provides Apollo Client to the console's client components. */
export function ApolloWrapper({ children }: { children: ReactNode }) {
  return <ApolloNextAppProvider makeClient={makeClient}>{children}</ApolloNextAppProvider>;
}
