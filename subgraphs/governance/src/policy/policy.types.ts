import { ConnectionType } from '@sectorwars/platform';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Electorate, PolicyChangesValue, PolicyTypeName } from './policy.rules';

/** Policy types; GraphQL names upper-case, stored lower-case (the event catalog's spelling). */
export enum PolicyType {
  TAX_RATE = 'tax_rate',
  PVP_RULES = 'pvp_rules',
  TRADE_POLICY = 'trade_policy',
  IMMIGRATION = 'immigration',
  DEFENSE = 'defense',
  CULTURAL = 'cultural',
}

/** Policy lifecycle: ACTIVE → PASSED | REJECTED; PASSED → IMPLEMENTED once regions applied it. */
export enum PolicyStatus {
  ACTIVE = 'ACTIVE',
  PASSED = 'PASSED',
  REJECTED = 'REJECTED',
  IMPLEMENTED = 'IMPLEMENTED',
}

/** Who decides a policy (fixed when it is proposed, from the region's governance type). */
export enum PolicyElectorate {
  CITIZENS = 'CITIZENS',
  COUNCIL = 'COUNCIL',
  OWNER = 'OWNER',
}

/** Who may settle in a region. */
export enum ImmigrationStance {
  OPEN = 'open',
  TREATY_ONLY = 'treaty_only',
  CLOSED = 'closed',
}

/** Combat between players in a region. */
export enum PvpMode {
  OPEN = 'open',
  RESTRICTED = 'restricted',
  DISABLED = 'disabled',
}

registerEnumType(PolicyType, {
  name: 'PolicyType',
  description: 'What a policy changes.',
  valuesConfig: {
    TAX_RATE: { description: 'The tax on trade (`proposedChanges.taxRate`, 0.05–0.25).' },
    PVP_RULES: { description: 'Combat between players (`proposedChanges.pvpMode`).' },
    TRADE_POLICY: { description: 'A tariff on trade with regions without a trade agreement (`tariffRate`, 0–0.5).' },
    IMMIGRATION: { description: 'Who may settle (`proposedChanges.immigration`).' },
    DEFENSE: { description: 'The defense level of the region (`defenseLevel`, 1–10).' },
    CULTURAL: { description: 'The motto and/or traditions (`motto`, `traditions`).' },
  },
});
registerEnumType(PolicyStatus, {
  name: 'PolicyStatus',
  description: 'Where a policy is in its lifecycle.',
  valuesConfig: {
    ACTIVE: { description: 'Voting is open until `votingClosesAt`.' },
    PASSED: { description: "Approved (approval ≥ the region's voting threshold, or decreed); regions applies it." },
    REJECTED: { description: 'Voting closed below the threshold (or with no votes).' },
    IMPLEMENTED: { description: 'Passed and applied to the region by the regions service.' },
  },
});
registerEnumType(PolicyElectorate, {
  name: 'PolicyElectorate',
  description: "Who decides a policy, from the region's governance type when it was proposed.",
  valuesConfig: {
    CITIZENS: { description: 'Democracy: citizens and residents vote, each weighted by voting power (0–5).' },
    COUNCIL: { description: 'Council: council members vote, one vote (weight 1) each.' },
    OWNER: { description: "Autocracy: the owner's proposal is a decree and passes at once; no vote." },
  },
});
registerEnumType(ImmigrationStance, {
  name: 'ImmigrationStance',
  description: 'Who may settle in a region.',
  valuesConfig: {
    OPEN: { description: 'Anyone may become a citizen or resident.' },
    TREATY_ONLY: { description: 'Only players of regions with an active treaty.' },
    CLOSED: { description: 'No new citizens or residents.' },
  },
});
registerEnumType(PvpMode, {
  name: 'PvpMode',
  description: 'Combat between players in a region.',
  valuesConfig: {
    OPEN: { description: 'Players may attack each other everywhere.' },
    RESTRICTED: { description: 'No combat in sectors of security level 8 or more.' },
    DISABLED: { description: 'No combat between players.' },
  },
});

/** What a policy changes; only the fields of its type are set. */
@ObjectType({ description: 'What a policy changes. Only the fields of its `type` are set; the others are null.' })
export class PolicyChanges {
  @Field(() => Float, { nullable: true, description: 'TAX_RATE: the proposed tax on trade, a fraction 0.05–0.25.' })
  taxRate?: number | null;

  @Field(() => ImmigrationStance, { nullable: true, description: 'IMMIGRATION: the proposed stance.' })
  immigration?: ImmigrationStance | null;

  @Field(() => PvpMode, { nullable: true, description: 'PVP_RULES: the proposed combat rules.' })
  pvpMode?: PvpMode | null;

  @Field(() => Float, { nullable: true, description: 'TRADE_POLICY: the proposed tariff, a fraction 0–0.5.' })
  tariffRate?: number | null;

  @Field(() => Int, { nullable: true, description: 'DEFENSE: the proposed defense level, 1–10.' })
  defenseLevel?: number | null;

  @Field(() => String, { nullable: true, description: 'CULTURAL: the proposed motto (null: unchanged).' })
  motto?: string | null;

  @Field(() => [String], { nullable: true, description: 'CULTURAL: the proposed traditions (null: unchanged).' })
  traditions?: string[] | null;
}

/** A policy (table `governance.policies`). */
@ObjectType({ description: 'A proposed change to a region, decided by vote (or by decree in an autocracy).' })
export class Policy {
  @Field(() => ID, { description: 'Policy id (UUID).' })
  id: string;

  /** Region id; exposed as `region`. */
  regionId: string;

  @Field(() => PolicyType, { description: 'What the policy changes.' })
  type: PolicyType;

  @Field({ description: 'Short title, 3–120 characters.' })
  title: string;

  @Field({ description: 'Why and what, at most 4,000 characters (may be empty).' })
  description: string;

  @Field(() => PolicyChanges, { description: 'The proposed change (the fields of `type`).' })
  proposedChanges: PolicyChanges;

  /** Proposer's player id; exposed as `proposedBy`. */
  proposedById: string;

  @Field(() => PolicyStatus, { description: 'Lifecycle status.' })
  status: PolicyStatus;

  @Field(() => PolicyElectorate, { description: 'Who decides this policy.' })
  electorate: PolicyElectorate;

  @Field(() => Float, {
    description: "Share of the weighted votes needed to pass, 0.1–0.9: the region's threshold when proposed.",
  })
  votingThreshold: number;

  @Field(() => Float, { description: 'Weighted votes in favour (sum of the voting powers of supporters).' })
  votesFor: number;

  @Field(() => Float, { description: 'Weighted votes against.' })
  votesAgainst: number;

  @Field(() => Int, { description: 'Number of voters who voted.' })
  voterCount: number;

  @Field(() => Float, {
    description: '100 × votesFor / (votesFor + votesAgainst); 0 while nobody voted. Passes at ≥ 100 × votingThreshold.',
  })
  approvalPercentage: number;

  @Field({ description: 'When voting closes (for a decree: when it was decreed).' })
  votingClosesAt: Date;

  @Field({ description: 'When the policy was proposed.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When voting closed (or the decree passed); null while ACTIVE.' })
  closedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When regions applied it; null unless IMPLEMENTED.' })
  implementedAt: Date | null;
}

@ObjectType({ description: 'A page of policies.' })
export class PolicyConnection extends ConnectionType(Policy) {}

/** A row of `governance.policies` (numeric columns arrive as strings). */
export interface PolicyRow {
  id: string;
  region_id: string;
  type: PolicyTypeName;
  title: string;
  description: string;
  proposed_changes: PolicyChangesValue;
  proposed_by: string;
  electorate: Electorate;
  voting_threshold: string;
  status: PolicyStatus;
  votes_for: string;
  votes_against: string;
  voter_count: number;
  voting_closes_at: Date;
  created_at: Date;
  closed_at: Date | null;
  implemented_at: Date | null;
  /** `created_at` as text, full precision (cursor). */
  at?: string;
}

/** 100 × for / (for + against), 0 when nobody voted. */
export const approval = (votesFor: number, votesAgainst: number) =>
  votesFor + votesAgainst > 0 ? (100 * votesFor) / (votesFor + votesAgainst) : 0;

/** Maps a stored row to the GraphQL `Policy`. */
export function toPolicy(row: PolicyRow): Policy {
  const votesFor = Number(row.votes_for);
  const votesAgainst = Number(row.votes_against);
  return Object.assign(new Policy(), {
    id: row.id,
    regionId: row.region_id,
    type: row.type as PolicyType,
    title: row.title,
    description: row.description,
    proposedChanges: { ...row.proposed_changes },
    proposedById: row.proposed_by,
    status: row.status,
    electorate: row.electorate as PolicyElectorate,
    votingThreshold: Number(row.voting_threshold),
    votesFor,
    votesAgainst,
    voterCount: row.voter_count,
    approvalPercentage: approval(votesFor, votesAgainst),
    votingClosesAt: row.voting_closes_at,
    createdAt: row.created_at,
    closedAt: row.closed_at,
    implementedAt: row.implemented_at,
  });
}
