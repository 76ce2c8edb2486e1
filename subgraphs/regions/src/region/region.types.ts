import { ConnectionType } from '@sectorwars/platform';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  type CultureSettings,
  type EconomySettings,
  type GovernanceSettings,
  GovernanceType,
  RegionRole,
  RegionStatus,
} from './region.rules';

registerEnumType(RegionStatus, {
  name: 'RegionStatus',
  description: 'Lifecycle of a region: PROVISIONING → ACTIVE → GRACE → SUSPENDED → ARCHIVED.',
  valuesConfig: {
    PROVISIONING: { description: 'Being created; not yet open to players.' },
    ACTIVE: { description: 'Open: players may join and play.' },
    GRACE: { description: "The owner's subscription lapsed; the region still runs during the grace period." },
    SUSPENDED: { description: 'Closed to play until the subscription is renewed.' },
    ARCHIVED: { description: 'Permanently closed; kept read-only.' },
  },
});
registerEnumType(GovernanceType, {
  name: 'GovernanceType',
  description: 'How a region is governed.',
  valuesConfig: {
    DEMOCRACY: { description: 'Citizens and residents vote on policies and elect officials.' },
    AUTOCRACY: { description: 'The owner decides alone.' },
    COUNCIL: { description: 'An elected council decides.' },
  },
});
registerEnumType(RegionRole, {
  name: 'RegionRole',
  description: 'A role inside one region (platform roles are `GlobalRole`).',
  valuesConfig: {
    OWNER: { description: "The region's owner (pays the region subscription, changes its settings)." },
    GOVERNOR: {
      description: 'Elected governor (from a governance election): changes the economy and culture settings.',
    },
    COUNCIL_MEMBER: { description: 'Elected council member: votes on policies in a council-governed region.' },
    AMBASSADOR: { description: 'Elected ambassador: proposes and answers treaties with other regions.' },
    TRADE_COMMISSIONER: { description: 'Elected trade commissioner (an office with no extra rights yet).' },
    CITIZEN: { description: 'A citizen member: votes and receives the starting credits.' },
    VISITOR: { description: 'Any other member (resident, visitor, nomadic trader).' },
  },
});

@ObjectType({ description: 'A trade multiplier the region grants on one resource.' })
export class TradeBonus {
  @Field({ description: 'Resource key, e.g. `ore`, `organics`, `equipment`.' })
  resource: string;

  @Field(() => Float, { description: 'Multiplier on trade of this resource, 1.0–3.0.' })
  multiplier: number;
}

@ObjectType({ description: "A region's economy settings." })
export class RegionEconomy {
  @Field(() => Float, { description: 'Tax on trade as a fraction, 0.05–0.25 (default 0.10).' })
  taxRate: number;

  @Field(() => Int, { description: 'Credits a new citizen receives, 100–10,000 (integer credits).' })
  startingCredits: number;

  @Field(() => [TradeBonus], { description: 'Trade multipliers per resource (1.0–3.0); resources not listed get 1.0.' })
  tradeBonuses: TradeBonus[];

  @Field(() => String, { nullable: true, description: "The region's economic specialization, e.g. `mining`." })
  specialization: string | null;
}

@ObjectType({ description: "A region's governance settings." })
export class RegionGovernance {
  @Field(() => GovernanceType, { description: 'Form of government.' })
  type: GovernanceType;

  @Field(() => Float, { description: 'Share of votes a policy needs to pass, 0.1–0.9 (default 0.51).' })
  votingThreshold: number;

  @Field(() => Int, { description: 'Days between elections, 30–365 (default 90).' })
  electionFrequencyDays: number;

  @Field({ description: "The region's constitution (free text, may be empty)." })
  constitution: string;
}

@ObjectType({ description: 'One entry of a language pack.' })
export class LanguageEntry {
  @Field({ description: 'Text key, e.g. `welcome`.' })
  key: string;

  @Field({ description: 'Text shown for the key.' })
  text: string;
}

@ObjectType({ description: "The visual theme of a region's pages." })
export class RegionTheme {
  @Field({ description: 'Primary colour, `#rrggbb`.' })
  primaryColor: string;

  @Field({ description: 'Secondary colour, `#rrggbb`.' })
  secondaryColor: string;

  @Field({ description: 'Accent colour, `#rrggbb`.' })
  accentColor: string;

  @Field({ description: 'Font family name.' })
  font: string;

  @Field(() => String, { nullable: true, description: 'https URL of the region logo; null when none.' })
  logoUrl: string | null;
}

@ObjectType({ description: "A region's culture settings." })
export class RegionCulture {
  @Field({ description: 'Motto (may be empty).' })
  motto: string;

  @Field(() => [LanguageEntry], { description: 'Language pack: texts by key, sorted by key.' })
  languagePack: LanguageEntry[];

  @Field(() => RegionTheme, { description: 'Visual theme.' })
  theme: RegionTheme;

  @Field(() => [String], { description: "The region's traditions." })
  traditions: string[];
}

/** Immigration stance an `immigration` policy sets (stored lower-case). */
export enum ImmigrationStance {
  OPEN = 'open',
  TREATY_ONLY = 'treaty_only',
  CLOSED = 'closed',
}
registerEnumType(ImmigrationStance, {
  name: 'ImmigrationStance',
  description: 'Who may settle in the region, as set by an immigration policy.',
  valuesConfig: {
    OPEN: { description: 'Anyone may join (the default).' },
    TREATY_ONLY: { description: 'Only players from regions with a treaty may join.' },
    CLOSED: { description: 'Nobody new may join.' },
  },
});

/** A policy setting as stored in `regions.regions.policy_settings[type]`. */
export interface StoredPolicySetting {
  policyId: string;
  enactedAt: string;
  changes: Record<string, unknown>;
}

@ObjectType({ description: 'The setting a passed policy of one type put in force in the region (the latest wins).' })
export class RegionPolicySetting {
  @Field({ description: 'Policy type: tax_rate, pvp_rules, trade_policy, immigration, defense or cultural.' })
  type: string;

  @Field(() => ID, { description: 'The governance policy that set it.' })
  policyId: string;

  @Field({ description: 'When regions applied it.' })
  enactedAt: Date;

  @Field({ description: 'The policy\'s proposed changes as applied, a JSON object in text, e.g. `{"taxRate":0.12}`.' })
  changesJson: string;
}

/** A player-owned territory of 500 sectors (table `regions.regions`), and the federated `Region` entity. */
@Directive('@key(fields: "id")')
@ObjectType({
  description: 'A territory of 500 sectors, owned by a player (or the platform) and governed by its owner.',
})
export class Region {
  @Field(() => ID, { description: 'Region id (UUID).' })
  id: string;

  @Field({ description: 'Unique slug, lower-case letters, digits and single dashes, e.g. `original-galaxy`.' })
  name: string;

  @Field({ description: 'Name shown to players.' })
  displayName: string;

  /** Owner's player id; null for platform-owned regions. Exposed as `owner`. */
  ownerId: string | null;

  @Field(() => RegionStatus, { description: 'Lifecycle status.' })
  status: RegionStatus;

  @Field(() => RegionGovernance, { description: 'Governance settings.' })
  governance: RegionGovernance;

  @Field(() => RegionEconomy, { description: 'Economy settings.' })
  economy: RegionEconomy;

  @Field(() => RegionCulture, { description: 'Culture settings.' })
  culture: RegionCulture;

  @Field(() => Int, { description: 'Number of sectors (500 for every region).' })
  totalSectors: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Gateway Plaza sector of the Central Nexus holding this region’s warp gate; null until nexus assigns one.',
  })
  nexusGateSector: number | null;

  @Field({ description: 'When the region was provisioned.' })
  createdAt: Date;

  @Field(() => ImmigrationStance, { description: 'Immigration stance (set by immigration policies; OPEN by default).' })
  immigrationStance: ImmigrationStance;

  @Field(() => [RegionPolicySetting], {
    description: 'Settings put in force by passed policies, one per policy type (the latest), sorted by type.',
  })
  policySettings: RegionPolicySetting[];

  /** Seed its sectors were generated from. */
  seed: string;
  /** Stored settings (the GraphQL shapes above are derived from them). */
  settings: { governance: GovernanceSettings; economy: EconomySettings; culture: CultureSettings };
}

@ObjectType({ description: 'A page of regions.' })
export class RegionConnection extends ConnectionType(Region) {}

/** A row of `regions.regions`. */
export interface RegionRow {
  id: string;
  name: string;
  display_name: string;
  owner_id: string | null;
  status: RegionStatus;
  seed: string;
  governance: GovernanceSettings;
  economy: EconomySettings;
  culture: CultureSettings;
  total_sectors: number;
  nexus_gate_sector: number | null;
  created_at: Date;
  policy_settings: Record<string, StoredPolicySetting>;
  /** bigint as text. */
  treasury_credits: string;
}

/** Maps a stored row to the GraphQL `Region` (settings maps become sorted lists). */
export function toRegion(row: RegionRow): Region {
  const region = new Region();
  Object.assign(region, {
    id: row.id,
    name: row.name,
    displayName: row.display_name,
    ownerId: row.owner_id,
    status: row.status,
    seed: row.seed,
    totalSectors: row.total_sectors,
    nexusGateSector: row.nexus_gate_sector,
    createdAt: row.created_at,
    immigrationStance: immigrationStanceOf(row.policy_settings),
    policySettings: Object.entries(row.policy_settings)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, setting]) => ({
        type,
        policyId: setting.policyId,
        enactedAt: new Date(setting.enactedAt),
        changesJson: JSON.stringify(setting.changes),
      })),
    settings: { governance: row.governance, economy: row.economy, culture: row.culture },
    governance: { ...row.governance },
    economy: {
      ...row.economy,
      tradeBonuses: Object.entries(row.economy.tradeBonuses)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([resource, multiplier]) => ({ resource, multiplier })),
    },
    culture: {
      ...row.culture,
      languagePack: Object.entries(row.culture.languagePack)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, text]) => ({ key, text })),
    },
  });
  return region;
}

/** The stance of the latest immigration policy: the first stance value among its changes; OPEN by default. */
function immigrationStanceOf(settings: Record<string, StoredPolicySetting>): ImmigrationStance {
  const values = Object.values(settings.immigration?.changes ?? {});
  const stance = values.find((v) => Object.values(ImmigrationStance).includes(v as ImmigrationStance));
  return (stance as ImmigrationStance | undefined) ?? ImmigrationStance.OPEN;
}
