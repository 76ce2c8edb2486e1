import { Pool } from 'undici';

/**
 * A lean GraphQL-over-HTTP client for benchmarks: undici's `Pool.request` (keep-alive
 * connections, the body read as one string). Benchmarks share the machine's cores with the
 * services they measure, so the load generator must be cheap: Node's fetch (WHATWG streams,
 * Request/Response objects) cost ~0.55 ms of CPU per request here, `node:http` with a keep-alive
 * agent 55–87 µs, `Pool.request` 22–42 µs (and it cost the answering Fastify server less too:
 * 21–37 µs against 39–57 µs). Tests keep `GraphQLClient` (fetch), whose response object exposes
 * status and headers.
 */
export class LoadClient {
  private readonly pool: Pool;
  private readonly path: string;

  /**
   * @param url the `/graphql` endpoint
   * @param sockets keep-alive connections to hold open (one per concurrent request)
   */
  constructor(
    readonly url: string,
    sockets = 256,
  ) {
    const target = new URL(url);
    this.pool = new Pool(target.origin, { connections: sockets });
    this.path = `${target.pathname}${target.search}`;
  }

  /**
   * POSTs one operation and returns `data`.
   * @throws Error carrying the GraphQL errors, or the network error
   */
  async data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const response = await this.pool.request({
      path: this.path,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const result = JSON.parse(await response.body.text()) as { data?: T; errors?: unknown[] };
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** Closes the connections. */
  close(): void {
    void this.pool.destroy();
  }
}
