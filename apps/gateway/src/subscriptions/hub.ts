import { hostname } from 'node:os';
import {
  type EventDefinition,
  type InboundRecord,
  parseEnvelope,
  type Subscription,
  type Transport,
  validateData,
} from '@sectorwars/events';
import type { Logger } from '@sectorwars/platform';
import { GraphQLError } from 'graphql';
import type { Credentials } from '../context';
import { LiveQueue } from './live-queue';
import type { SubscriptionMetrics } from './metrics';
import { type PreparedSubscription, rootQueryText, rootQueryVariables } from './prepare';
import type { SubscriptionSource } from './registry';
import { type RootQueryRunner, type Subscriber, TopicGroup, toGraphQLError } from './topic-group';

/** Options of {@link SubscriptionHub}. */
export interface HubOptions {
  sources: Map<string, SubscriptionSource>;
  runQuery: RootQueryRunner;
  metrics: SubscriptionMetrics;
  logger: Logger;
  /** Least time between two payloads of one group, ms (default 100: ≤ 10 per second). */
  minIntervalMs?: number;
}

/**
 * The gateway's live subscriptions: topic groups keyed by field + arguments + selection,
 * fed by events routed on each source's key (`policyId`, `regionId`, …).
 */
export class SubscriptionHub {
  private readonly groups = new Map<string, TopicGroup>();
  /** field → routing key → groups. */
  private readonly routes = new Map<string, Map<string, Set<TopicGroup>>>();
  /** Event type → its definition and the sources it feeds. */
  private readonly feeds = new Map<string, { definition: EventDefinition; sources: SubscriptionSource[] }>();
  private tail?: Subscription;
  private closed = false;

  constructor(private readonly options: HubOptions) {
    for (const source of options.sources.values()) {
      for (const definition of source.events) {
        const feed = this.feeds.get(definition.type) ?? { definition, sources: [] };
        feed.sources.push(source);
        this.feeds.set(definition.type, feed);
      }
    }
  }

  /** Topics the hub tails. */
  get topics(): { name: string; partitions: number }[] {
    const specs = new Map([...this.feeds.values()].map(({ definition: d }) => [d.topic, d.partitions]));
    return [...specs].map(([name, partitions]) => ({ name, partitions }));
  }

  /**
   * Starts tailing the bus: an ephemeral consumer group of this instance starting at the
   * latest record (a live tail: no backlog, every instance sees every event).
   * @throws when the transport cannot subscribe
   */
  async start(transport: Transport): Promise<void> {
    await transport.ensureTopics(this.topics);
    this.tail = await transport.subscribe({
      group: `gateway-subscriptions-${hostname()}-${process.pid}-${Date.now().toString(36)}`,
      topics: this.topics.map((t) => t.name),
      from: 'latest',
      ephemeral: true,
      handle: async (record) => this.dispatch(record),
      handleBatch: async (records) => {
        for (const record of records) this.dispatch(record);
      },
    });
  }

  /**
   * Runs the subscription's root query once with the subscriber's credentials (the
   * authorization check: exactly what a query would be allowed to see).
   * @returns the errors refusing the subscription (with their codes), or undefined when allowed
   */
  async authorize(prepared: PreparedSubscription, credentials: Credentials): Promise<GraphQLError[] | undefined> {
    const { source, args, responseKey } = prepared;
    const check = source.authorize;
    const query = check ? rootQueryText(check, responseKey, check.selection) : prepared.query;
    const variables = check
      ? rootQueryVariables(check.values(args))
      : { ...prepared.selectionVariables, ...rootQueryVariables(source.query.values(args)) };
    const result = await this.options.runQuery(query, variables, credentials);
    const outcome = result.errors?.length ? 'error' : 'ok';
    this.options.metrics.queries.inc({ field: source.field, phase: 'subscribe', outcome });
    if (result.errors?.length) return result.errors.map(toGraphQLError);
    if (result.data?.[responseKey] == null && !source.allowNullAtSubscribe) {
      const what = Object.values(args).join(', ');
      return [new GraphQLError(`${source.field}: ${what} not found`, { extensions: { code: 'NOT_FOUND' } })];
    }
    return undefined;
  }

  /** Adds a subscriber to its topic group (created on first use). @returns the queue graphql-ws reads payloads from */
  join(prepared: PreparedSubscription, credentials: Credentials): LiveQueue {
    let group = this.groups.get(prepared.groupKey);
    if (!group) {
      group = new TopicGroup(prepared, { ...this.options, minIntervalMs: this.options.minIntervalMs ?? 100 });
      this.groups.set(prepared.groupKey, group);
      const byKey = this.routes.get(group.field) ?? new Map<string, Set<TopicGroup>>();
      const key = prepared.source.key(prepared.args);
      byKey.set(key, (byKey.get(key) ?? new Set()).add(group));
      this.routes.set(group.field, byKey);
      this.options.metrics.groups.set(this.groups.size);
    }
    const joined = group;
    const subscriber: Subscriber = { credentials, queue: new LiveQueue(() => this.leave(joined, subscriber)) };
    if (this.closed) subscriber.queue.end();
    else {
      joined.subscribers.add(subscriber);
      this.options.metrics.subscribers.inc({ field: joined.field });
    }
    return subscriber.queue;
  }

  /** Stops tailing and ends every subscription. */
  async stop(): Promise<void> {
    this.closed = true;
    await this.tail?.stop();
    for (const group of [...this.groups.values()]) {
      group.close();
      for (const subscriber of [...group.subscribers]) subscriber.queue.end();
    }
  }

  private leave(group: TopicGroup, subscriber: Subscriber): void {
    if (!group.subscribers.delete(subscriber)) return;
    this.options.metrics.subscribers.dec({ field: group.field });
    if (group.subscribers.size) return;
    group.close();
    this.groups.delete(group.prepared.groupKey);
    const byKey = this.routes.get(group.field);
    const key = group.prepared.source.key(group.prepared.args);
    byKey?.get(key)?.delete(group);
    if (byKey?.get(key)?.size === 0) byKey.delete(key);
    this.options.metrics.groups.set(this.groups.size);
  }

  /** Routes one bus record to the groups it concerns. Never throws: a bad record is logged and skipped. */
  private dispatch(record: InboundRecord): void {
    const type = record.headers['ce-type'];
    if (type && !this.feeds.has(type)) return;
    try {
      const envelope = parseEnvelope(record.value);
      const feed = this.feeds.get(envelope.type);
      if (!feed) return;
      const checked = validateData(feed.definition, envelope);
      if (!checked.ok) throw new Error(`invalid ${envelope.type} data: ${checked.reason}`);
      const data = checked.data as Record<string, unknown>;
      const time = envelope.time ? Date.parse(envelope.time) : Date.now();
      for (const source of feed.sources) {
        const groups = this.routes.get(source.field)?.get(source.eventKey(data));
        if (!groups?.size) {
          this.options.metrics.events.inc({ field: source.field, outcome: 'unrouted' });
          continue;
        }
        for (const group of groups)
          this.options.metrics.events.inc({ field: source.field, outcome: group.offer(data, time) });
      }
    } catch (error) {
      this.options.logger.warn(
        { err: error, topic: record.topic, offset: record.offset },
        'subscription event skipped',
      );
    }
  }
}
