import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Forms of government (ARCHITECTURE.md, "Game design figures"); stored lower-case as regions sends them. */
export type GovernanceType = 'democracy' | 'autocracy' | 'council';

/**
 * Governance defaults when `region.provisioned` carries no `governance` (events written before the
 * field existed): democracy, threshold 0.51, elections every 90 days — regions' own defaults.
 */
export const DEFAULT_GOVERNANCE = {
  type: 'democracy' as GovernanceType,
  votingThreshold: 0.51,
  electionFrequencyDays: 90,
} as const;

/**
 * What governance knows about a region (table `governance.regions`, a projection of
 * `region.provisioned` and `region.governance-changed`): who owns it and its rules.
 */
export interface RegionRules {
  id: string;
  /** Owner's player id; null for platform-owned regions (nobody owns, so nobody decrees). */
  ownerId: string | null;
  governanceType: GovernanceType;
  /** Share of the weighted votes a policy needs, 0.1–0.9. */
  votingThreshold: number;
  /** Days between elections, 30–365: the length of an elected term. */
  electionFrequencyDays: number;
}

/**
 * The federated `Region` entity as governance sees it: only the key. The regions subgraph
 * resolves every other field; governance contributes `policies`, `elections` and `treaties`.
 */
@Directive('@key(fields: "id")')
@ObjectType('Region', {
  description: 'A territory of 500 sectors, owned by a player (or the platform) and governed by its owner.',
})
export class RegionRef {
  @Field(() => ID, { description: 'Region id (UUID).' })
  id: string;
}

/** A `Region` stub for an id. */
export const regionRef = (id: string): RegionRef => ({ id });
