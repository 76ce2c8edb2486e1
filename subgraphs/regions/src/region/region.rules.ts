/**
 * Bounds and defaults of region settings — ARCHITECTURE.md, "Game design figures":
 * tax 0.05–0.25 (default 0.10); starting credits 100–10,000; trade bonus 1.0–3.0 per
 * resource; voting threshold 0.1–0.9 (default 0.51); elections every 30–365 days
 * (default 90); 500 sectors per region.
 */
export const REGION_RULES = {
  taxRate: { min: 0.05, max: 0.25, default: 0.1 },
  startingCredits: { min: 100, max: 10_000, default: 1_000 },
  tradeBonus: { min: 1.0, max: 3.0 },
  votingThreshold: { min: 0.1, max: 0.9, default: 0.51 },
  electionFrequencyDays: { min: 30, max: 365, default: 90 },
  reputation: { min: -1000, max: 1000, initial: 0 },
  votingPower: { min: 0, max: 5 },
  totalSectors: 500,
} as const;

/** Name of the platform-owned default region (the migrated single-galaxy game). */
export const ORIGINAL_GALAXY_NAME = 'original-galaxy';

/** Lifecycle of a region: PROVISIONING → ACTIVE → GRACE (payment late) → SUSPENDED → ARCHIVED. */
export enum RegionStatus {
  PROVISIONING = 'PROVISIONING',
  ACTIVE = 'ACTIVE',
  GRACE = 'GRACE',
  SUSPENDED = 'SUSPENDED',
  ARCHIVED = 'ARCHIVED',
}

/** How a region is governed. Stored lower-case. */
export enum GovernanceType {
  DEMOCRACY = 'democracy',
  AUTOCRACY = 'autocracy',
  COUNCIL = 'council',
}

/**
 * Region roles (ARCHITECTURE.md, "Security model"), plus the two elected offices the
 * election positions add (ambassador, trade commissioner). OWNER comes with the region,
 * CITIZEN/VISITOR with membership, the elected ones from `governance.election.completed`.
 */
export enum RegionRole {
  OWNER = 'OWNER',
  GOVERNOR = 'GOVERNOR',
  COUNCIL_MEMBER = 'COUNCIL_MEMBER',
  AMBASSADOR = 'AMBASSADOR',
  TRADE_COMMISSIONER = 'TRADE_COMMISSIONER',
  CITIZEN = 'CITIZEN',
  VISITOR = 'VISITOR',
}

/** Roles elections grant (stored in `regions.offices`, one holder per role and region). */
export type ElectedRole = 'GOVERNOR' | 'COUNCIL_MEMBER' | 'AMBASSADOR' | 'TRADE_COMMISSIONER';

/** Election position (governance's lower-case name) → the region role it grants. */
export const POSITION_ROLES: Record<string, ElectedRole> = {
  governor: 'GOVERNOR',
  council_member: 'COUNCIL_MEMBER',
  ambassador: 'AMBASSADOR',
  trade_commissioner: 'TRADE_COMMISSIONER',
};

/** Immigration stances an `immigration` policy sets (default `open`). */
export const IMMIGRATION_STANCES = ['open', 'treaty_only', 'closed'] as const;

/** Stored governance settings (`regions.regions.governance`). */
export interface GovernanceSettings {
  type: GovernanceType;
  votingThreshold: number;
  electionFrequencyDays: number;
  constitution: string;
}

/** Stored economy settings (`regions.regions.economy`). Credits are integers. */
export interface EconomySettings {
  taxRate: number;
  startingCredits: number;
  /** Multiplier 1.0–3.0 per resource key. */
  tradeBonuses: Record<string, number>;
  specialization: string | null;
}

/** Theme of a region's pages. */
export interface ThemeSettings {
  primaryColor: string;
  secondaryColor: string;
  accentColor: string;
  font: string;
  logoUrl: string | null;
}

/** Stored culture settings (`regions.regions.culture`). */
export interface CultureSettings {
  motto: string;
  /** Key → text. */
  languagePack: Record<string, string>;
  theme: ThemeSettings;
  traditions: string[];
}

/** Defaults of a newly provisioned region. */
export const defaultGovernance = (): GovernanceSettings => ({
  type: GovernanceType.DEMOCRACY,
  votingThreshold: REGION_RULES.votingThreshold.default,
  electionFrequencyDays: REGION_RULES.electionFrequencyDays.default,
  constitution: '',
});
export const defaultEconomy = (): EconomySettings => ({
  taxRate: REGION_RULES.taxRate.default,
  startingCredits: REGION_RULES.startingCredits.default,
  tradeBonuses: {},
  specialization: null,
});
export const defaultCulture = (): CultureSettings => ({
  motto: '',
  languagePack: {},
  theme: {
    primaryColor: '#1e3a8a',
    secondaryColor: '#0f172a',
    accentColor: '#f59e0b',
    font: 'Orbitron',
    logoUrl: null,
  },
  traditions: [],
});
