/**
 * Zones: the blocks of consecutive sector numbers a galaxy is made of, each with its own levels
 * and densities. The Central Nexus's zones are its 10 districts (the table of
 * `ARCHITECTURE.md` → "Game design figures"); a region's zones are {@link REGION_ZONES}.
 */

/** How busy a zone is, from quietest to busiest (the "traffic" column of ARCHITECTURE.md). */
export type TrafficLevel = 'low' | 'medium' | 'high' | 'very_high' | 'extreme';

/** Every {@link TrafficLevel}, quietest first. */
export const TRAFFIC_LEVELS: readonly TrafficLevel[] = ['low', 'medium', 'high', 'very_high', 'extreme'];

/** The 10 districts of the Central Nexus, in sector-number order (ARCHITECTURE.md table). */
export type DistrictType =
  | 'commerce_central'
  | 'diplomatic_quarter'
  | 'industrial_zone'
  | 'residential_district'
  | 'transit_hub'
  | 'high_security_zone'
  | 'cultural_center'
  | 'research_campus'
  | 'free_trade_zone'
  | 'gateway_plaza';

/**
 * The zones of a region's default layout ({@link REGION_ZONES}), after the original game's
 * cosmological zones: Federation space (safe start), the Border, the Frontier.
 */
export type RegionZoneType = 'federation' | 'border' | 'frontier';

/** Any zone a sector can belong to: a Nexus district or a region zone. */
export type ZoneType = DistrictType | RegionZoneType;

/**
 * One zone of a galaxy layout. A layout is a list of zones whose `sectorRange`s tile the sector
 * numbers 1…N in order, without gaps or overlaps.
 */
export interface ZoneSpec<T extends ZoneType = ZoneType> {
  /** Machine name, snake_case; stored on every sector of the zone. */
  readonly type: T;
  /** Display name. */
  readonly name: string;
  /** First and last sector number of the zone, inclusive. */
  readonly sectorRange: readonly [first: number, last: number];
  /** Security level of every sector of the zone, 1 (lawless) – 10 (policed). */
  readonly securityLevel: number;
  /** Development level of every sector of the zone, 1 – 10. */
  readonly developmentLevel: number;
  /** Traffic of every sector of the zone. */
  readonly traffic: TrafficLevel;
  /**
   * Expected ports per sector (≥ 0). Each sector gets `floor(d)` ports plus one more with
   * probability `d − floor(d)`; 0.8 means about 80 % of the sectors have a port.
   */
  readonly portDensity: number;
  /** Expected planets per sector (≥ 0), drawn like {@link ZoneSpec.portDensity}. */
  readonly planetDensity: number;
  /**
   * Multiplier of the galaxy's `baseWarps` (expected warps per sector): 2 doubles the warps
   * of the zone's sectors (up to `maxWarps`). Must be > 0.
   */
  readonly warpDensity: number;
  /** Probability (0–1) that a sector of the zone has at least one hazard. */
  readonly hazardChance: number;
  /** What the zone is for, in words (shown to players and admins). */
  readonly characteristics: string;
}

/**
 * A district of the Central Nexus: a zone plus the district modifiers of the design table
 * (other services apply them; the generator itself only uses the {@link ZoneSpec} fields).
 */
export interface DistrictSpec extends ZoneSpec<DistrictType> {
  /** Multiplier of travel time within the district (transit hub: 0.5, ARCHITECTURE.md). */
  readonly travelTimeMultiplier: number;
  /** Multiplier of research output (research campus: 2, ARCHITECTURE.md). */
  readonly researchMultiplier: number;
  /** Trade in the district pays no tax (free trade zone, ARCHITECTURE.md). */
  readonly taxFree: boolean;
  /** Entry is restricted (high security zone, ARCHITECTURE.md). */
  readonly restrictedAccess: boolean;
}

/** Number of sectors of the Central Nexus (ARCHITECTURE.md). */
export const NEXUS_SECTOR_COUNT = 5000;

/** Number of sectors of a player-owned region (ARCHITECTURE.md: fixed at 500). */
export const REGION_SECTOR_COUNT = 500;

/**
 * Probability that a sector has a hazard, from its security level: none at security 10, 4 % more
 * per level below (security 5 → 20 %, security 1 → 36 %). A project default: the design table
 * gives no hazard figures, only that better-policed space is safer.
 */
export function defaultHazardChance(securityLevel: number): number {
  return Math.round((10 - securityLevel) * 4) / 100;
}

// Densities the design table leaves open (every district but the two with a stated port
// density): project defaults, kept below the stated 0.8 / 0.95 so commerce and free trade stand out.
const NEXUS_DEFAULT_PORT_DENSITY = 0.3;
const NEXUS_DEFAULT_PLANET_DENSITY = 0.05;

function district(
  type: DistrictType,
  name: string,
  sectorRange: [number, number],
  securityLevel: number,
  developmentLevel: number,
  traffic: TrafficLevel,
  characteristics: string,
  extra: Partial<Pick<DistrictSpec, 'portDensity' | 'warpDensity' | 'travelTimeMultiplier' | 'researchMultiplier'>> & {
    taxFree?: boolean;
    restrictedAccess?: boolean;
  } = {},
): DistrictSpec {
  return Object.freeze({
    type,
    name,
    sectorRange: Object.freeze(sectorRange) as readonly [number, number],
    securityLevel,
    developmentLevel,
    traffic,
    portDensity: extra.portDensity ?? NEXUS_DEFAULT_PORT_DENSITY,
    planetDensity: NEXUS_DEFAULT_PLANET_DENSITY,
    warpDensity: extra.warpDensity ?? 1,
    hazardChance: defaultHazardChance(securityLevel),
    characteristics,
    travelTimeMultiplier: extra.travelTimeMultiplier ?? 1,
    researchMultiplier: extra.researchMultiplier ?? 1,
    taxFree: extra.taxFree ?? false,
    restrictedAccess: extra.restrictedAccess ?? false,
  });
}

/**
 * The 10 districts of the Central Nexus, in sector-number order, tiling sectors 1–5,000.
 *
 * Source: `ARCHITECTURE.md` → "Game design figures" (sector ranges, security / development
 * levels, traffic, port density 0.8 for commerce_central and 0.95 for free_trade_zone, warp
 * density ×2 and travel time ×0.5 for transit_hub, research ×2, tax-free, restricted access);
 * the characteristics paraphrase the district list of `seeds/original-implementation.md`.
 * Not in the table, so project defaults: port density 0.3 and planet density 0.05 elsewhere,
 * hazard chance from security ({@link defaultHazardChance}).
 */
export const NEXUS_DISTRICTS: readonly DistrictSpec[] = Object.freeze([
  district('commerce_central', 'Commerce Central', [1, 500], 8, 9, 'extreme', 'Premium markets and trade hubs.', {
    portDensity: 0.8,
  }),
  district(
    'diplomatic_quarter',
    'Diplomatic Quarter',
    [501, 800],
    10,
    10,
    'high',
    'Embassies; negotiations between regions.',
  ),
  district('industrial_zone', 'Industrial Zone', [801, 1200], 6, 8, 'very_high', 'Manufacturing complexes.'),
  district('residential_district', 'Residential District', [1201, 1600], 9, 7, 'medium', 'Citizen services.'),
  district(
    'transit_hub',
    'Transit Hub',
    [1601, 2000],
    8,
    9,
    'extreme',
    'Warp gate infrastructure: twice the warps, half the travel time.',
    { warpDensity: 2, travelTimeMultiplier: 0.5 },
  ),
  district('high_security_zone', 'High Security Zone', [2001, 2500], 10, 10, 'low', 'Restricted access.', {
    restrictedAccess: true,
  }),
  district('cultural_center', 'Cultural Center', [2501, 3000], 7, 9, 'medium', 'Events and festivals.'),
  district(
    'research_campus',
    'Research Campus',
    [3001, 3500],
    8,
    10,
    'low',
    'Technology development: research output ×2.',
    { researchMultiplier: 2 },
  ),
  district('free_trade_zone', 'Free Trade Zone', [3501, 4000], 5, 8, 'extreme', 'Unrestricted, tax-free commerce.', {
    portDensity: 0.95,
    taxFree: true,
  }),
  district(
    'gateway_plaza',
    'Gateway Plaza',
    [4001, 5000],
    9,
    10,
    'extreme',
    'Welcome and orientation; the warp gates to the regions.',
  ),
]);

/**
 * The default layout of a 500-sector region. A region has an economy and a specialization but
 * no district table, so its space is zoned like the original game's galaxy (public design docs
 * of SectorWars 2102: Federation space as the safe, well-connected start; the Border as the
 * main contested territory; the Frontier, about 20 %, remote with sparse connections):
 *
 * | zone | sectors | security / development | traffic | ports | planets | warps |
 * |---|---|---|---|---|---|---|
 * | federation | 1–50 | 9 / 8 | high | 0.30 | 0.03 | ×1.25 |
 * | border | 51–400 | 6 / 5 | medium | 0.12 | 0.04 | ×1 |
 * | frontier | 401–500 | 3 / 2 | low | 0.06 | 0.06 | ×0.75 |
 *
 * Over the region that is ~12.6 % of sectors with a port and ~4.3 % with a planet (the original
 * guideline: ports 5–15 %, planets 2–5 %). All figures are project defaults: a region service
 * may pass its own zones (e.g. more ports for a trade specialization) to `generateRegion`.
 */
export const REGION_ZONES: readonly ZoneSpec<RegionZoneType>[] = Object.freeze([
  Object.freeze({
    type: 'federation',
    name: 'Federation Space',
    sectorRange: Object.freeze([1, 50]) as readonly [number, number],
    securityLevel: 9,
    developmentLevel: 8,
    traffic: 'high',
    portDensity: 0.3,
    planetDensity: 0.03,
    warpDensity: 1.25,
    hazardChance: defaultHazardChance(9),
    characteristics: 'Safe, well-connected space around the region entry (sector 1).',
  } as const),
  Object.freeze({
    type: 'border',
    name: 'Border Zone',
    sectorRange: Object.freeze([51, 400]) as readonly [number, number],
    securityLevel: 6,
    developmentLevel: 5,
    traffic: 'medium',
    portDensity: 0.12,
    planetDensity: 0.04,
    warpDensity: 1,
    hazardChance: defaultHazardChance(6),
    characteristics: 'Moderate security; the main territory of trade and competition.',
  } as const),
  Object.freeze({
    type: 'frontier',
    name: 'Frontier',
    sectorRange: Object.freeze([401, 500]) as readonly [number, number],
    securityLevel: 3,
    developmentLevel: 2,
    traffic: 'low',
    portDensity: 0.06,
    planetDensity: 0.06,
    warpDensity: 0.75,
    hazardChance: defaultHazardChance(3),
    characteristics: 'Remote, sparsely connected, hazardous; room for colonies and hidden bases.',
  } as const),
]);

/**
 * The Nexus district that holds a sector number.
 * @throws RangeError when `sectorNumber` is not an integer in 1–5,000.
 */
export function nexusDistrictOf(sectorNumber: number): DistrictSpec {
  const found = zoneOf(NEXUS_DISTRICTS, sectorNumber);
  if (!found) throw new RangeError(`nexusDistrictOf: ${sectorNumber} is not a Nexus sector number (1–5000)`);
  return found;
}

/** The zone of `zones` whose range holds `sectorNumber`, or `undefined` (binary search). */
export function zoneOf<Z extends ZoneSpec>(zones: readonly Z[], sectorNumber: number): Z | undefined {
  if (!Number.isInteger(sectorNumber)) return undefined;
  let lo = 0;
  let hi = zones.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [first, last] = zones[mid].sectorRange;
    if (sectorNumber < first) hi = mid - 1;
    else if (sectorNumber > last) lo = mid + 1;
    else return zones[mid];
  }
  return undefined;
}

/**
 * Checks a layout: at least one zone, ranges tiling 1…N in order, distinct types, levels
 * integers in 1–10, densities ≥ 0, warp density > 0, hazard chance in 0–1.
 * @returns the number of sectors N.
 * @throws RangeError naming the first zone and field at fault.
 */
export function validateLayout(zones: readonly ZoneSpec[]): number {
  if (!zones.length) throw new RangeError('layout: at least one zone is needed');
  const seen = new Set<string>();
  let expected = 1;
  for (const zone of zones) {
    const at = `layout: zone ${zone.type}`;
    if (seen.has(zone.type)) throw new RangeError(`${at}: type appears twice`);
    seen.add(zone.type);
    const [first, last] = zone.sectorRange;
    if (first !== expected || !Number.isInteger(last) || last < first)
      throw new RangeError(
        `${at}: sectorRange must start at ${expected} and end at or after it, got [${first}, ${last}]`,
      );
    expected = last + 1;
    for (const key of ['securityLevel', 'developmentLevel'] as const)
      if (!Number.isInteger(zone[key]) || zone[key] < 1 || zone[key] > 10)
        throw new RangeError(`${at}: ${key} must be an integer 1–10, got ${zone[key]}`);
    if (!TRAFFIC_LEVELS.includes(zone.traffic)) throw new RangeError(`${at}: unknown traffic ${zone.traffic}`);
    for (const key of ['portDensity', 'planetDensity'] as const)
      if (!Number.isFinite(zone[key]) || zone[key] < 0) throw new RangeError(`${at}: ${key} must be ≥ 0`);
    if (!Number.isFinite(zone.warpDensity) || zone.warpDensity <= 0)
      throw new RangeError(`${at}: warpDensity must be > 0`);
    if (!(zone.hazardChance >= 0 && zone.hazardChance <= 1)) throw new RangeError(`${at}: hazardChance must be 0–1`);
  }
  return expected - 1;
}
