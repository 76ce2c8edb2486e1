import { z } from 'zod';
import { defineEvent } from './define';

const regionSettings = z.record(z.string(), z.unknown());

/**
 * A region exists with its 500 sectors. Emitted by regions in the provisioning
 * transaction. Consumed by nexus (assigns the region's Gateway Plaza warp gate)
 * and governance (creates the region's governance record).
 */
export const regionProvisioned = defineEvent({
  service: 'regions',
  aggregate: 'region',
  event: 'provisioned',
  version: 1,
  schema: z.object({
    regionId: z.uuid(),
    name: z.string(),
    displayName: z.string(),
    ownerId: z.uuid().nullable(),
    totalSectors: z.number().int().positive(),
    provisionedAt: z.iso.datetime(),
    /** The region's governance at provisioning (absent in events written before it was added: use the defaults). */
    governance: z
      .object({
        type: z.enum(['democracy', 'autocracy', 'council']),
        votingThreshold: z.number().min(0.1).max(0.9),
        electionFrequencyDays: z.number().int().min(30).max(365),
      })
      .optional(),
  }),
  description: 'A region and its sectors exist (regions → nexus: assign a warp gate; governance: set up).',
  consumedBy: ['nexus', 'governance'],
});

/** An owner changed the region's economy (tax rate, starting credits, trade bonuses, specialization). */
export const regionEconomyChanged = defineEvent({
  service: 'regions',
  aggregate: 'region',
  event: 'economy-changed',
  version: 1,
  schema: z.object({ regionId: z.uuid(), actorId: z.uuid(), before: regionSettings, after: regionSettings }),
  description: 'Economy settings changed (regions → travel and billing read trade terms; audit consumers).',
  consumedBy: ['travel'],
});

/** An owner changed the region's governance (type, voting threshold, election frequency, constitution). */
export const regionGovernanceChanged = defineEvent({
  service: 'regions',
  aggregate: 'region',
  event: 'governance-changed',
  version: 1,
  schema: z.object({ regionId: z.uuid(), actorId: z.uuid(), before: regionSettings, after: regionSettings }),
  description: 'Governance settings changed (regions → governance applies the new rules to votes).',
  consumedBy: ['governance'],
});

/** An owner changed the region's culture (motto, language pack, theme, traditions). */
export const regionCultureChanged = defineEvent({
  service: 'regions',
  aggregate: 'region',
  event: 'culture-changed',
  version: 1,
  schema: z.object({ regionId: z.uuid(), actorId: z.uuid(), before: regionSettings, after: regionSettings }),
  description: 'Culture settings changed (regions → player portal caches and live theme updates).',
  consumedBy: ['gateway subscriptions'],
});

/**
 * A player's membership in a region began, changed or ended. Governance keeps its
 * voter roll from these (who may vote, with what voting power).
 */
export const membershipChanged = defineEvent({
  service: 'regions',
  aggregate: 'membership',
  event: 'changed',
  version: 1,
  schema: z.object({
    regionId: z.uuid(),
    playerId: z.uuid(),
    change: z.enum(['joined', 'updated', 'left']),
    membershipType: z.enum(['citizen', 'resident', 'visitor', 'nomadic_trader']).nullable(),
    votingPower: z.number().min(0).max(5),
    reputation: z.number().int().min(-1000).max(1000),
    occurredAt: z.iso.datetime(),
  }),
  description: 'Membership joined/updated/left (regions → governance voter roll).',
  consumedBy: ['governance'],
});

/** Region roles that elections grant (the owner's role comes with the region; members' with membership). */
export const ELECTED_ROLES = ['GOVERNOR', 'COUNCIL_MEMBER', 'AMBASSADOR', 'TRADE_COMMISSIONER'] as const;

/**
 * An elected role was granted to or revoked from a player in a region (after
 * `governance.election.completed`, or when a term ends). Governance keeps who holds
 * which office from these (council votes, who may propose and answer treaties).
 */
export const roleChanged = defineEvent({
  service: 'regions',
  aggregate: 'membership',
  event: 'role-changed',
  version: 1,
  schema: z.object({
    regionId: z.uuid(),
    playerId: z.uuid(),
    role: z.enum(ELECTED_ROLES),
    change: z.enum(['granted', 'revoked']),
    /** End of the term (granted), null when revoked. */
    termEndsAt: z.iso.datetime().nullable(),
    electionId: z.uuid().nullable(),
    occurredAt: z.iso.datetime(),
  }),
  description: 'Elected role granted/revoked (regions → governance: council and treaty rights).',
  consumedBy: ['governance'],
});

/**
 * Regions applied a passed policy's changes (e.g. the new tax rate) to the region.
 * `applied` holds the settings as they are now; governance marks the policy IMPLEMENTED.
 */
export const policyImplemented = defineEvent({
  service: 'regions',
  aggregate: 'region',
  event: 'policy-implemented',
  version: 1,
  schema: z.object({
    policyId: z.uuid(),
    regionId: z.uuid(),
    type: z.string(),
    applied: regionSettings,
    implementedAt: z.iso.datetime(),
  }),
  description: 'A passed policy took effect in the region (regions → governance marks it implemented).',
  consumedBy: ['governance'],
});
