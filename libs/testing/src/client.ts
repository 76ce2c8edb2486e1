import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

/** One GraphQL error as clients see it. */
export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

/** A GraphQL HTTP response. */
export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphQLErrorBody[];
  headers: Headers;
}

/** Credentials and headers of one request. */
export interface RequestOptions {
  /** Access token, sent as `Authorization: Bearer …`. */
  token?: string;
  /** API key, sent as `X-API-Key`. */
  apiKey?: string;
  headers?: Record<string, string>;
}

/** A small GraphQL-over-HTTP client for tests. */
export class GraphQLClient {
  /** @param url the `/graphql` endpoint */
  constructor(
    readonly url: string,
    private readonly defaults: RequestOptions = {},
  ) {}

  /** The same client sending `token` by default. */
  as(token: string): GraphQLClient {
    return new GraphQLClient(this.url, { ...this.defaults, token });
  }

  /** POSTs one operation; never throws on GraphQL errors (they are in `errors`). */
  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<GraphQLResult<T>> {
    const { token, apiKey, headers } = { ...this.defaults, ...options };
    const response = await fetch(this.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(apiKey ? { 'x-api-key': apiKey } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorBody[] };
    return { status: response.status, headers: response.headers, ...body };
  }

  /**
   * Like `request`, but returns `data` and throws when there are errors.
   * @throws Error carrying the GraphQL errors
   */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    options: RequestOptions = {},
  ): Promise<T> {
    const result = await this.request<T>(query, variables, options);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }
}

/** `extensions.code` of the first error, if any. */
export const errorCode = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;

/**
 * Subscribes over graphql-ws and collects values as they arrive.
 * @param wsUrl e.g. `ws://127.0.0.1:4000/graphql`
 */
export function subscribe<T = Record<string, unknown>>(
  wsUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: false,
  });
  const values: T[] = [];
  const waiters: (() => void)[] = [];
  let failure: unknown;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.data) values.push(value.data as T);
        for (const wake of waiters.splice(0)) wake();
      },
      error: (error) => {
        failure = error;
        for (const wake of waiters.splice(0)) wake();
      },
      complete: () => {},
    },
  );
  return {
    values,
    /** Resolves with the `count`-th value (1-based) once it arrived. */
    async nth(count: number, timeoutMs = 5000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      while (values.length < count) {
        if (failure) throw failure instanceof Error ? failure : new Error(JSON.stringify(failure));
        if (Date.now() > deadline)
          throw new Error(`subscription: ${values.length}/${count} values after ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      return values[count - 1];
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
}
