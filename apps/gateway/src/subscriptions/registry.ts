/**
 * Which events feed which subscription field, and how the gateway turns an event into a
 * payload. Subgraphs declare the fields in their SDL (so they compose into the supergraph and
 * clients see them); the gateway serves them: it tails the events, and for each update runs
 * the entry's root query through itself with the subscription's selection set.
 *
 * Payloads must not depend on who is asking: one root query serves every subscriber of a
 * topic group, run with one subscriber's token. A field whose value differs per viewer
 * (e.g. `myVote`) must not be selectable on a subscription payload type, or must be
 * resolved by a separate query on the client.
 */
import { type EventDefinition, governanceEvents, nexusEvents } from '@sectorwars/events';

/** Event `data`, as validated against its catalog schema. */
type EventData = Record<string, unknown>;
/** Coerced arguments of the subscription field. */
type FieldArgs = Record<string, unknown>;

/** A root query field of the supergraph and the arguments it is called with. */
export interface RootQuery {
  /** Query field, e.g. `policy`. */
  field: string;
  /** GraphQL type of each argument of `field` the gateway passes, e.g. `{ id: 'ID!' }`. */
  argTypes: Record<string, string>;
  /**
   * Values of those arguments. `data` is the event being delivered; it is absent when the
   * query runs at subscribe time (as the authorization check).
   */
  values(args: FieldArgs, data?: EventData): Record<string, unknown>;
}

/** How the gateway serves one subscription field. */
export interface SubscriptionSource {
  /** Field of the `Subscription` type. */
  field: string;
  /** Catalog events feeding it (their topics are tailed). */
  events: EventDefinition[];
  /** Routing key of a subscription: events whose {@link eventKey} equals it reach it. */
  key(args: FieldArgs): string;
  /** Routing key of an event (same space as {@link key}). */
  eventKey(data: EventData): string;
  /**
   * The entity an event is about. Updates of one entity coalesce (latest wins) and are
   * ordered by {@link version}; updates of different entities (several policies of one
   * region) are each delivered.
   */
  entity(data: EventData): string;
  /** Monotonic per entity: an event not newer than the last one taken is dropped. */
  version(data: EventData): number;
  /** The query resolving the subscription's selection set for one event. */
  query: RootQuery;
  /**
   * Run at subscribe time instead of {@link query} when the query needs event data (e.g.
   * `policyStatusChanged(regionId)` knows no policy yet): its errors refuse the subscription.
   * `selection` is a fixed selection set on the field's type.
   */
  authorize?: RootQuery & { selection: string };
  /** At subscribe time, a null root result refuses with NOT_FOUND unless this is set. */
  allowNullAtSubscribe?: boolean;
  /**
   * The payload fields an event carries itself. A subscription selecting only these (and
   * `__typename`) gets its updates built from the event, without a root query: the issue's
   * rule is that selections beyond the event's own data are resolved by a query. Such a
   * subscription is still authorized by a root query when it subscribes, and its socket still
   * closes when its token expires.
   */
  fromEvent?: {
    /** GraphQL type of the payload (for `__typename`). */
    typename: string;
    /** Field names `values` provides. */
    fields: readonly string[];
    /** The payload's field values in the event. */
    values(data: EventData): Record<string, unknown>;
  };
}

const NEXUS_STATUS_DONE = new Set(['READY', 'FAILED']);
/** Policy lifecycle rank: ACTIVE → PASSED | REJECTED → IMPLEMENTED (status events carry no counter). */
const POLICY_STATUS_RANK: Record<string, number> = { ACTIVE: 0, PASSED: 1, REJECTED: 1, IMPLEMENTED: 2 };

const str = (value: unknown) => String(value);

/** The subscription fields the gateway serves, by field name. */
export const SUBSCRIPTION_SOURCES: readonly SubscriptionSource[] = [
  {
    field: 'nexusGenerationProgressed',
    events: [nexusEvents.generationProgressed],
    key: () => '',
    eventKey: () => '',
    entity: (data) => str(data.jobId),
    // Percent only grows within a job; the final status outranks a progress report at the same percent.
    version: (data) => Number(data.percent) * 2 + (NEXUS_STATUS_DONE.has(str(data.status)) ? 1 : 0),
    query: { field: 'nexusGenerationProgress', argTypes: {}, values: () => ({}) },
    // No job ran yet: still a valid subscription (the first generation will report).
    allowNullAtSubscribe: true,
  },
  {
    field: 'policyVoteTallied',
    events: [governanceEvents.policyTallied],
    key: (args) => str(args.policyId),
    eventKey: (data) => str(data.policyId),
    entity: (data) => str(data.policyId),
    version: (data) => Number(data.tallyVersion),
    query: { field: 'policy', argTypes: { id: 'ID!' }, values: (args) => ({ id: args.policyId }) },
    // The tally itself travels in the event: a subscriber watching only the tally costs no query per update.
    fromEvent: {
      typename: 'Policy',
      fields: ['id', 'votesFor', 'votesAgainst', 'voterCount', 'approvalPercentage'],
      values: (data) => {
        const votesFor = Number(data.votesFor);
        const votesAgainst = Number(data.votesAgainst);
        return {
          id: data.policyId,
          votesFor,
          votesAgainst,
          voterCount: Number(data.voterCount),
          // As governance's `Policy.approvalPercentage` computes it, so both paths agree to the last bit.
          approvalPercentage: votesFor + votesAgainst > 0 ? (100 * votesFor) / (votesFor + votesAgainst) : 0,
        };
      },
    },
  },
  {
    field: 'policyStatusChanged',
    events: [governanceEvents.policyStatusChanged],
    key: (args) => str(args.regionId),
    eventKey: (data) => str(data.regionId),
    entity: (data) => str(data.policyId),
    version: (data) => POLICY_STATUS_RANK[str(data.status)] ?? 0,
    query: { field: 'policy', argTypes: { id: 'ID!' }, values: (_args, data) => ({ id: data?.policyId }) },
    // Whoever may list a region's policies may watch their status.
    authorize: {
      field: 'region',
      argTypes: { id: 'ID!' },
      values: (args) => ({ id: args.regionId }),
      selection: '{ id policies(first: 1) { totalCount } }',
    },
  },
  {
    field: 'electionUpdated',
    events: [governanceEvents.electionUpdated],
    key: (args) => str(args.electionId),
    eventKey: (data) => str(data.electionId),
    entity: (data) => str(data.electionId),
    version: (data) => Number(data.updateVersion),
    query: { field: 'election', argTypes: { id: 'ID!' }, values: (args) => ({ id: args.electionId }) },
  },
];

/** Sources by field name; only those whose field exists in the served schema are used. */
export const sourcesByField = (sources: readonly SubscriptionSource[] = SUBSCRIPTION_SOURCES) =>
  new Map(sources.map((source) => [source.field, source]));
