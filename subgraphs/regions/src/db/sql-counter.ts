import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext, SubgraphOptions } from '@sectorwars/platform';
import pg from 'pg';

/** Per-request tally of SQL statements sent to Postgres. */
interface Tally {
  statements: number;
}

/** The service's express app, as the subgraph's `routes` hook receives it. */
type App = Parameters<NonNullable<SubgraphOptions<RequestContext>['routes']>>[0];

const current = new AsyncLocalStorage<Tally>();
let patched = false;

/**
 * Test instrumentation, on only when the service runs with `REGIONS_COUNT_SQL=1`:
 * counts every SQL statement this process sends to Postgres while serving one
 * `/graphql` request (BEGIN, `SET LOCAL …` and COMMIT included: each is a round
 * trip) and adds the count to that response as `extensions.sqlStatements`.
 *
 * How: `pg.Client.prototype.query` (the one driver TypeORM and the event bus use) is
 * wrapped to increment the tally of the current request, which an express
 * middleware mounted before Apollo's opens with `AsyncLocalStorage.run`. DataLoader
 * batches run in the async context of the request that scheduled them, so they are
 * counted; background work (outbox relay, consumers) runs outside any request and is not.
 *
 * @param app the service's express app (the subgraph's `routes` hook)
 */
export function countSqlPerRequest(app: App): void {
  if (!patched) {
    patched = true;
    const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
    pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
      const tally = current.getStore();
      if (tally) tally.statements += 1;
      return query.apply(this, args);
    } as typeof pg.Client.prototype.query;
  }
  app.use('/graphql', (_req, res, next) => {
    const tally: Tally = { statements: 0 };
    const send = res.send.bind(res);
    res.send = (body: unknown) => {
      if (typeof body === 'string' && body.startsWith('{')) {
        try {
          const result = JSON.parse(body) as { extensions?: Record<string, unknown> };
          result.extensions = { ...result.extensions, sqlStatements: tally.statements };
          return send(JSON.stringify(result));
        } catch {
          // not a JSON GraphQL response: send it unchanged
        }
      }
      return send(body);
    };
    current.run(tally, next);
  });
}
