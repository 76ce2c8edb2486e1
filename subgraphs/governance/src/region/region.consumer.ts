import { type ConsumedEvent, type EventBus, regionsEvents } from '@sectorwars/events';
import type { RegionGovernanceChangedData, RegionProjection, RegionProvisionedData } from './region.service';

/** Consumer group keeping the region projection. */
export const REGION_PROJECTION_GROUP = 'governance.region';

/**
 * Registers the idempotent consumer (group `governance.region`) of `region.provisioned` and
 * `region.governance-changed` that keeps `governance.regions`. Call before `bus.start()`.
 */
export function consumeRegionEvents(bus: EventBus, regions: RegionProjection) {
  return bus.consume(
    REGION_PROJECTION_GROUP,
    [regionsEvents.regionProvisioned, regionsEvents.regionGovernanceChanged],
    (event, manager) => {
      if (event.envelope.type === regionsEvents.regionProvisioned.type) {
        return regions.applyProvisioned(manager, (event as ConsumedEvent<RegionProvisionedData>).data);
      }
      return regions.applyGovernanceChanged(manager, (event as ConsumedEvent<RegionGovernanceChangedData>).data);
    },
  );
}
