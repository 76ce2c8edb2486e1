/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A vote on a policy. */
export type CastVoteInput = {
  /** Policy voted on. */
  policyId: string | number;
  /** True to vote in favour, false to vote against. */
  support: boolean;
};

/** A policy vote to close before its time. */
export type ClosePolicyVoteInput = {
  /** Policy whose vote closes. */
  policyId: string | number;
};

/** An office of a region filled by election (the role regions grants the winner). */
export type ElectionPosition =
  /** Ambassador (role AMBASSADOR): proposes, answers and ends treaties. */
  | 'AMBASSADOR'
  /** Council member (role COUNCIL_MEMBER): votes on policies in a council region. */
  | 'COUNCIL_MEMBER'
  /** Governor (role GOVERNOR): proposes policies, starts elections, signs treaties. */
  | 'GOVERNOR'
  /** Trade commissioner (role TRADE_COMMISSIONER). */
  | 'TRADE_COMMISSIONER';

/** Where an election is. */
export type ElectionStatus =
  /** Candidates may stand and electors vote until `endsAt`. */
  | 'ACTIVE'
  /** Closed; the winner (if any) holds the office until `termEndsAt`. */
  | 'COMPLETED';

/** Generation of the whole Central Nexus. */
export type GenerateNexusInput = {
  /** Replace a READY Nexus (every sector, warp and player datum in it). Without it: CONFLICT. */
  force?: boolean;
  /** Seed, 1–64 characters; the same seed gives the same galaxy. Default: a random one. */
  seed?: string | null | undefined;
};

/** Platform-wide role. Region roles (owner, governor, …) belong to the regions subgraph. */
export type GlobalRole =
  /** Platform administrator: manages the Central Nexus, regions and players. */
  | 'ADMIN'
  /** Every registered player. */
  | 'PLAYER';

/** How a region is governed. */
export type GovernanceType =
  /** The owner decides alone. */
  | 'AUTOCRACY'
  /** An elected council decides. */
  | 'COUNCIL'
  /** Citizens and residents vote on policies and elect officials. */
  | 'DEMOCRACY';

/** Who may settle in a region. */
export type ImmigrationStance =
  /** No new citizens or residents. */
  | 'CLOSED'
  /** Anyone may become a citizen or resident. */
  | 'OPEN'
  /** Only players of regions with an active treaty. */
  | 'TREATY_ONLY';

/** One language-pack text. */
export type LanguageEntryInput = {
  /** Text key: 1–64 letters, digits, dots, dashes or underscores. */
  key: string;
  /** The text, at most 2,000 characters. */
  text: string;
};

/** Credentials to sign in with. */
export type LoginInput = {
  /** Email address of the account. */
  email: string;
  /** Password of the account. */
  password: string;
};

/** How a player belongs to a region. */
export type MembershipType =
  /** Full member: votes (voting power 1) and receives the starting credits once. */
  | 'CITIZEN'
  /** Trades across regions: no vote (voting power 0). */
  | 'NOMADIC_TRADER'
  /** Lives in the region: votes (voting power 1), no starting credits. */
  | 'RESIDENT'
  /** Passing through: no vote (voting power 0). */
  | 'VISITOR';

/** A district of the Central Nexus (ARCHITECTURE.md district table), in sector-number order. */
export type NexusDistrictType =
  /** Commerce Central, sectors 1–500: Premium markets and trade hubs. */
  | 'COMMERCE_CENTRAL'
  /** Cultural Center, sectors 2501–3000: Events and festivals. */
  | 'CULTURAL_CENTER'
  /** Diplomatic Quarter, sectors 501–800: Embassies; negotiations between regions. */
  | 'DIPLOMATIC_QUARTER'
  /** Free Trade Zone, sectors 3501–4000: Unrestricted, tax-free commerce. */
  | 'FREE_TRADE_ZONE'
  /** Gateway Plaza, sectors 4001–5000: Welcome and orientation; the warp gates to the regions. */
  | 'GATEWAY_PLAZA'
  /** High Security Zone, sectors 2001–2500: Restricted access. */
  | 'HIGH_SECURITY_ZONE'
  /** Industrial Zone, sectors 801–1200: Manufacturing complexes. */
  | 'INDUSTRIAL_ZONE'
  /** Research Campus, sectors 3001–3500: Technology development: research output ×2. */
  | 'RESEARCH_CAMPUS'
  /** Residential District, sectors 1201–1600: Citizen services. */
  | 'RESIDENTIAL_DISTRICT'
  /** Transit Hub, sectors 1601–2000: Warp gate infrastructure: twice the warps, half the travel time. */
  | 'TRANSIT_HUB';

/** GENERATE builds the whole Nexus; REGENERATE_DISTRICT rebuilds one district. */
export type NexusJobKind =
  /** Generation of the whole Nexus (generateNexus). */
  | 'GENERATE'
  /** Rebuild of one district (regenerateDistrict). */
  | 'REGENERATE_DISTRICT';

/** GENERATING while the job runs, then READY (done) or FAILED (nothing changed; see message). */
export type NexusJobStatus =
  /** Failed; nothing was changed and the previous Nexus status is back. */
  | 'FAILED'
  /** Queued or running. */
  | 'GENERATING'
  /** Done: the result is stored. */
  | 'READY';

/** NOT_GENERATED before the first generation, GENERATING while a job runs, READY otherwise. */
export type NexusStatus =
  /** A generation or district regeneration job is running. */
  | 'GENERATING'
  /** No sectors yet: an admin must run generateNexus. */
  | 'NOT_GENERATED'
  /** The 5,000 sectors exist and no job is running. */
  | 'READY';

/** How busy a district is, quietest first. */
export type NexusTrafficLevel =
  /** Traffic level 5 of 5. */
  | 'EXTREME'
  /** Traffic level 3 of 5. */
  | 'HIGH'
  /** Traffic level 1 of 5. */
  | 'LOW'
  /** Traffic level 2 of 5. */
  | 'MEDIUM'
  /** Traffic level 4 of 5. */
  | 'VERY_HIGH';

/** What a policy proposes: give exactly the fields of its type (see `PolicyType`). */
export type PolicyChangesInput = {
  /** DEFENSE: defense level, 1–10. */
  defenseLevel?: number | null | undefined;
  /** IMMIGRATION: who may settle. */
  immigration?: ImmigrationStance | null | undefined;
  /** CULTURAL: the motto, at most 200 characters. */
  motto?: string | null | undefined;
  /** PVP_RULES: combat between players. */
  pvpMode?: PvpMode | null | undefined;
  /** TRADE_POLICY: tariff on trade with regions without a trade agreement, 0–0.5. */
  tariffRate?: number | null | undefined;
  /** TAX_RATE: tax on trade, 0.05–0.25. */
  taxRate?: number | null | undefined;
  /** CULTURAL: the whole list of traditions (at most 20, each 1–200 characters). */
  traditions?: Array<string> | null | undefined;
};

/** Who decides a policy, from the region's governance type when it was proposed. */
export type PolicyElectorate =
  /** Democracy: citizens and residents vote, each weighted by voting power (0–5). */
  | 'CITIZENS'
  /** Council: council members vote, one vote (weight 1) each. */
  | 'COUNCIL'
  /** Autocracy: the owner's proposal is a decree and passes at once; no vote. */
  | 'OWNER';

/** Where a policy is in its lifecycle. */
export type PolicyStatus =
  /** Voting is open until `votingClosesAt`. */
  | 'ACTIVE'
  /** Passed and applied to the region by the regions service. */
  | 'IMPLEMENTED'
  /** Approved (approval ≥ the region's voting threshold, or decreed); regions applies it. */
  | 'PASSED'
  /** Voting closed below the threshold (or with no votes). */
  | 'REJECTED';

/** What a policy changes. */
export type PolicyType =
  /** The motto and/or traditions (`motto`, `traditions`). */
  | 'CULTURAL'
  /** The defense level of the region (`defenseLevel`, 1–10). */
  | 'DEFENSE'
  /** Who may settle (`proposedChanges.immigration`). */
  | 'IMMIGRATION'
  /** Combat between players (`proposedChanges.pvpMode`). */
  | 'PVP_RULES'
  /** The tax on trade (`proposedChanges.taxRate`, 0.05–0.25). */
  | 'TAX_RATE'
  /** A tariff on trade with regions without a trade agreement (`tariffRate`, 0–0.5). */
  | 'TRADE_POLICY';

/** A policy to propose. */
export type ProposePolicyInput = {
  /** Why and what, at most 4000 characters (may be empty). */
  description: string;
  /** The proposed change: exactly the fields of `type`. */
  proposedChanges: PolicyChangesInput;
  /** Region the policy is for. */
  regionId: string | number;
  /** Short title, 3–120 characters. */
  title: string;
  /** What it changes. */
  type: PolicyType;
  /** Days the vote stays open, 1–30 (default 7). Ignored for decrees. */
  votingDays?: number | null | undefined;
};

/** A treaty to propose to another region. */
export type ProposeTreatyInput = {
  /** Length of the term once signed, 1–365 days (default 90). */
  durationDays?: number | null | undefined;
  /** The proposing region (the viewer is its owner, governor or ambassador). */
  fromRegionId: string | number;
  /** The terms, 1–4000 characters. */
  terms: string;
  /** The other region; must differ from `fromRegionId`. */
  toRegionId: string | number;
  /** Kind of treaty. */
  type: TreatyType;
};

/** A new region to provision. */
export type ProvisionRegionInput = {
  /** Name shown to players, 1–64 characters. */
  displayName: string;
  /** Unique slug: 3–48 lower-case letters, digits and single dashes. */
  name: string;
  /** Owner's player id; null for a platform-owned region. */
  ownerId?: string | number | null | undefined;
  /** Seed of the sector graph (default: the region id). */
  seed?: string | null | undefined;
};

/** Combat between players in a region. */
export type PvpMode =
  /** No combat between players. */
  | 'DISABLED'
  /** Players may attack each other everywhere. */
  | 'OPEN'
  /** No combat in sectors of security level 8 or more. */
  | 'RESTRICTED';

/** A refresh token to exchange or revoke. */
export type RefreshTokenInput = {
  /** The refresh token from `login`, `registerPlayer` or the last `refreshSession`. */
  refreshToken: string;
};

/** Rebuild of one district of a READY Nexus. */
export type RegenerateDistrictInput = {
  /** The district to rebuild. */
  district: NexusDistrictType;
  /** Keep every sector holding player data (owned planets, player ports, deployed assets): same number, id and data. */
  preservePlayerData?: boolean;
  /** Seed of the new district, 1–64 characters. Default: derived from the Nexus seed and the job. */
  seed?: string | null | undefined;
};

/** A role inside one region (platform roles are `GlobalRole`). */
export type RegionRole =
  /** Elected ambassador: proposes and answers treaties with other regions. */
  | 'AMBASSADOR'
  /** A citizen member: votes and receives the starting credits. */
  | 'CITIZEN'
  /** Elected council member: votes on policies in a council-governed region. */
  | 'COUNCIL_MEMBER'
  /** Elected governor (from a governance election): changes the economy and culture settings. */
  | 'GOVERNOR'
  /** The region's owner (pays the region subscription, changes its settings). */
  | 'OWNER'
  /** Elected trade commissioner (an office with no extra rights yet). */
  | 'TRADE_COMMISSIONER'
  /** Any other member (resident, visitor, nomadic trader). */
  | 'VISITOR';

/** Lifecycle of a region: PROVISIONING → ACTIVE → GRACE → SUSPENDED → ARCHIVED. */
export type RegionStatus =
  /** Open: players may join and play. */
  | 'ACTIVE'
  /** Permanently closed; kept read-only. */
  | 'ARCHIVED'
  /** The owner's subscription lapsed; the region still runs during the grace period. */
  | 'GRACE'
  /** Being created; not yet open to players. */
  | 'PROVISIONING'
  /** Closed to play until the subscription is renewed. */
  | 'SUSPENDED';

/** Theme settings to change; omitted fields keep their value. */
export type RegionThemeInput = {
  /** Accent colour, `#rrggbb`. */
  accentColor?: string | null | undefined;
  /** Font family name, 1–64 characters. */
  font?: string | null | undefined;
  /** https URL of the logo; an empty string removes it. */
  logoUrl?: string | null | undefined;
  /** Primary colour, `#rrggbb`. */
  primaryColor?: string | null | undefined;
  /** Secondary colour, `#rrggbb`. */
  secondaryColor?: string | null | undefined;
};

/** The other region's answer to a proposed treaty. */
export type RespondToTreatyInput = {
  /** True to accept (the treaty is signed and in force), false to reject it. */
  accept: boolean;
  /** Treaty answered. */
  treatyId: string | number;
};

/** A candidacy. */
export type StandForElectionInput = {
  /** Election to stand in. */
  electionId: string | number;
  /** What the candidate stands for, at most 2000 characters (may be empty). */
  platform: string;
};

/** An election to open. */
export type StartElectionInput = {
  /** The office to fill. */
  position: ElectionPosition;
  /** Region holding the election. */
  regionId: string | number;
  /** Days the election stays open, 1–30 (default 7). */
  votingDays?: number | null | undefined;
};

/** A treaty to end. */
export type TerminateTreatyInput = {
  /** Treaty ended. */
  treatyId: string | number;
};

/** A trade multiplier on one resource. */
export type TradeBonusInput = {
  /** Multiplier, 1–3. */
  multiplier: number;
  /** Resource key: 2–32 lower-case letters or underscores. */
  resource: string;
};

/** Where a treaty is. */
export type TreatyStatus =
  /** Signed by both and in force until `endsAt`. */
  | 'ACTIVE'
  /** Reached the end of its term. */
  | 'EXPIRED'
  /** Proposed; waiting for the other region to answer. */
  | 'PENDING'
  /** The other region declined. */
  | 'REJECTED'
  /** Ended early by one of the regions. */
  | 'TERMINATED'
  /** The proposing region withdrew it before an answer. */
  | 'WITHDRAWN';

/** Kinds of treaty between two regions (at most one PENDING or ACTIVE of each kind per pair). */
export type TreatyType =
  /** A full alliance. */
  | 'ALLIANCE'
  /** Cultural exchange between the regions. */
  | 'CULTURAL_EXCHANGE'
  /** The regions defend each other. */
  | 'DEFENSE_PACT'
  /** The regions do not attack each other. */
  | 'NON_AGGRESSION'
  /** Trade on better terms between the two regions. */
  | 'TRADE_AGREEMENT';

/** Culture settings to change; omitted fields keep their value. */
export type UpdateRegionCultureInput = {
  /** Replaces the whole language pack (at most 500 entries, each key once). */
  languagePack?: Array<LanguageEntryInput> | null | undefined;
  /** Motto, at most 200 characters. */
  motto?: string | null | undefined;
  /** Region id. */
  regionId: string | number;
  /** Theme changes. */
  theme?: RegionThemeInput | null | undefined;
  /** Replaces the traditions (at most 20, each ≤ 200 characters). */
  traditions?: Array<string> | null | undefined;
};

/** Economy settings to change; omitted fields keep their value. */
export type UpdateRegionEconomyInput = {
  /** Region id. */
  regionId: string | number;
  /** Specialization, 1–32 characters; an empty string clears it. */
  specialization?: string | null | undefined;
  /** Credits for new citizens, 100–10000. */
  startingCredits?: number | null | undefined;
  /** Tax rate as a fraction, 0.05–0.25. */
  taxRate?: number | null | undefined;
  /** Replaces every trade bonus (one entry per resource, each 1.0–3.0). */
  tradeBonuses?: Array<TradeBonusInput> | null | undefined;
};

/** Governance settings to change; omitted fields keep their value. */
export type UpdateRegionGovernanceInput = {
  /** Constitution text, at most 20,000 characters. */
  constitution?: string | null | undefined;
  /** Days between elections, 30–365. */
  electionFrequencyDays?: number | null | undefined;
  /** Region id. */
  regionId: string | number;
  /** Form of government. */
  type?: GovernanceType | null | undefined;
  /** Share of votes a policy needs, 0.1–0.9. */
  votingThreshold?: number | null | undefined;
};

/** A vote in an election. */
export type VoteInElectionInput = {
  /** Player id of the candidate voted for. */
  candidateId: string | number;
  /** Election voted in. */
  electionId: string | number;
};

export type NexusManagerQueryVariables = Exact<{ [key: string]: never; }>;


export type NexusManagerQuery = { nexus: { status: NexusStatus, seed: string | null, generatedAt: string | null, totalSectors: number, totalWarps: number, totalPorts: number, totalPlanets: number, districtCount: number }, nexusDistricts: Array<{ type: NexusDistrictType, name: string, sectorCount: number, portCount: number, planetCount: number, securityLevel: number, developmentLevel: number, traffic: NexusTrafficLevel, taxFree: boolean, restrictedAccess: boolean, sectorRange: { first: number, last: number } }> };

export type NexusJobFragment = { id: string, kind: NexusJobKind, status: NexusJobStatus, percent: number, message: string, seed: string, district: NexusDistrictType | null, createdAt: string, finishedAt: string | null };

export type NexusProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type NexusProgressQuery = { nexusGenerationProgress: { id: string, kind: NexusJobKind, status: NexusJobStatus, percent: number, message: string, seed: string, district: NexusDistrictType | null, createdAt: string, finishedAt: string | null } | null };

export type GenerateNexusMutationVariables = Exact<{
  input: GenerateNexusInput;
}>;


export type GenerateNexusMutation = { generateNexus: { job: { id: string, kind: NexusJobKind, status: NexusJobStatus, percent: number, message: string, seed: string, district: NexusDistrictType | null, createdAt: string, finishedAt: string | null } } };

export type RegenerateDistrictMutationVariables = Exact<{
  input: RegenerateDistrictInput;
}>;


export type RegenerateDistrictMutation = { regenerateDistrict: { job: { id: string, kind: NexusJobKind, status: NexusJobStatus, percent: number, message: string, seed: string, district: NexusDistrictType | null, createdAt: string, finishedAt: string | null } } };

export type ProvisionRegionMutationVariables = Exact<{
  input: ProvisionRegionInput;
}>;


export type ProvisionRegionMutation = { provisionRegion: { region: { id: string, name: string, displayName: string, totalSectors: number, status: RegionStatus } } };

export type CultureSettingsFragment = { motto: string, traditions: Array<string>, languagePack: Array<{ key: string, text: string }>, theme: { primaryColor: string, secondaryColor: string, accentColor: string, font: string, logoUrl: string | null } };

export type RegionCultureQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionCultureQuery = { region: { id: string, displayName: string, culture: { motto: string, traditions: Array<string>, languagePack: Array<{ key: string, text: string }>, theme: { primaryColor: string, secondaryColor: string, accentColor: string, font: string, logoUrl: string | null } } } | null };

export type UpdateRegionCultureMutationVariables = Exact<{
  input: UpdateRegionCultureInput;
}>;


export type UpdateRegionCultureMutation = { updateRegionCulture: { region: { id: string, culture: { motto: string, traditions: Array<string>, languagePack: Array<{ key: string, text: string }>, theme: { primaryColor: string, secondaryColor: string, accentColor: string, font: string, logoUrl: string | null } } } } };

export type TreatyFieldsFragment = { id: string, type: TreatyType, terms: string, durationDays: number, status: TreatyStatus, createdAt: string, signedAt: string | null, endsAt: string | null, endedAt: string | null, fromRegion: { id: string, displayName: string }, toRegion: { id: string, displayName: string }, proposedBy: { id: string, displayName: string, handle: string } };

export type RegionTreatiesQueryVariables = Exact<{
  id: string | number;
  status?: TreatyStatus | null | undefined;
}>;


export type RegionTreatiesQuery = { region: { id: string, treaties: { totalCount: number, edges: Array<{ node: { id: string, type: TreatyType, terms: string, durationDays: number, status: TreatyStatus, createdAt: string, signedAt: string | null, endsAt: string | null, endedAt: string | null, fromRegion: { id: string, displayName: string }, toRegion: { id: string, displayName: string }, proposedBy: { id: string, displayName: string, handle: string } } }> } } | null };

export type RegionDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionDirectoryQuery = { regions: { edges: Array<{ node: { id: string, displayName: string, status: RegionStatus } }> } };

export type ProposeTreatyMutationVariables = Exact<{
  input: ProposeTreatyInput;
}>;


export type ProposeTreatyMutation = { proposeTreaty: { treaty: { id: string, type: TreatyType, terms: string, durationDays: number, status: TreatyStatus, createdAt: string, signedAt: string | null, endsAt: string | null, endedAt: string | null, fromRegion: { id: string, displayName: string }, toRegion: { id: string, displayName: string }, proposedBy: { id: string, displayName: string, handle: string } } } };

export type RespondToTreatyMutationVariables = Exact<{
  input: RespondToTreatyInput;
}>;


export type RespondToTreatyMutation = { respondToTreaty: { treaty: { id: string, type: TreatyType, terms: string, durationDays: number, status: TreatyStatus, createdAt: string, signedAt: string | null, endsAt: string | null, endedAt: string | null, fromRegion: { id: string, displayName: string }, toRegion: { id: string, displayName: string }, proposedBy: { id: string, displayName: string, handle: string } } } };

export type TerminateTreatyMutationVariables = Exact<{
  input: TerminateTreatyInput;
}>;


export type TerminateTreatyMutation = { terminateTreaty: { treaty: { id: string, type: TreatyType, terms: string, durationDays: number, status: TreatyStatus, createdAt: string, signedAt: string | null, endsAt: string | null, endedAt: string | null, fromRegion: { id: string, displayName: string }, toRegion: { id: string, displayName: string }, proposedBy: { id: string, displayName: string, handle: string } } } };

export type EconomySettingsFragment = { taxRate: number, startingCredits: number, specialization: string | null, tradeBonuses: Array<{ resource: string, multiplier: number }> };

export type RegionEconomyQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionEconomyQuery = { region: { id: string, economy: { taxRate: number, startingCredits: number, specialization: string | null, tradeBonuses: Array<{ resource: string, multiplier: number }> } } | null };

export type UpdateRegionEconomyMutationVariables = Exact<{
  input: UpdateRegionEconomyInput;
}>;


export type UpdateRegionEconomyMutation = { updateRegionEconomy: { region: { id: string, economy: { taxRate: number, startingCredits: number, specialization: string | null, tradeBonuses: Array<{ resource: string, multiplier: number }> } } } };

export type ElectionFieldsFragment = { id: string, position: ElectionPosition, status: ElectionStatus, startsAt: string, endsAt: string, candidateCount: number, totalVotes: number, voterCount: number, termStartsAt: string | null, termEndsAt: string | null, completedAt: string | null, winner: { id: string, displayName: string, handle: string } | null, candidates: Array<{ platform: string, votes: number, stoodAt: string, player: { id: string, displayName: string, handle: string } }> };

export type RegionElectionsQueryVariables = Exact<{
  id: string | number;
  status?: ElectionStatus | null | undefined;
}>;


export type RegionElectionsQuery = { region: { id: string, elections: { totalCount: number, edges: Array<{ node: { id: string, position: ElectionPosition, status: ElectionStatus, startsAt: string, endsAt: string, candidateCount: number, totalVotes: number, voterCount: number, termStartsAt: string | null, termEndsAt: string | null, completedAt: string | null, winner: { id: string, displayName: string, handle: string } | null, candidates: Array<{ platform: string, votes: number, stoodAt: string, player: { id: string, displayName: string, handle: string } }> } }> } } | null };

export type ElectionUpdatedSubscriptionVariables = Exact<{
  electionId: string | number;
}>;


export type ElectionUpdatedSubscription = { electionUpdated: { id: string, position: ElectionPosition, status: ElectionStatus, startsAt: string, endsAt: string, candidateCount: number, totalVotes: number, voterCount: number, termStartsAt: string | null, termEndsAt: string | null, completedAt: string | null, winner: { id: string, displayName: string, handle: string } | null, candidates: Array<{ platform: string, votes: number, stoodAt: string, player: { id: string, displayName: string, handle: string } }> } };

export type StartElectionMutationVariables = Exact<{
  input: StartElectionInput;
}>;


export type StartElectionMutation = { startElection: { election: { id: string, position: ElectionPosition, status: ElectionStatus, startsAt: string, endsAt: string, candidateCount: number, totalVotes: number, voterCount: number, termStartsAt: string | null, termEndsAt: string | null, completedAt: string | null, winner: { id: string, displayName: string, handle: string } | null, candidates: Array<{ platform: string, votes: number, stoodAt: string, player: { id: string, displayName: string, handle: string } }> } } };

export type StandForElectionMutationVariables = Exact<{
  input: StandForElectionInput;
}>;


export type StandForElectionMutation = { standForElection: { election: { id: string, position: ElectionPosition, status: ElectionStatus, startsAt: string, endsAt: string, candidateCount: number, totalVotes: number, voterCount: number, termStartsAt: string | null, termEndsAt: string | null, completedAt: string | null, winner: { id: string, displayName: string, handle: string } | null, candidates: Array<{ platform: string, votes: number, stoodAt: string, player: { id: string, displayName: string, handle: string } }> } } };

export type VoteInElectionMutationVariables = Exact<{
  input: VoteInElectionInput;
}>;


export type VoteInElectionMutation = { voteInElection: { weight: number, election: { id: string, position: ElectionPosition, status: ElectionStatus, startsAt: string, endsAt: string, candidateCount: number, totalVotes: number, voterCount: number, termStartsAt: string | null, termEndsAt: string | null, completedAt: string | null, winner: { id: string, displayName: string, handle: string } | null, candidates: Array<{ platform: string, votes: number, stoodAt: string, player: { id: string, displayName: string, handle: string } }> } } };

export type GovernanceSettingsFragment = { type: GovernanceType, votingThreshold: number, electionFrequencyDays: number, constitution: string };

export type RegionGovernanceQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionGovernanceQuery = { region: { id: string, governance: { type: GovernanceType, votingThreshold: number, electionFrequencyDays: number, constitution: string } } | null };

export type UpdateRegionGovernanceMutationVariables = Exact<{
  input: UpdateRegionGovernanceInput;
}>;


export type UpdateRegionGovernanceMutation = { updateRegionGovernance: { region: { id: string, governance: { type: GovernanceType, votingThreshold: number, electionFrequencyDays: number, constitution: string } } } };

export type RegionOverviewQueryVariables = Exact<{
  id: string | number;
  withStats: boolean;
  withAudit: boolean;
}>;


export type RegionOverviewQuery = { region: { id: string, totalSectors: number, nexusGateSector: number | null, createdAt: string, owner: { id: string, handle: string, displayName: string } | null, governance: { type: GovernanceType }, economy: { taxRate: number, startingCredits: number }, stats?: { totalMembers: number, activeMembers: number, activeWindowDays: number, taxIncome: number, taxIncomeWindowDays: number, treasury: number, population: Array<{ type: MembershipType, count: number }>, sectorsByDevelopmentLevel: Array<{ level: number, sectors: number }> }, auditLog?: { totalCount: number, edges: Array<{ node: { id: string, action: string, createdAt: string, before: string | null, after: string | null, actor: { id: string, handle: string } | null } }> } } | null };

export type PolicyFieldsFragment = { id: string, type: PolicyType, title: string, description: string, status: PolicyStatus, electorate: PolicyElectorate, votingThreshold: number, votesFor: number, votesAgainst: number, voterCount: number, approvalPercentage: number, votingClosesAt: string, createdAt: string, closedAt: string | null, implementedAt: string | null, proposedChanges: { taxRate: number | null, immigration: ImmigrationStance | null, pvpMode: PvpMode | null, tariffRate: number | null, defenseLevel: number | null, motto: string | null, traditions: Array<string> | null }, proposedBy: { id: string, displayName: string, handle: string } };

export type RegionPoliciesQueryVariables = Exact<{
  id: string | number;
  status?: PolicyStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type RegionPoliciesQuery = { region: { id: string, policies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, type: PolicyType, title: string, description: string, status: PolicyStatus, electorate: PolicyElectorate, votingThreshold: number, votesFor: number, votesAgainst: number, voterCount: number, approvalPercentage: number, votingClosesAt: string, createdAt: string, closedAt: string | null, implementedAt: string | null, proposedChanges: { taxRate: number | null, immigration: ImmigrationStance | null, pvpMode: PvpMode | null, tariffRate: number | null, defenseLevel: number | null, motto: string | null, traditions: Array<string> | null }, proposedBy: { id: string, displayName: string, handle: string } } }> } } | null };

export type PolicyVoteTalliedSubscriptionVariables = Exact<{
  policyId: string | number;
}>;


export type PolicyVoteTalliedSubscription = { policyVoteTallied: { id: string, votesFor: number, votesAgainst: number, voterCount: number, approvalPercentage: number, status: PolicyStatus } };

export type PolicyStatusChangedSubscriptionVariables = Exact<{
  regionId: string | number;
}>;


export type PolicyStatusChangedSubscription = { policyStatusChanged: { id: string, type: PolicyType, title: string, description: string, status: PolicyStatus, electorate: PolicyElectorate, votingThreshold: number, votesFor: number, votesAgainst: number, voterCount: number, approvalPercentage: number, votingClosesAt: string, createdAt: string, closedAt: string | null, implementedAt: string | null, proposedChanges: { taxRate: number | null, immigration: ImmigrationStance | null, pvpMode: PvpMode | null, tariffRate: number | null, defenseLevel: number | null, motto: string | null, traditions: Array<string> | null }, proposedBy: { id: string, displayName: string, handle: string } } };

export type ProposePolicyMutationVariables = Exact<{
  input: ProposePolicyInput;
}>;


export type ProposePolicyMutation = { proposePolicy: { policy: { id: string, type: PolicyType, title: string, description: string, status: PolicyStatus, electorate: PolicyElectorate, votingThreshold: number, votesFor: number, votesAgainst: number, voterCount: number, approvalPercentage: number, votingClosesAt: string, createdAt: string, closedAt: string | null, implementedAt: string | null, proposedChanges: { taxRate: number | null, immigration: ImmigrationStance | null, pvpMode: PvpMode | null, tariffRate: number | null, defenseLevel: number | null, motto: string | null, traditions: Array<string> | null }, proposedBy: { id: string, displayName: string, handle: string } } } };

export type CastVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type CastVoteMutation = { castVote: { weight: number, policy: { id: string, type: PolicyType, title: string, description: string, status: PolicyStatus, electorate: PolicyElectorate, votingThreshold: number, votesFor: number, votesAgainst: number, voterCount: number, approvalPercentage: number, votingClosesAt: string, createdAt: string, closedAt: string | null, implementedAt: string | null, proposedChanges: { taxRate: number | null, immigration: ImmigrationStance | null, pvpMode: PvpMode | null, tariffRate: number | null, defenseLevel: number | null, motto: string | null, traditions: Array<string> | null }, proposedBy: { id: string, displayName: string, handle: string } } } };

export type ClosePolicyVoteMutationVariables = Exact<{
  input: ClosePolicyVoteInput;
}>;


export type ClosePolicyVoteMutation = { closePolicyVote: { policy: { id: string, type: PolicyType, title: string, description: string, status: PolicyStatus, electorate: PolicyElectorate, votingThreshold: number, votesFor: number, votesAgainst: number, voterCount: number, approvalPercentage: number, votingClosesAt: string, createdAt: string, closedAt: string | null, implementedAt: string | null, proposedChanges: { taxRate: number | null, immigration: ImmigrationStance | null, pvpMode: PvpMode | null, tariffRate: number | null, defenseLevel: number | null, motto: string | null, traditions: Array<string> | null }, proposedBy: { id: string, displayName: string, handle: string } } } };

export type RegionHeaderQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionHeaderQuery = { region: { id: string, name: string, displayName: string, status: RegionStatus, viewerRoles: Array<RegionRole> } | null };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { me: { id: string, handle: string, displayName: string, roles: Array<GlobalRole>, memberships: Array<{ type: MembershipType, region: { id: string, name: string, displayName: string } }> }, regions: { totalCount: number, edges: Array<{ node: { id: string, name: string, displayName: string, status: RegionStatus, viewerRoles: Array<RegionRole> } }> } };

export type AuthTokensFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, player: { id: string, handle: string, displayName: string, roles: Array<GlobalRole> } };

export type ConsoleLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ConsoleLoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, player: { id: string, handle: string, displayName: string, roles: Array<GlobalRole> } } };

export type ConsoleRefreshMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type ConsoleRefreshMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, player: { id: string, handle: string, displayName: string, roles: Array<GlobalRole> } } };

export type ConsoleLogoutMutationVariables = Exact<{
  input: RefreshTokenInput;
}>;


export type ConsoleLogoutMutation = { logout: { revoked: boolean } };

export const NexusJobFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NexusJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NexusGenerationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<NexusJobFragment, unknown>;
export const CultureSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CultureSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionCulture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}},{"kind":"Field","name":{"kind":"Name","value":"languagePack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"font"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<CultureSettingsFragment, unknown>;
export const TreatyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Treaty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<TreatyFieldsFragment, unknown>;
export const EconomySettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EconomySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEconomy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"startingCredits"}},{"kind":"Field","name":{"kind":"Name","value":"specialization"}},{"kind":"Field","name":{"kind":"Name","value":"tradeBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}}]}}]} as unknown as DocumentNode<EconomySettingsFragment, unknown>;
export const ElectionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"termStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"stoodAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]} as unknown as DocumentNode<ElectionFieldsFragment, unknown>;
export const GovernanceSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionGovernance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"electionFrequencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"constitution"}}]}}]} as unknown as DocumentNode<GovernanceSettingsFragment, unknown>;
export const PolicyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"electorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"implementedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"immigration"}},{"kind":"Field","name":{"kind":"Name","value":"pvpMode"}},{"kind":"Field","name":{"kind":"Name","value":"tariffRate"}},{"kind":"Field","name":{"kind":"Name","value":"defenseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<PolicyFieldsFragment, unknown>;
export const AuthTokensFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<AuthTokensFragment, unknown>;
export const NexusManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NexusManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nexus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalSectors"}},{"kind":"Field","name":{"kind":"Name","value":"totalWarps"}},{"kind":"Field","name":{"kind":"Name","value":"totalPorts"}},{"kind":"Field","name":{"kind":"Name","value":"totalPlanets"}},{"kind":"Field","name":{"kind":"Name","value":"districtCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nexusDistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sectorRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorCount"}},{"kind":"Field","name":{"kind":"Name","value":"portCount"}},{"kind":"Field","name":{"kind":"Name","value":"planetCount"}},{"kind":"Field","name":{"kind":"Name","value":"securityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"developmentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"traffic"}},{"kind":"Field","name":{"kind":"Name","value":"taxFree"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedAccess"}}]}}]}}]} as unknown as DocumentNode<NexusManagerQuery, NexusManagerQueryVariables>;
export const NexusProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NexusProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nexusGenerationProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NexusJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NexusJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NexusGenerationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<NexusProgressQuery, NexusProgressQueryVariables>;
export const GenerateNexusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateNexus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateNexusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateNexus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NexusJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NexusJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NexusGenerationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<GenerateNexusMutation, GenerateNexusMutationVariables>;
export const RegenerateDistrictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateDistrict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegenerateDistrictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateDistrict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NexusJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NexusJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NexusGenerationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<RegenerateDistrictMutation, RegenerateDistrictMutationVariables>;
export const ProvisionRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvisionRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"totalSectors"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProvisionRegionMutation, ProvisionRegionMutationVariables>;
export const RegionCultureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionCulture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"culture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CultureSettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CultureSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionCulture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}},{"kind":"Field","name":{"kind":"Name","value":"languagePack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"font"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<RegionCultureQuery, RegionCultureQueryVariables>;
export const UpdateRegionCultureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegionCulture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionCultureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionCulture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"culture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CultureSettings"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CultureSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionCulture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}},{"kind":"Field","name":{"kind":"Name","value":"languagePack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"font"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<UpdateRegionCultureMutation, UpdateRegionCultureMutationVariables>;
export const RegionTreatiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionTreaties"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TreatyStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"treaties"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatyFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Treaty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<RegionTreatiesQuery, RegionTreatiesQueryVariables>;
export const RegionDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionDirectoryQuery, RegionDirectoryQueryVariables>;
export const ProposeTreatyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeTreaty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeTreatyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeTreaty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Treaty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<ProposeTreatyMutation, ProposeTreatyMutationVariables>;
export const RespondToTreatyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToTreaty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondToTreatyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondToTreaty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Treaty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<RespondToTreatyMutation, RespondToTreatyMutationVariables>;
export const TerminateTreatyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateTreaty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TerminateTreatyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateTreaty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"treaty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Treaty"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"terms"}},{"kind":"Field","name":{"kind":"Name","value":"durationDays"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<TerminateTreatyMutation, TerminateTreatyMutationVariables>;
export const RegionEconomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionEconomy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EconomySettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EconomySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEconomy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"startingCredits"}},{"kind":"Field","name":{"kind":"Name","value":"specialization"}},{"kind":"Field","name":{"kind":"Name","value":"tradeBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}}]}}]} as unknown as DocumentNode<RegionEconomyQuery, RegionEconomyQueryVariables>;
export const UpdateRegionEconomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegionEconomy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionEconomyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionEconomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EconomySettings"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EconomySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEconomy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"startingCredits"}},{"kind":"Field","name":{"kind":"Name","value":"specialization"}},{"kind":"Field","name":{"kind":"Name","value":"tradeBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}}]}}]} as unknown as DocumentNode<UpdateRegionEconomyMutation, UpdateRegionEconomyMutationVariables>;
export const RegionElectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionElections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ElectionStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"elections"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"termStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"stoodAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]} as unknown as DocumentNode<RegionElectionsQuery, RegionElectionsQueryVariables>;
export const ElectionUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ElectionUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"electionUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"electionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"electionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"termStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"stoodAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]} as unknown as DocumentNode<ElectionUpdatedSubscription, ElectionUpdatedSubscriptionVariables>;
export const StartElectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"termStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"stoodAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]} as unknown as DocumentNode<StartElectionMutation, StartElectionMutationVariables>;
export const StandForElectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StandForElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandForElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standForElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"termStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"stoodAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]} as unknown as DocumentNode<StandForElectionMutation, StandForElectionMutationVariables>;
export const VoteInElectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VoteInElection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VoteInElectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voteInElection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"election"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ElectionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ElectionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Election"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"candidateCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalVotes"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"termStartsAt"}},{"kind":"Field","name":{"kind":"Name","value":"termEndsAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"winner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platform"}},{"kind":"Field","name":{"kind":"Name","value":"votes"}},{"kind":"Field","name":{"kind":"Name","value":"stoodAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]} as unknown as DocumentNode<VoteInElectionMutation, VoteInElectionMutationVariables>;
export const RegionGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceSettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionGovernance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"electionFrequencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"constitution"}}]}}]} as unknown as DocumentNode<RegionGovernanceQuery, RegionGovernanceQueryVariables>;
export const UpdateRegionGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegionGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionGovernanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionGovernance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceSettings"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionGovernance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"electionFrequencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"constitution"}}]}}]} as unknown as DocumentNode<UpdateRegionGovernanceMutation, UpdateRegionGovernanceMutationVariables>;
export const RegionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withStats"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalSectors"}},{"kind":"Field","name":{"kind":"Name","value":"nexusGateSector"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"startingCredits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withStats"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"taxIncome"}},{"kind":"Field","name":{"kind":"Name","value":"taxIncomeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"treasury"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorsByDevelopmentLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionOverviewQuery, RegionOverviewQueryVariables>;
export const RegionPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PolicyStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"electorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"implementedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"immigration"}},{"kind":"Field","name":{"kind":"Name","value":"pvpMode"}},{"kind":"Field","name":{"kind":"Name","value":"tariffRate"}},{"kind":"Field","name":{"kind":"Name","value":"defenseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<RegionPoliciesQuery, RegionPoliciesQueryVariables>;
export const PolicyVoteTalliedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PolicyVoteTallied"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyVoteTallied"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"policyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"policyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PolicyVoteTalliedSubscription, PolicyVoteTalliedSubscriptionVariables>;
export const PolicyStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PolicyStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"electorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"implementedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"immigration"}},{"kind":"Field","name":{"kind":"Name","value":"pvpMode"}},{"kind":"Field","name":{"kind":"Name","value":"tariffRate"}},{"kind":"Field","name":{"kind":"Name","value":"defenseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<PolicyStatusChangedSubscription, PolicyStatusChangedSubscriptionVariables>;
export const ProposePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"electorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"implementedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"immigration"}},{"kind":"Field","name":{"kind":"Name","value":"pvpMode"}},{"kind":"Field","name":{"kind":"Name","value":"tariffRate"}},{"kind":"Field","name":{"kind":"Name","value":"defenseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<ProposePolicyMutation, ProposePolicyMutationVariables>;
export const CastVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"electorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"implementedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"immigration"}},{"kind":"Field","name":{"kind":"Name","value":"pvpMode"}},{"kind":"Field","name":{"kind":"Name","value":"tariffRate"}},{"kind":"Field","name":{"kind":"Name","value":"defenseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<CastVoteMutation, CastVoteMutationVariables>;
export const ClosePolicyVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClosePolicyVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClosePolicyVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closePolicyVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PolicyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PolicyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Policy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"electorate"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"votesFor"}},{"kind":"Field","name":{"kind":"Name","value":"votesAgainst"}},{"kind":"Field","name":{"kind":"Name","value":"voterCount"}},{"kind":"Field","name":{"kind":"Name","value":"approvalPercentage"}},{"kind":"Field","name":{"kind":"Name","value":"votingClosesAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"implementedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposedChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"immigration"}},{"kind":"Field","name":{"kind":"Name","value":"pvpMode"}},{"kind":"Field","name":{"kind":"Name","value":"tariffRate"}},{"kind":"Field","name":{"kind":"Name","value":"defenseLevel"}},{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<ClosePolicyVoteMutation, ClosePolicyVoteMutationVariables>;
export const RegionHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRoles"}}]}}]}}]} as unknown as DocumentNode<RegionHeaderQuery, RegionHeaderQueryVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRoles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ConsoleRefreshMutation, ConsoleRefreshMutationVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;