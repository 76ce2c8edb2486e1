import { z } from 'zod';
import { defineEvent } from './define';

/**
 * Progress of a Central Nexus generation or district regeneration, emitted as
 * the background job advances. Consumed by the gateway's subscriptions (admin
 * progress bars); the same value is queryable as `nexusGenerationProgress`.
 */
export const generationProgressed = defineEvent({
  service: 'nexus',
  aggregate: 'generation',
  event: 'progressed',
  version: 1,
  schema: z.object({
    jobId: z.uuid(),
    kind: z.enum(['generate', 'regenerate_district']),
    status: z.enum(['GENERATING', 'READY', 'FAILED']),
    percent: z.number().min(0).max(100),
    message: z.string(),
  }),
  description: 'Nexus generation advanced (nexus → gateway subscriptions: admin progress bar).',
  consumedBy: ['gateway subscriptions'],
});

/** Nexus assigned a Gateway Plaza sector to a region's platform warp gate (after `region.provisioned`). */
export const gateAssigned = defineEvent({
  service: 'nexus',
  aggregate: 'gate',
  event: 'assigned',
  version: 1,
  schema: z.object({ regionId: z.uuid(), gateId: z.uuid(), sectorNumber: z.number().int().min(4001).max(5000) }),
  description: 'A region got its Gateway Plaza warp gate (nexus → regions: record the gate sector; travel).',
  consumedBy: ['regions', 'travel'],
});
