import type { Logger } from '@sectorwars/platform';
import { type ExecutionResult, GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Credentials } from '../context';
import type { LiveQueue } from './live-queue';
import type { SubscriptionMetrics } from './metrics';
import { type PreparedSubscription, rootQueryVariables } from './prepare';

/** Runs a root query through the gateway with one caller's credentials. */
export type RootQueryRunner = (
  query: string,
  variables: Record<string, unknown>,
  credentials: Credentials,
) => Promise<{ data?: Record<string, unknown> | null; errors?: readonly GraphQLFormattedError[] }>;

/** One open subscription. */
export interface Subscriber {
  queue: LiveQueue;
  credentials: Credentials;
}

/** What a group needs from the hub. */
export interface TopicGroupDeps {
  runQuery: RootQueryRunner;
  metrics: SubscriptionMetrics;
  logger: Logger;
  /** Least time between two flushes of a group, ms (100: at most 10 payloads per second per entity). */
  minIntervalMs: number;
}

/** An entity update waiting for the next flush. */
interface PendingUpdate {
  data: Record<string, unknown>;
  /** CloudEvents `time` of the oldest event this update stands for (epoch ms). */
  since: number;
  attempt: number;
}

/** Codes meaning "this subscriber may no longer see it": the subscriber is ended, another one's token is tried. */
const ACCESS_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);
/** A token this close to expiry is not used for a group's query (ms). */
const EXPIRY_MARGIN_MS = 2000;
/** Transient failures of an update's root query are retried this often, 1 s apart. */
const MAX_ATTEMPTS = 3;

/**
 * The subscribers of one field + arguments + selection document. One event → at most one
 * root query for the whole group, run with the token of one subscriber whose token is still
 * valid, or none when the event's own data answers the selection (`eventSelection`); the
 * payload goes to every subscriber. Updates are coalesced: a group flushes at most
 * once per `minIntervalMs`; events arriving meanwhile replace each other per entity (latest
 * wins) and a trailing flush always follows, so the final state is delivered. Events not newer
 * (by the source's version) than one already taken are dropped, and flushes never overlap, so
 * subscribers never see an older state after a newer one.
 */
export class TopicGroup {
  readonly subscribers = new Set<Subscriber>();
  private readonly pending = new Map<string, PendingUpdate>();
  /** Highest version taken per entity. */
  private readonly taken = new Map<string, number>();
  /** JSON of the last value sent per entity (an unchanged result is not sent twice). */
  private readonly lastSent = new Map<string, string>();
  private timer?: NodeJS.Timeout;
  private flushing = false;
  private lastFlushAt = 0;
  private closed = false;

  constructor(
    readonly prepared: PreparedSubscription,
    private readonly deps: TopicGroupDeps,
  ) {}

  get field(): string {
    return this.prepared.source.field;
  }

  /**
   * Takes an event for the group.
   * @param time CloudEvents `time` of the event, epoch ms (for the delay metric)
   * @returns `stale` when dropped because a newer version of the entity was already taken
   */
  offer(data: Record<string, unknown>, time: number): 'routed' | 'stale' {
    const { source } = this.prepared;
    const entity = source.entity(data);
    const version = source.version(data);
    const last = this.taken.get(entity);
    if (last !== undefined && version <= last) return 'stale';
    this.taken.set(entity, version);
    const since = this.pending.get(entity)?.since ?? time;
    this.pending.set(entity, { data, since, attempt: 1 });
    this.schedule(0);
    return 'routed';
  }

  /** Stops flushing (the hub closes every subscriber's queue itself). */
  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private schedule(extraDelayMs: number): void {
    if (this.closed || this.flushing || this.timer || !this.pending.size) return;
    const wait = Math.max(extraDelayMs, this.lastFlushAt + this.deps.minIntervalMs - Date.now(), 0);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    this.lastFlushAt = Date.now();
    const batch = [...this.pending];
    this.pending.clear();
    let retry = false;
    try {
      const outcomes = await Promise.all(batch.map(([entity, update]) => this.publish(entity, update)));
      retry = outcomes.includes('retry');
    } finally {
      this.flushing = false;
      this.schedule(retry ? 1000 : 0);
    }
  }

  /** One root query for one entity update (none when the event answers the selection), its payload to every subscriber. */
  private async publish(entity: string, update: PendingUpdate): Promise<'done' | 'retry'> {
    const { source, query, selectionVariables, responseKey, args, eventSelection } = this.prepared;
    if (eventSelection && source.fromEvent) {
      const values = source.fromEvent.values(update.data);
      const typename = source.fromEvent.typename;
      this.send(
        entity,
        update,
        Object.fromEntries(eventSelection.map(([key, name]) => [key, name === '__typename' ? typename : values[name]])),
      );
      return 'done';
    }
    const variables = { ...selectionVariables, ...rootQueryVariables(source.query.values(args, update.data)) };
    const labels = { field: source.field, phase: 'update' };
    for (let candidate = this.pickSubscriber(); candidate && !this.closed; candidate = this.pickSubscriber()) {
      let result: Awaited<ReturnType<RootQueryRunner>>;
      try {
        result = await this.deps.runQuery(query, variables, candidate.credentials);
      } catch (error) {
        result = { errors: [{ message: (error as Error).message }] };
      }
      const unchanged =
        !result.errors?.length && JSON.stringify(result.data?.[responseKey]) === this.lastSent.get(entity);
      this.deps.metrics.queries.inc({
        ...labels,
        outcome: result.errors?.length ? 'error' : unchanged ? 'unchanged' : 'ok',
      });
      const accessError = result.errors?.find((e) => ACCESS_CODES.has(String(e.extensions?.code)));
      if (accessError) {
        // This subscriber lost access since subscribing (or its token lapsed): end it, try another token.
        candidate.queue.fail(toGraphQLError(accessError));
        continue;
      }
      const value = result.data?.[responseKey];
      if (result.errors?.length || value == null) {
        this.deps.logger.warn(
          { field: source.field, entity, errors: result.errors, attempt: update.attempt },
          'subscription root query failed; update not delivered',
        );
        if (update.attempt < MAX_ATTEMPTS && !this.pending.has(entity)) {
          this.pending.set(entity, { ...update, attempt: update.attempt + 1 });
          return 'retry';
        }
        return 'done';
      }
      // The root query reads the current state, which may already include later events: the
      // update of a later event can then find nothing new. Repeating it would show a stale-looking
      // duplicate, so an unchanged result is not sent again.
      if (unchanged) return 'done';
      this.send(entity, update, value);
      return 'done';
    }
    return 'done';
  }

  /** Sends `value` (the field's new result for `entity`) to every subscriber, unless it is what was sent last. */
  private send(entity: string, update: PendingUpdate, value: unknown): void {
    const { source, responseKey } = this.prepared;
    const json = JSON.stringify(value);
    if (json === this.lastSent.get(entity)) return;
    this.lastSent.set(entity, json);
    const payload: ExecutionResult = { data: { [responseKey]: value } };
    for (const subscriber of this.subscribers) subscriber.queue.push(entity, payload);
    this.deps.metrics.updates.inc({ field: source.field });
    this.deps.metrics.payloads.inc({ field: source.field }, this.subscribers.size);
    this.deps.metrics.delay.observe({ field: source.field }, Math.max(0, Date.now() - update.since) / 1000);
  }

  /** The subscriber whose token stays valid longest (anonymous ones last: their queries see only public data). */
  private pickSubscriber(): Subscriber | undefined {
    let best: Subscriber | undefined;
    let bestExpiry = -1;
    const now = Date.now();
    for (const subscriber of this.subscribers) {
      const { authorization, expiresAt } = subscriber.credentials;
      const expiry = !authorization ? 0 : (expiresAt ?? Number.MAX_SAFE_INTEGER);
      if (authorization && expiry < now + EXPIRY_MARGIN_MS) continue;
      if (expiry > bestExpiry) {
        best = subscriber;
        bestExpiry = expiry;
      }
    }
    return best;
  }
}

/** A formatted (wire) error as a GraphQLError, keeping its code, for graphql-ws. */
export const toGraphQLError = (error: GraphQLFormattedError) =>
  new GraphQLError(error.message, { extensions: error.extensions, path: error.path });
