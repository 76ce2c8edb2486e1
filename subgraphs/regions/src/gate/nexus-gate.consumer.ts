import { type ConsumedEvent, type EventBus, nexusEvents } from '@sectorwars/events';
import type { z } from 'zod';
import type { RegionService } from '../region/region.service';

/** Consumer group of regions' `nexus.gate.assigned` consumer. */
export const NEXUS_GATE_GROUP = 'regions.nexus-gate';

/** `data` of `nexus.gate.assigned`: region id, gate id, Gateway Plaza sector number (4001–5000). */
export type GateAssignedData = z.infer<typeof nexusEvents.gateAssigned.schema>;

/**
 * Registers the idempotent consumer (group `regions.nexus-gate`) that stores the
 * Gateway Plaza sector nexus assigned to a region as `Region.nexusGateSector`.
 * Call before `bus.start()`.
 */
export function consumeNexusGates(bus: EventBus, regions: RegionService) {
  return bus.consume(NEXUS_GATE_GROUP, [nexusEvents.gateAssigned], (event, manager) => {
    const { regionId, sectorNumber } = (event as ConsumedEvent<GateAssignedData>).data;
    return regions.recordNexusGate(manager, regionId, sectorNumber);
  });
}
