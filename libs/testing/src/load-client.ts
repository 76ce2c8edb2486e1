import http from 'node:http';

/**
 * A lean GraphQL-over-HTTP client for benchmarks: `node:http` with a keep-alive agent, the body
 * read as one buffer. Benchmarks share the machine's cores with the services they measure, and
 * Node's fetch (undici: WHATWG streams, Request/Response objects) cost the load generator
 * ~0.55 ms of CPU per request here, about as much as a subgraph answering a simple query.
 * Tests keep `GraphQLClient` (fetch), whose response object exposes status and headers.
 */
export class LoadClient {
  private readonly agent: http.Agent;

  /**
   * @param url the `/graphql` endpoint
   * @param sockets keep-alive sockets to hold open (one per concurrent request)
   */
  constructor(
    readonly url: string,
    sockets = 256,
  ) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  }

  /**
   * POSTs one operation and returns `data`.
   * @throws Error carrying the GraphQL errors, or the network error
   */
  data<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<T> {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    return new Promise((resolve, reject) => {
      const request = http.request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': String(body.length),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            try {
              const result = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data?: T; errors?: unknown[] };
              if (result.errors?.length || !result.data)
                reject(new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`));
              else resolve(result.data);
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  }

  /** Closes the idle sockets. */
  close(): void {
    this.agent.destroy();
  }
}
