import { ConnectionType } from '@sectorwars/platform';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Treaty types (ARCHITECTURE.md, "Game design figures"); GraphQL names upper-case, stored lower-case. */
export enum TreatyType {
  TRADE_AGREEMENT = 'trade_agreement',
  NON_AGGRESSION = 'non_aggression',
  DEFENSE_PACT = 'defense_pact',
  ALLIANCE = 'alliance',
  CULTURAL_EXCHANGE = 'cultural_exchange',
}

/**
 * Treaty lifecycle: PENDING → ACTIVE (accepted) | REJECTED | WITHDRAWN (by the proposer);
 * ACTIVE → TERMINATED (by either side) | EXPIRED (at `endsAt`).
 */
export enum TreatyStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  TERMINATED = 'TERMINATED',
  EXPIRED = 'EXPIRED',
}

registerEnumType(TreatyType, {
  name: 'TreatyType',
  description: 'Kinds of treaty between two regions (at most one PENDING or ACTIVE of each kind per pair).',
  valuesConfig: {
    TRADE_AGREEMENT: { description: 'Trade on better terms between the two regions.' },
    NON_AGGRESSION: { description: 'The regions do not attack each other.' },
    DEFENSE_PACT: { description: 'The regions defend each other.' },
    ALLIANCE: { description: 'A full alliance.' },
    CULTURAL_EXCHANGE: { description: 'Cultural exchange between the regions.' },
  },
});
registerEnumType(TreatyStatus, {
  name: 'TreatyStatus',
  description: 'Where a treaty is.',
  valuesConfig: {
    PENDING: { description: 'Proposed; waiting for the other region to answer.' },
    ACTIVE: { description: 'Signed by both and in force until `endsAt`.' },
    REJECTED: { description: 'The other region declined.' },
    WITHDRAWN: { description: 'The proposing region withdrew it before an answer.' },
    TERMINATED: { description: 'Ended early by one of the regions.' },
    EXPIRED: { description: 'Reached the end of its term.' },
  },
});

/** A treaty between two regions (table `governance.treaties`). */
@ObjectType({ description: 'A treaty between two regions.' })
export class Treaty {
  @Field(() => ID, { description: 'Treaty id (UUID).' })
  id: string;

  /** Proposing region id; exposed as `fromRegion`. */
  fromRegionId: string;
  /** Other region id; exposed as `toRegion`. */
  toRegionId: string;

  @Field(() => TreatyType, { description: 'Kind of treaty.' })
  type: TreatyType;

  @Field({ description: 'The terms, as agreed text (1–4,000 characters).' })
  terms: string;

  @Field(() => Int, { description: 'Length of the term once signed, in days (1–365).' })
  durationDays: number;

  @Field(() => TreatyStatus, { description: 'Lifecycle status.' })
  status: TreatyStatus;

  /** Proposer's player id; exposed as `proposedBy`. */
  proposedById: string;

  @Field({ description: 'When it was proposed.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the other region accepted it; null before.' })
  signedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it expires (signed + durationDays); null until signed.' })
  endsAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When it ended (rejected, withdrawn, terminated or expired); null while pending or in force.',
  })
  endedAt: Date | null;
}

@ObjectType({ description: 'A page of treaties.' })
export class TreatyConnection extends ConnectionType(Treaty) {}

/** A row of `governance.treaties`. */
export interface TreatyRow {
  id: string;
  from_region_id: string;
  to_region_id: string;
  type: TreatyType;
  terms: string;
  duration_days: number;
  status: TreatyStatus;
  proposed_by: string;
  created_at: Date;
  signed_at: Date | null;
  ends_at: Date | null;
  ended_at: Date | null;
  at?: string;
}

/** Maps a stored row to the GraphQL `Treaty`. */
export const toTreaty = (row: TreatyRow): Treaty =>
  Object.assign(new Treaty(), {
    id: row.id,
    fromRegionId: row.from_region_id,
    toRegionId: row.to_region_id,
    type: row.type,
    terms: row.terms,
    durationDays: row.duration_days,
    status: row.status,
    proposedById: row.proposed_by,
    createdAt: row.created_at,
    signedAt: row.signed_at,
    endsAt: row.ends_at,
    endedAt: row.ended_at,
  });
