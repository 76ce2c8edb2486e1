import type { DeadLetterStore } from '@sectorwars/events';
import type { RequestContext } from '@sectorwars/platform';
import DataLoader from 'dataloader';
import type { AuditService } from './audit/audit.service';
import type { MemberRecord, MembershipService } from './membership/membership.service';
import type { Membership } from './membership/membership.types';
import type { RegionService } from './region/region.service';
import type { Region } from './region/region.types';
import type { SectorService } from './sector/sector.service';
import type { TradeService } from './trade/trade.service';

/** The regions subgraph's business services, created once per process. */
export interface RegionsServices {
  deadLetters: DeadLetterStore;
  regions: RegionService;
  memberships: MembershipService;
  audit: AuditService;
  sectors: SectorService;
  trades: TradeService;
}

/** Resolver context of the regions subgraph. */
export interface RegionsContext extends RequestContext {
  services: RegionsServices;
  /** The admin dead-letter resolver reads it here. */
  deadLetters: DeadLetterStore;
  /** Regions by id, batched per request (entity references, `Membership.region`). */
  regionLoader: DataLoader<string, Region | null>;
  /** Every membership of a player, batched per request (`Player.memberships`). */
  membershipsByPlayer: DataLoader<string, Membership[]>;
  /** Membership and assets by `<regionId>:<playerId>`, batched per request and region. */
  memberLoader: DataLoader<string, MemberRecord>;
  /** Warp targets by `<regionId>:<sector number>`, batched per request and region (`RegionSector.warps`). */
  warpLoader: DataLoader<string, number[]>;
}

/** Adds the services and request-scoped DataLoaders to the base context. */
export const regionsContext =
  (services: RegionsServices) =>
  (base: RequestContext): RegionsContext => ({
    ...base,
    services,
    deadLetters: services.deadLetters,
    regionLoader: new DataLoader((ids: readonly string[]) => services.regions.findByIds(ids)),
    membershipsByPlayer: new DataLoader((ids: readonly string[]) => services.memberships.byPlayers(ids)),
    memberLoader: new DataLoader((keys: readonly string[]) => services.memberships.byKeys(keys)),
    warpLoader: new DataLoader((keys: readonly string[]) => services.sectors.warpsByKeys(keys)),
  });
