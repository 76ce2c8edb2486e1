import { z } from 'zod';
import { defineEvent } from './define';

/**
 * A player registered. Emitted by identity in the registration transaction.
 * Consumed by regions (later issue) to enrol new players in the default region.
 */
export const playerRegistered = defineEvent({
  service: 'identity',
  aggregate: 'player',
  event: 'registered',
  version: 1,
  schema: z.object({
    playerId: z.uuid(),
    handle: z.string().min(3).max(24),
    displayName: z.string().min(1).max(48),
    registeredAt: z.iso.datetime(),
  }),
  description: 'A new player account exists (identity → regions: enrol in the default region).',
  consumedBy: ['regions'],
});
