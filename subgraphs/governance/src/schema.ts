import { createDeadLetterResolver } from '@sectorwars/events';
import { buildFederatedSchema } from '@sectorwars/platform';
import { CandidateResolver, ElectionResolver, RegionElectionsResolver } from './election/election.resolver';
import { PlayerRef, resolvePlayerReference } from './player/player.ref';
import { PolicyResolver, RegionPoliciesResolver } from './policy/policy.resolver';
import { resolveRegionReference } from './region/region.reference';
import { RegionRef } from './region/region.types';
import { GovernanceSubscriptionResolver, gatewayOnlyPubSub } from './subscription/subscription.resolver';
import { RegionTreatiesResolver, TreatyResolver } from './treaty/treaty.resolver';

/** The governance subgraph schema (Federation 2). Needs no database: `npm run compose` prints it. */
export function buildGovernanceSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        PolicyResolver,
        RegionPoliciesResolver,
        ElectionResolver,
        CandidateResolver,
        RegionElectionsResolver,
        TreatyResolver,
        RegionTreatiesResolver,
        GovernanceSubscriptionResolver,
        createDeadLetterResolver('governance'),
      ],
      orphanedTypes: [RegionRef, PlayerRef],
      // Subscriptions are served by the gateway; see subscription.resolver.ts.
      pubSub: gatewayOnlyPubSub,
    },
    { Region: { __resolveReference: resolveRegionReference }, Player: { __resolveReference: resolvePlayerReference } },
  );
}
