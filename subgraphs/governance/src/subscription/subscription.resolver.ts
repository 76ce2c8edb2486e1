import { AppError, ErrorCode } from '@sectorwars/platform';
import { Arg, ID, type PubSub, Resolver, Root, Subscription } from 'type-graphql';
import { Election } from '../election/election.types';
import { Policy } from '../policy/policy.types';

/** Message of the error a direct subscription to the subgraph gets. */
export const SERVED_BY_GATEWAY =
  'Governance subscriptions are served over graphql-ws by the gateway (ws://<gateway>/graphql), fed by governance events; the governance subgraph does not execute them';

/**
 * `subscribe` of every governance subscription field: the subgraph declares the fields (so
 * they are in the composed schema clients and codegen read) but never executes them.
 * @throws AppError BAD_USER_INPUT, always
 */
export function servedByGateway(): never {
  throw new AppError(ErrorCode.BAD_USER_INPUT, SERVED_BY_GATEWAY);
}

/**
 * The `pubSub` type-graphql insists on once a schema has subscription fields, even when every
 * field brings its own `subscribe` (as here). Nothing publishes to it; subscribing throws.
 */
export const gatewayOnlyPubSub: PubSub = {
  publish: () => {},
  subscribe: servedByGateway,
};

/**
 * Subscription fields of governance. The gateway's graphql-ws server serves them from the
 * event bus (`governance.policy.tallied`, `policy.status-changed`, `election.updated`) and
 * resolves the rest of each payload with a query through the gateway.
 */
@Resolver()
export class GovernanceSubscriptionResolver {
  @Subscription(() => Policy, {
    subscribe: servedByGateway,
    description:
      "Served over graphql-ws by the gateway (not by the subgraph): the policy each time its weighted tally changes (votesFor, votesAgainst, voterCount, approvalPercentage, and any other Policy fields selected). Tallies arrive in order, bursts coalesced (the latest wins, at most 10 per second); the last one is the exact final tally. The region's members, owner, office holders and admins only.",
  })
  policyVoteTallied(
    @Arg('policyId', () => ID, { description: 'Policy to watch.' }) _policyId: string,
    @Root() policy: Policy,
  ): Policy {
    return policy;
  }

  @Subscription(() => Policy, {
    subscribe: servedByGateway,
    description:
      "Served over graphql-ws by the gateway (not by the subgraph): a region's policy each time one is proposed or changes status (PASSED, REJECTED, IMPLEMENTED). The region's members, owner, office holders and admins only.",
  })
  policyStatusChanged(
    @Arg('regionId', () => ID, { description: 'Region whose policies to watch.' }) _regionId: string,
    @Root() policy: Policy,
  ): Policy {
    return policy;
  }

  @Subscription(() => Election, {
    subscribe: servedByGateway,
    description:
      "Served over graphql-ws by the gateway (not by the subgraph): the election each time it changes (a candidate stood, a vote was counted, it closed). The region's members, owner, office holders and admins only.",
  })
  electionUpdated(
    @Arg('electionId', () => ID, { description: 'Election to watch.' }) _electionId: string,
    @Root() election: Election,
  ): Election {
    return election;
  }
}
