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
    GOVERNOR: { description: 'Elected governor (assigned by governance; not yet in use).' },
    COUNCIL_MEMBER: { description: 'Elected council member (assigned by governance; not yet in use).' },
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
