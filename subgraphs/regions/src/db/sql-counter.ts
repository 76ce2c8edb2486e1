import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestContext, SubgraphOptions } from '@sectorwars/platform';
import pg from 'pg';

/** Per-request tally of SQL statements sent to Postgres. */
interface Tally {
  statements: number;
}

/** The service's Fastify app, as the subgraph's `routes` hook receives it. */
type App = Parameters<NonNullable<SubgraphOptions<RequestContext>['routes']>>[0];

const current = new AsyncLocalStorage<Tally>();
/** Each counted request's tally, for the response hook. */
const tallies = new WeakMap<object, Tally>();
let patched = false;

/**
 * Test instrumentation, on only when the service runs with `REGIONS_COUNT_SQL=1`:
 * counts every SQL statement this process sends to Postgres while serving one
 * `/graphql` request (BEGIN, `SET LOCAL …` and COMMIT included: each is a round
 * trip) and adds the count to that response as `extensions.sqlStatements`.
 *
 * How: `pg.Client.prototype.query` (the one driver TypeORM and the event bus use) is
 * wrapped to increment the tally of the current request. A `preHandler` hook (after the
 * body is read, right before Apollo's handler, which Fastify calls in the same turn) makes
 * the request's tally the current one (`AsyncLocalStorage.enterWith`), so everything the
 * handler awaits is counted, DataLoader batches included; background work (outbox relay,
 * consumers) runs outside any request and is not. An `onSend` hook writes the count into
 * the JSON answer.
 *
 * @param app the service's Fastify app (the subgraph's `routes` hook)
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
  app.addHook('preHandler', (request, _reply, done) => {
    if (request.url.startsWith('/graphql')) {
      const tally: Tally = { statements: 0 };
      tallies.set(request, tally);
      current.enterWith(tally);
    }
    done();
  });
  app.addHook('onSend', (request, _reply, payload, done) => {
    const tally = tallies.get(request);
    if (tally && typeof payload === 'string' && payload.startsWith('{')) {
      try {
        const result = JSON.parse(payload) as { extensions?: Record<string, unknown> };
        result.extensions = { ...result.extensions, sqlStatements: tally.statements };
        done(null, JSON.stringify(result));
        return;
      } catch {
        // not a JSON GraphQL response: send it unchanged
      }
    }
    done(null, payload);
  });
}
