import type { DeadLetterStore } from '@sectorwars/events';
import type { RequestContext } from '@sectorwars/platform';
import DataLoader from 'dataloader';
import type { NexusAuditLog } from './audit/audit';
import type { NexusService } from './galaxy/nexus.service';
import type { NexusSector } from './galaxy/nexus.types';
import type { GateService } from './gate/gate.service';
import type { GenerationService } from './generation/generation.service';

/** Nexus's business services, created once per process. */
export interface NexusServices {
  deadLetters: DeadLetterStore;
  nexus: NexusService;
  generation: GenerationService;
  gates: GateService;
  audit: NexusAuditLog;
}

/** Resolver context of the nexus subgraph. */
export interface NexusContext extends RequestContext {
  services: NexusServices;
  /** The admin dead-letter resolver reads it here. */
  deadLetters: DeadLetterStore;
  /** Warp neighbours by sector number: one SQL query per request level, however many sectors. */
  warpLoader: DataLoader<number, NexusSector[]>;
  /** Sectors by number (gates' sectors). */
  sectorLoader: DataLoader<number, NexusSector | null>;
}

/** Adds nexus's services and request-scoped DataLoaders to the base context. */
export const nexusContext =
  (services: NexusServices) =>
  (base: RequestContext): NexusContext => ({
    ...base,
    services,
    deadLetters: services.deadLetters,
    warpLoader: new DataLoader((numbers: readonly number[]) => services.nexus.neighbours(numbers)),
    sectorLoader: new DataLoader((numbers: readonly number[]) => services.nexus.sectorsByNumber(numbers)),
  });
