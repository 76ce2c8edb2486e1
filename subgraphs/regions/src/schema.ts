import { createDeadLetterResolver } from '@sectorwars/events';
import { buildFederatedSchema } from '@sectorwars/platform';
import { MembershipResolver, PlayerMembershipsResolver } from './membership/membership.resolver';
import { PlayerRef, resolvePlayerReference } from './player/player.ref';
import { resolveRegionReference } from './region/region.reference';
import { RegionResolver } from './region/region.resolver';
import { Region } from './region/region.types';
import { RegionSectorResolver, RegionSectorsResolver } from './sector/sector.resolver';
import { TradeResolver } from './trade/trade.resolver';

/** The regions subgraph schema (Federation 2). Needs no database: `npm run compose` prints it. */
export function buildRegionsSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        RegionResolver,
        RegionSectorsResolver,
        RegionSectorResolver,
        MembershipResolver,
        PlayerMembershipsResolver,
        TradeResolver,
        createDeadLetterResolver('regions'),
      ],
      orphanedTypes: [Region, PlayerRef],
    },
    { Region: { __resolveReference: resolveRegionReference }, Player: { __resolveReference: resolvePlayerReference } },
  );
}
