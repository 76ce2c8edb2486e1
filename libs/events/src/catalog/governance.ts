import { z } from 'zod';
import { defineEvent } from './define';

/** Policy types (ARCHITECTURE.md, "Game design figures"). */
export const POLICY_TYPES = ['tax_rate', 'pvp_rules', 'trade_policy', 'immigration', 'defense', 'cultural'] as const;
/** Policy lifecycle: ACTIVE (voting open) → PASSED | REJECTED → IMPLEMENTED (passed and applied by regions). */
export const POLICY_STATUSES = ['ACTIVE', 'PASSED', 'REJECTED', 'IMPLEMENTED'] as const;
/** Elected positions (ARCHITECTURE.md, "Game design figures"). */
export const ELECTION_POSITIONS = ['governor', 'council_member', 'ambassador', 'trade_commissioner'] as const;
/** Treaty types (ARCHITECTURE.md, "Game design figures"). */
export const TREATY_TYPES = [
  'trade_agreement',
  'non_aggression',
  'defense_pact',
  'alliance',
  'cultural_exchange',
] as const;

/**
 * A policy's weighted tally after a vote was counted. Emitted in the vote's
 * transaction, keyed by the policy id, so tallies of one policy stay in order;
 * `tallyVersion` grows by one per counted vote (subscribers drop anything older
 * than what they already showed). Consumed by the gateway's subscription server
 * (`policyVoteTallied`), which coalesces bursts per policy.
 */
export const policyTallied = defineEvent({
  service: 'governance',
  aggregate: 'policy',
  event: 'tallied',
  version: 1,
  schema: z.object({
    policyId: z.uuid(),
    regionId: z.uuid(),
    votesFor: z.number().min(0),
    votesAgainst: z.number().min(0),
    voterCount: z.number().int().min(0),
    approvalPercentage: z.number().min(0).max(100),
    tallyVersion: z.number().int().min(0),
    occurredAt: z.iso.datetime(),
  }),
  description: 'A vote was counted; the new weighted tally (governance → gateway subscriptions).',
  consumedBy: ['gateway subscriptions'],
});

/** A policy was proposed or changed status (ACTIVE on proposal, then PASSED/REJECTED, IMPLEMENTED). */
export const policyStatusChanged = defineEvent({
  service: 'governance',
  aggregate: 'policy',
  event: 'status-changed',
  version: 1,
  schema: z.object({
    policyId: z.uuid(),
    regionId: z.uuid(),
    type: z.enum(POLICY_TYPES),
    status: z.enum(POLICY_STATUSES),
    previousStatus: z.enum(POLICY_STATUSES).nullable(),
    occurredAt: z.iso.datetime(),
  }),
  description: 'Policy proposed or its status changed (governance → gateway subscriptions: policyStatusChanged).',
  consumedBy: ['gateway subscriptions'],
});

/**
 * A policy vote closed with approval ≥ the region's voting threshold (or the owner
 * of an autocracy decreed it). Regions applies `proposedChanges` and answers with
 * `regions.region.policy-implemented`.
 */
export const policyPassed = defineEvent({
  service: 'governance',
  aggregate: 'policy',
  event: 'passed',
  version: 1,
  schema: z.object({
    policyId: z.uuid(),
    regionId: z.uuid(),
    type: z.enum(POLICY_TYPES),
    /** Validated per type by governance, e.g. `{ taxRate: 0.12 }`, `{ immigration: 'closed' }`. */
    proposedChanges: z.record(z.string(), z.unknown()),
    passedAt: z.iso.datetime(),
  }),
  description: 'A policy passed (governance → regions applies the change).',
  consumedBy: ['regions'],
});

/** An election's state changed: opened, a candidate stood, a vote was counted, or it closed. */
export const electionUpdated = defineEvent({
  service: 'governance',
  aggregate: 'election',
  event: 'updated',
  version: 1,
  schema: z.object({
    electionId: z.uuid(),
    regionId: z.uuid(),
    position: z.enum(ELECTION_POSITIONS),
    status: z.enum(['ACTIVE', 'COMPLETED']),
    candidateCount: z.number().int().min(0),
    totalVotes: z.number().min(0),
    /** Grows by one per change of this election (subscribers drop older updates). */
    updateVersion: z.number().int().min(0),
    occurredAt: z.iso.datetime(),
  }),
  description: 'Election opened, candidate stood, vote counted or closed (governance → gateway subscriptions).',
  consumedBy: ['gateway subscriptions'],
});

/**
 * An election closed and its winner is decided (null when nobody stood). Regions
 * grants the position's role to the winner and revokes the previous holder's.
 */
export const electionCompleted = defineEvent({
  service: 'governance',
  aggregate: 'election',
  event: 'completed',
  version: 1,
  schema: z.object({
    electionId: z.uuid(),
    regionId: z.uuid(),
    position: z.enum(ELECTION_POSITIONS),
    winnerId: z.uuid().nullable(),
    termStartsAt: z.iso.datetime(),
    termEndsAt: z.iso.datetime(),
    completedAt: z.iso.datetime(),
  }),
  description: 'Election decided (governance → regions grants the role, revokes the previous holder).',
  consumedBy: ['regions'],
});

const treatyData = z.object({
  treatyId: z.uuid(),
  fromRegionId: z.uuid(),
  toRegionId: z.uuid(),
  type: z.enum(TREATY_TYPES),
  terms: z.string(),
  /** When the treaty ends by itself (signed), or ended (terminated/expired). */
  endsAt: z.iso.datetime(),
  occurredAt: z.iso.datetime(),
});

/** Both regions agreed: the treaty is in force until `endsAt`. */
export const treatySigned = defineEvent({
  service: 'governance',
  aggregate: 'treaty',
  event: 'signed',
  version: 1,
  schema: treatyData,
  description: 'Treaty in force (governance → travel: travel rules and trade bonuses between the two regions).',
  consumedBy: ['travel'],
});

/** One side ended an active treaty before its term. */
export const treatyTerminated = defineEvent({
  service: 'governance',
  aggregate: 'treaty',
  event: 'terminated',
  version: 1,
  schema: treatyData,
  description: 'Treaty terminated early (governance → travel).',
  consumedBy: ['travel'],
});

/** An active treaty reached its end date (scheduled job). */
export const treatyExpired = defineEvent({
  service: 'governance',
  aggregate: 'treaty',
  event: 'expired',
  version: 1,
  schema: treatyData,
  description: 'Treaty expired at the end of its term (governance → travel).',
  consumedBy: ['travel'],
});
