/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A refresh token to exchange or revoke. */
export type RefreshTokenInput = {
  /** The refresh token from `login`, `registerPlayer` or the last `refreshSession`. */
  refreshToken: string;
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

/** A trade multiplier on one resource. */
export type TradeBonusInput = {
  /** Multiplier, 1–3. */
  multiplier: number;
  /** Resource key: 2–32 lower-case letters or underscores. */
  resource: string;
};

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

export type NexusManagerQueryVariables = Exact<{ [key: string]: never; }>;


export type NexusManagerQuery = { nexus: { status: NexusStatus, seed: string | null, generatedAt: string | null, totalSectors: number, totalWarps: number, totalPorts: number, totalPlanets: number, districtCount: number }, nexusDistricts: Array<{ type: NexusDistrictType, name: string, sectorCount: number, portCount: number, planetCount: number, securityLevel: number, developmentLevel: number, traffic: NexusTrafficLevel, taxFree: boolean, restrictedAccess: boolean, sectorRange: { first: number, last: number } }> };

export type NexusJobFragment = { id: string, kind: NexusJobKind, status: NexusJobStatus, percent: number, message: string, seed: string, district: NexusDistrictType | null, createdAt: string, finishedAt: string | null };

export type NexusProgressQueryVariables = Exact<{ [key: string]: never; }>;


export type NexusProgressQuery = { nexusGenerationProgress: { id: string, kind: NexusJobKind, status: NexusJobStatus, percent: number, message: string, seed: string, district: NexusDistrictType | null, createdAt: string, finishedAt: string | null } | null };

export type GenerateNexusMutationVariables = Exact<{
  input: GenerateNexusInput;
}>;


export type GenerateNexusMutation = { generateNexus: { job: { id: string, kind: NexusJobKind, status: NexusJobStatus, percent: number, message: string, seed: string, district: NexusDistrictType | null, createdAt: string, finishedAt: string | null } } };

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

export type EconomySettingsFragment = { taxRate: number, startingCredits: number, specialization: string | null, tradeBonuses: Array<{ resource: string, multiplier: number }> };

export type RegionEconomyQueryVariables = Exact<{
  id: string | number;
}>;


export type RegionEconomyQuery = { region: { id: string, economy: { taxRate: number, startingCredits: number, specialization: string | null, tradeBonuses: Array<{ resource: string, multiplier: number }> } } | null };

export type UpdateRegionEconomyMutationVariables = Exact<{
  input: UpdateRegionEconomyInput;
}>;


export type UpdateRegionEconomyMutation = { updateRegionEconomy: { region: { id: string, economy: { taxRate: number, startingCredits: number, specialization: string | null, tradeBonuses: Array<{ resource: string, multiplier: number }> } } } };

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
export const EconomySettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EconomySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEconomy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"startingCredits"}},{"kind":"Field","name":{"kind":"Name","value":"specialization"}},{"kind":"Field","name":{"kind":"Name","value":"tradeBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}}]}}]} as unknown as DocumentNode<EconomySettingsFragment, unknown>;
export const GovernanceSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionGovernance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"electionFrequencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"constitution"}}]}}]} as unknown as DocumentNode<GovernanceSettingsFragment, unknown>;
export const AuthTokensFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<AuthTokensFragment, unknown>;
export const NexusManagerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NexusManager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nexus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totalSectors"}},{"kind":"Field","name":{"kind":"Name","value":"totalWarps"}},{"kind":"Field","name":{"kind":"Name","value":"totalPorts"}},{"kind":"Field","name":{"kind":"Name","value":"totalPlanets"}},{"kind":"Field","name":{"kind":"Name","value":"districtCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nexusDistricts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sectorRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"first"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorCount"}},{"kind":"Field","name":{"kind":"Name","value":"portCount"}},{"kind":"Field","name":{"kind":"Name","value":"planetCount"}},{"kind":"Field","name":{"kind":"Name","value":"securityLevel"}},{"kind":"Field","name":{"kind":"Name","value":"developmentLevel"}},{"kind":"Field","name":{"kind":"Name","value":"traffic"}},{"kind":"Field","name":{"kind":"Name","value":"taxFree"}},{"kind":"Field","name":{"kind":"Name","value":"restrictedAccess"}}]}}]}}]} as unknown as DocumentNode<NexusManagerQuery, NexusManagerQueryVariables>;
export const NexusProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NexusProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nexusGenerationProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NexusJob"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NexusJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NexusGenerationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<NexusProgressQuery, NexusProgressQueryVariables>;
export const GenerateNexusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateNexus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateNexusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateNexus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"job"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NexusJob"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NexusJob"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NexusGenerationJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"seed"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}}]}}]} as unknown as DocumentNode<GenerateNexusMutation, GenerateNexusMutationVariables>;
export const ProvisionRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvisionRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"totalSectors"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ProvisionRegionMutation, ProvisionRegionMutationVariables>;
export const RegionCultureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionCulture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"culture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CultureSettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CultureSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionCulture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}},{"kind":"Field","name":{"kind":"Name","value":"languagePack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"font"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<RegionCultureQuery, RegionCultureQueryVariables>;
export const UpdateRegionCultureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegionCulture"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionCultureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionCulture"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"culture"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CultureSettings"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CultureSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionCulture"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motto"}},{"kind":"Field","name":{"kind":"Name","value":"traditions"}},{"kind":"Field","name":{"kind":"Name","value":"languagePack"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"primaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"secondaryColor"}},{"kind":"Field","name":{"kind":"Name","value":"accentColor"}},{"kind":"Field","name":{"kind":"Name","value":"font"}},{"kind":"Field","name":{"kind":"Name","value":"logoUrl"}}]}}]}}]} as unknown as DocumentNode<UpdateRegionCultureMutation, UpdateRegionCultureMutationVariables>;
export const RegionEconomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionEconomy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EconomySettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EconomySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEconomy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"startingCredits"}},{"kind":"Field","name":{"kind":"Name","value":"specialization"}},{"kind":"Field","name":{"kind":"Name","value":"tradeBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}}]}}]} as unknown as DocumentNode<RegionEconomyQuery, RegionEconomyQueryVariables>;
export const UpdateRegionEconomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegionEconomy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionEconomyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionEconomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EconomySettings"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EconomySettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEconomy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"startingCredits"}},{"kind":"Field","name":{"kind":"Name","value":"specialization"}},{"kind":"Field","name":{"kind":"Name","value":"tradeBonuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"}},{"kind":"Field","name":{"kind":"Name","value":"multiplier"}}]}}]}}]} as unknown as DocumentNode<UpdateRegionEconomyMutation, UpdateRegionEconomyMutationVariables>;
export const RegionGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceSettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionGovernance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"electionFrequencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"constitution"}}]}}]} as unknown as DocumentNode<RegionGovernanceQuery, RegionGovernanceQueryVariables>;
export const UpdateRegionGovernanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegionGovernance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionGovernanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegionGovernance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GovernanceSettings"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GovernanceSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionGovernance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"votingThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"electionFrequencyDays"}},{"kind":"Field","name":{"kind":"Name","value":"constitution"}}]}}]} as unknown as DocumentNode<UpdateRegionGovernanceMutation, UpdateRegionGovernanceMutationVariables>;
export const RegionOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withStats"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalSectors"}},{"kind":"Field","name":{"kind":"Name","value":"nexusGateSector"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taxRate"}},{"kind":"Field","name":{"kind":"Name","value":"startingCredits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withStats"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"taxIncome"}},{"kind":"Field","name":{"kind":"Name","value":"taxIncomeWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"treasury"}},{"kind":"Field","name":{"kind":"Name","value":"population"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sectorsByDevelopmentLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"sectors"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withAudit"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionOverviewQuery, RegionOverviewQueryVariables>;
export const RegionHeaderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionHeader"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRoles"}}]}}]}}]} as unknown as DocumentNode<RegionHeaderQuery, RegionHeaderQueryVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"viewerRoles"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleRefreshDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRefresh"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthTokens"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthTokens"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"player"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<ConsoleRefreshMutation, ConsoleRefreshMutationVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefreshTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revoked"}}]}}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;