import type { GraphQLDataSource } from '@apollo/gateway';
import DataLoader from 'dataloader';

/** What a data source answers for one subgraph request. */
export type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** The part of a subgraph request the batcher reads and rewrites. */
export interface SubgraphRequest {
  query?: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

/** Sends one (possibly merged) request to the subgraph. */
export type SendToSubgraph = (request: SubgraphRequest) => Promise<GatewayGraphQLResponse>;

/** `query <Name>(` → `query(`: Apollo names each fetch of a plan differently (`Op__identity__1`, `__2`). */
const unnamed = (query: string) => query.replace(/^query\s+[A-Za-z0-9_]+\s*\(/, 'query(');
const ENTITY_FETCH = /^query\(\$representations:\[_Any!\]!\)\{_entities\(representations:\$representations\)/;

/**
 * The key under which an entity fetch may be merged with others, or null when it may not:
 * only `_entities` fetches whose sole variable is `representations` are merged, so two requests
 * with the same key differ in nothing but their representations (and the operation name).
 */
export function entityBatchKey(request: SubgraphRequest): string | null {
  if (!request.query) return null;
  const query = unnamed(request.query);
  if (!ENTITY_FETCH.test(query)) return null;
  const names = Object.keys(request.variables ?? {});
  if (names.length !== 1 || names[0] !== 'representations') return null;
  return query;
}

/**
 * Merges the entity fetches one gateway request makes to the same subgraph with the same
 * selection into one `_entities` request, the way a DataLoader merges field loads.
 *
 * Why: Apollo's query planner makes one fetch per path, so `region { owner { handle }
 * members { … player { handle } } }` asks identity twice in parallel for the same fields of
 * `Player` (owner, then members' players). Each subgraph request costs an HTTP round trip, a
 * token check, a GraphQL execution and a SQL statement in the subgraph; one merged request
 * costs those once (bench/README.md, "gateway"). Each caller gets back its own slice of
 * `_entities`, in order, and the errors whose path points into its slice (re-indexed);
 * errors without an entity path (e.g. UNAUTHENTICATED) go to every caller.
 *
 * Batches never span two incoming requests: the loaders live per request context, so one
 * caller's credential is never used for another's entities.
 */
export class EntityFetchBatcher {
  private readonly loaders = new WeakMap<object, Map<string, DataLoader<SubgraphRequest, GatewayGraphQLResponse>>>();

  /**
   * @param context the incoming request's context (one batch scope per object)
   * @param request the subgraph request Apollo built
   * @param send sends a request to the subgraph (the merged one, or this one alone)
   * @returns this request's response, as if it had been sent alone
   */
  process(context: object, request: SubgraphRequest, send: SendToSubgraph): Promise<GatewayGraphQLResponse> {
    const key = entityBatchKey(request);
    if (key === null) return send(request);
    let byKey = this.loaders.get(context);
    if (!byKey) {
      byKey = new Map();
      this.loaders.set(context, byKey);
    }
    let loader = byKey.get(key);
    if (!loader) {
      loader = new DataLoader((requests) => sendMerged(requests, send), { cache: false });
      byKey.set(key, loader);
    }
    return loader.load(request);
  }
}

async function sendMerged(
  requests: readonly SubgraphRequest[],
  send: SendToSubgraph,
): Promise<GatewayGraphQLResponse[]> {
  if (requests.length === 1) return [await send(requests[0])];
  // entityBatchKey admitted only requests whose one variable is the representations array.
  const parts = requests.map((r) => (r.variables as { representations: unknown[] }).representations);
  const counts = parts.map((p) => p.length);
  const merged = await send({ ...requests[0], variables: { representations: parts.flat() } });
  const entities = (merged.data as { _entities?: unknown[] } | null | undefined)?._entities;
  let offset = 0;
  return requests.map((_, index) => {
    const start = offset;
    const end = start + counts[index];
    offset = end;
    const errors = (merged.errors ?? []).flatMap((error) => {
      const at = error.path?.[0] === '_entities' ? error.path[1] : undefined;
      if (typeof at !== 'number') return [error];
      if (at < start || at >= end) return [];
      return [{ ...error, path: ['_entities', at - start, ...error.path!.slice(2)] }];
    });
    return {
      ...merged,
      data: Array.isArray(entities) ? { _entities: entities.slice(start, end) } : merged.data,
      ...(errors.length ? { errors } : { errors: undefined }),
    };
  });
}
