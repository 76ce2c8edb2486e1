import { RegionConfinement } from '@sectorwars/platform';
import { REGIONS_APP_ROLE } from '../migrations/1764000000000-CreateRegionsTables';

/**
 * Regions' confinement: transactions run as `regions_app` (migration CreateRegionsTables) with
 * `app.region_id` or `app.player_ids` set, so row-level security hides and refuses every other
 * region's rows (see `RegionConfinement` in libs/platform for the mechanism).
 */
const confinement = new RegionConfinement(REGIONS_APP_ROLE);

/** Runs `work` in one transaction confined to region `regionId` (`RegionConfinement.inRegion`). @throws NOT_FOUND for a non-UUID id */
export const inRegion = confinement.inRegion.bind(confinement);

/** Confines `work` to region `regionId` inside a transaction someone else opened (`RegionConfinement.inRegionOf`). */
export const inRegionOf = confinement.inRegionOf.bind(confinement);

/** Read-only transaction seeing only these players' memberships, across regions (`Player.memberships`). */
export const forPlayers = confinement.forPlayers.bind(confinement);
