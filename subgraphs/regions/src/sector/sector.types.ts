import { ConnectionType } from '@sectorwars/platform';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Zones of a region's default layout (libs/galaxy `REGION_ZONES`). Stored lower-case. */
export enum RegionZone {
  FEDERATION = 'federation',
  BORDER = 'border',
  FRONTIER = 'frontier',
}

registerEnumType(RegionZone, {
  name: 'RegionZone',
  description: "A zone of a region's 500 sectors, after the original game's cosmology.",
  valuesConfig: {
    FEDERATION: { description: 'Federation space: the safe, developed starting zone.' },
    BORDER: { description: 'The Border: moderate security and development.' },
    FRONTIER: { description: 'The Frontier: lawless, hazardous, little developed.' },
  },
});

/** One of a region's 500 sectors (table `regions.sectors`). */
@ObjectType({ description: "One of a region's 500 sectors." })
export class RegionSector {
  /** Region id (not exposed: the sector is reached through its region). */
  regionId: string;

  @Field(() => ID, { description: 'Sector id (UUID, stable for the region and seed).' })
  id: string;

  @Field(() => Int, { description: 'Sector number inside the region, 1–500.' })
  number: number;

  @Field(() => RegionZone, { description: 'Zone holding the sector.' })
  zone: RegionZone;

  @Field(() => Int, { description: 'Security level, 1 (lawless) – 10 (policed).' })
  securityLevel: number;

  @Field(() => Int, { description: 'Development level, 1–10.' })
  developmentLevel: number;

  @Field({ description: 'Traffic of the zone: low, medium, high, very_high or extreme.' })
  trafficLevel: string;

  @Field(() => Int, { description: 'Number of ports.' })
  ports: number;

  @Field(() => Int, { description: 'Number of planets.' })
  planets: number;

  @Field(() => [String], { description: 'Hazards present (asteroid_field, nebula, …); empty for a safe sector.' })
  hazards: string[];

  @Field(() => Int, { description: 'Danger of the hazards: 0 (none) or 1–10.' })
  hazardLevel: number;
}

@ObjectType({ description: "A page of a region's sectors, in sector-number order." })
export class RegionSectorConnection extends ConnectionType(RegionSector) {}
