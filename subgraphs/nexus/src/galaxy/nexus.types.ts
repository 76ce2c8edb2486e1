import { NEXUS_DISTRICTS, TRAFFIC_LEVELS } from '@sectorwars/galaxy';
import { ConnectionType } from '@sectorwars/platform';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** GraphQL enum of the 10 districts: `COMMERCE_CENTRAL` → `commerce_central` (the stored value). */
export const NexusDistrictType = Object.fromEntries(
  NEXUS_DISTRICTS.map((d) => [d.type.toUpperCase(), d.type]),
) as Record<string, string>;
registerEnumType(NexusDistrictType, {
  name: 'NexusDistrictType',
  description: 'A district of the Central Nexus (ARCHITECTURE.md district table), in sector-number order.',
  valuesConfig: Object.fromEntries(
    NEXUS_DISTRICTS.map((d) => [
      d.type.toUpperCase(),
      { description: `${d.name}, sectors ${d.sectorRange[0]}–${d.sectorRange[1]}: ${d.characteristics}` },
    ]),
  ),
});

/** GraphQL enum of traffic levels: `VERY_HIGH` → `very_high`. */
export const NexusTrafficLevel = Object.fromEntries(TRAFFIC_LEVELS.map((t) => [t.toUpperCase(), t])) as Record<
  string,
  string
>;
registerEnumType(NexusTrafficLevel, {
  name: 'NexusTrafficLevel',
  description: 'How busy a district is, quietest first.',
  valuesConfig: Object.fromEntries(
    TRAFFIC_LEVELS.map((t, i) => [
      t.toUpperCase(),
      { description: `Traffic level ${i + 1} of ${TRAFFIC_LEVELS.length}.` },
    ]),
  ),
});

/** Lifecycle of the Central Nexus. */
export enum NexusStatus {
  NOT_GENERATED = 'NOT_GENERATED',
  GENERATING = 'GENERATING',
  READY = 'READY',
}
registerEnumType(NexusStatus, {
  name: 'NexusStatus',
  description: 'NOT_GENERATED before the first generation, GENERATING while a job runs, READY otherwise.',
  valuesConfig: {
    NOT_GENERATED: { description: 'No sectors yet: an admin must run generateNexus.' },
    GENERATING: { description: 'A generation or district regeneration job is running.' },
    READY: { description: 'The 5,000 sectors exist and no job is running.' },
  },
});

@ObjectType({ description: 'A block of consecutive sector numbers, inclusive.' })
export class NexusSectorRange {
  @Field(() => Int, { description: 'First sector number.' })
  first: number;

  @Field(() => Int, { description: 'Last sector number.' })
  last: number;
}

@ObjectType({ description: 'One sector of the Central Nexus.' })
export class NexusSector {
  @Field(() => ID, {
    description: 'Stable sector id (UUID v5 of scope, seed and number); kept by preserving regenerations.',
  })
  id: string;

  @Field(() => Int, { description: 'Sector number, 1–5,000.' })
  number: number;

  @Field(() => NexusDistrictType, { description: 'District holding this sector.' })
  district: string;

  @Field(() => Int, { description: 'Security level, 1 (lawless) – 10 (policed).' })
  securityLevel: number;

  @Field(() => Int, { description: 'Development level, 1–10.' })
  developmentLevel: number;

  @Field(() => NexusTrafficLevel, { description: 'Traffic of the district.' })
  traffic: string;

  @Field(() => Int, { description: 'Number of ports.' })
  ports: number;

  @Field(() => Int, { description: 'Number of planets.' })
  planets: number;

  @Field(() => [String], { description: 'Hazards present (asteroid_field, nebula, …); empty for a safe sector.' })
  hazards: string[];

  @Field(() => Int, { description: 'Danger of the hazards: 0 (none) or 1–10.' })
  hazardLevel: number;

  @Field(() => Int, { description: 'Planets owned by players in this sector.' })
  ownedPlanets: number;

  @Field(() => Int, { description: 'Ports built or owned by players in this sector.' })
  playerPorts: number;

  @Field(() => Int, { description: 'Player assets deployed here (drones, mines, …).' })
  deployedAssets: number;

  @Field({ description: 'True when any player data (owned planets, player ports, deployed assets) is here.' })
  holdsPlayerData: boolean;
}

@ObjectType({ description: 'A page of Nexus sectors, by sector number.' })
export class NexusSectorConnection extends ConnectionType(NexusSector) {}

@ObjectType({ description: 'A district of the Central Nexus: design figures plus live counts.' })
export class NexusDistrict {
  @Field(() => NexusDistrictType, { description: 'District type.' })
  type: string;

  @Field({ description: 'Display name.' })
  name: string;

  @Field(() => NexusSectorRange, { description: 'Sector numbers of the district.' })
  sectorRange: NexusSectorRange;

  @Field(() => Int, { description: 'Sectors stored (0 before generation).' })
  sectorCount: number;

  @Field(() => Int, { description: 'Ports in the district.' })
  portCount: number;

  @Field(() => Int, { description: 'Planets in the district.' })
  planetCount: number;

  @Field(() => Int, { description: 'Security level of every sector, 1–10.' })
  securityLevel: number;

  @Field(() => Int, { description: 'Development level of every sector, 1–10.' })
  developmentLevel: number;

  @Field(() => NexusTrafficLevel, { description: 'Traffic.' })
  traffic: string;

  @Field({ description: 'What the district is for, in words.' })
  characteristics: string;

  @Field(() => Float, { description: 'Expected ports per sector (commerce 0.8, free trade 0.95).' })
  portDensity: number;

  @Field(() => Float, { description: 'Warp density multiplier (transit hub ×2).' })
  warpDensity: number;

  @Field(() => Float, { description: 'Travel time multiplier inside the district (transit hub 0.5).' })
  travelTimeMultiplier: number;

  @Field(() => Float, { description: 'Research output multiplier (research campus 2).' })
  researchMultiplier: number;

  @Field({ description: 'Trade here pays no tax (free trade zone).' })
  taxFree: boolean;

  @Field({ description: 'Access is restricted (high security zone).' })
  restrictedAccess: boolean;
}

@ObjectType({ description: 'Status and totals of the Central Nexus.' })
export class Nexus {
  @Field(() => NexusStatus, { description: 'NOT_GENERATED, GENERATING or READY.' })
  status: NexusStatus;

  @Field(() => String, { nullable: true, description: 'Seed of the current galaxy; null before generation.' })
  seed: string | null;

  @Field(() => Date, { nullable: true, description: 'When the current galaxy was generated; null before generation.' })
  generatedAt: Date | null;

  @Field(() => Int, { description: 'Sectors stored (5,000 once generated).' })
  totalSectors: number;

  @Field(() => Int, { description: 'Two-way warps (each counted once).' })
  totalWarps: number;

  @Field(() => Int, { description: 'Ports over all sectors.' })
  totalPorts: number;

  @Field(() => Int, { description: 'Planets over all sectors.' })
  totalPlanets: number;

  @Field(() => Int, { description: 'Districts (10).' })
  districtCount: number;
}

@ObjectType({ description: 'Statistics of the Central Nexus galaxy.' })
export class NexusStats {
  @Field(() => Int, { description: 'Sectors stored.' })
  sectorCount: number;

  @Field(() => Int, { description: 'Two-way warps, each counted once.' })
  warpCount: number;

  @Field(() => Int, { description: 'Ports.' })
  portCount: number;

  @Field(() => Int, { description: 'Planets.' })
  planetCount: number;

  @Field(() => Int, { description: 'Sectors with at least one hazard.' })
  hazardousSectorCount: number;

  @Field(() => Float, { description: 'Average warps per sector.' })
  averageWarps: number;

  @Field(() => Int, { description: 'Fewest warps of any sector (0 before generation).' })
  minWarps: number;

  @Field(() => Int, { description: 'Most warps of any sector.' })
  maxWarps: number;

  @Field(() => Int, { description: 'Sectors holding player data.' })
  sectorsWithPlayerData: number;

  @Field(() => Int, { description: 'Gateway Plaza sectors assigned to region warp gates.' })
  assignedGates: number;

  @Field(() => Int, { description: 'Gateway Plaza sectors still free for new regions (of 1,000).' })
  freeGateSectors: number;
}
