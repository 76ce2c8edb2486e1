/**
 * Galaxy generation: sectors and warps from a seed and a zone layout, and regeneration of one
 * zone that keeps chosen sectors. Pure functions: no I/O, no clock, no `Math.random`.
 */
import { edgeKey, keyEnds, linkZone, linkZones, MAX_SECTORS } from './graph';
import { sectorId } from './ids';
import { type Rng, streamFor } from './rng';
import {
  NEXUS_DISTRICTS,
  REGION_SECTOR_COUNT,
  REGION_ZONES,
  type TrafficLevel,
  validateLayout,
  type ZoneSpec,
  type ZoneType,
} from './zones';

export { GalaxyGenerationError } from './graph';

/** Kinds of natural hazard a sector can hold (project vocabulary; order is the sort order). */
export type HazardType = 'asteroid_field' | 'nebula' | 'ion_storm' | 'radiation_belt' | 'gravity_well' | 'debris_field';

/** Every {@link HazardType}, in the order hazards are listed on a sector. */
export const HAZARD_TYPES: readonly HazardType[] = [
  'asteroid_field',
  'nebula',
  'ion_storm',
  'radiation_belt',
  'gravity_well',
  'debris_field',
];

/** One sector of a galaxy. All fields are plain JSON values. */
export interface Sector {
  /** Stable UUID: `sectorId(scope, seed, number)` for the seed that generated the sector. */
  readonly id: string;
  /** Sector number, 1…N, unique in the galaxy; `galaxy.sectors[i].number === i + 1`. */
  readonly number: number;
  /** The zone (a Nexus district, or a region zone) whose range holds the number. */
  readonly district: ZoneType;
  /** 1–10, the zone's security level. */
  readonly securityLevel: number;
  /** 1–10, the zone's development level. */
  readonly developmentLevel: number;
  /** The zone's traffic. */
  readonly trafficLevel: TrafficLevel;
  /** Number of ports (≥ 0; mean = the zone's port density). */
  readonly ports: number;
  /** Number of planets (≥ 0; mean = the zone's planet density). */
  readonly planets: number;
  /** Hazards present, distinct, in {@link HAZARD_TYPES} order; empty for a safe sector. */
  readonly hazards: readonly HazardType[];
  /** Danger of the hazards, 0 (none) or 1–10; at most 11 − security level. */
  readonly hazardLevel: number;
}

/** A two-way warp between two sectors, stored once with `from < to`. */
export interface Warp {
  /** The smaller sector number. */
  readonly from: number;
  /** The larger sector number. */
  readonly to: number;
}

/** Degree bounds and densities of the warp graph. */
export interface WarpSettings {
  /** Every sector has at least this many warps (integer ≥ 1; default 2). */
  readonly minWarps: number;
  /** Every sector has at most this many warps (integer ≥ 3 and > minWarps; default 6). */
  readonly maxWarps: number;
  /** Expected warps of a sector at warp density 1 (> 0; default 3). */
  readonly baseWarps: number;
  /**
   * Warps between zones per sector, beyond the one that joins each pair of consecutive zones
   * (0–0.25; default 0.01: about 50 extra links across the Nexus). Zones stay mostly
   * self-contained, like city districts joined by a few lanes.
   */
  readonly crossLinkRate: number;
}

/** The defaults of {@link WarpSettings}: 2–6 warps per sector (issue 4), 3 on average. */
export const DEFAULT_WARP_SETTINGS: WarpSettings = Object.freeze({
  minWarps: 2,
  maxWarps: 6,
  baseWarps: 3,
  crossLinkRate: 0.01,
});

/** Counts of one zone of a galaxy. */
export interface ZoneSummary {
  readonly type: ZoneType;
  readonly sectorRange: readonly [number, number];
  readonly sectorCount: number;
  readonly portCount: number;
  readonly planetCount: number;
  /** Sectors with at least one hazard. */
  readonly hazardousSectorCount: number;
  /** Warps with both ends in the zone. */
  readonly internalWarpCount: number;
  /** Warps with one end in the zone. */
  readonly crossZoneWarpCount: number;
  /** Mean warps per sector of the zone, rounded to 3 decimals. */
  readonly averageWarps: number;
}

/** Counts of a whole galaxy. */
export interface GalaxySummary {
  readonly sectorCount: number;
  readonly warpCount: number;
  /** Warps whose ends lie in different zones. */
  readonly crossZoneWarpCount: number;
  readonly portCount: number;
  readonly planetCount: number;
  readonly hazardousSectorCount: number;
  /** Fewest and most warps of any sector. */
  readonly minDegree: number;
  readonly maxDegree: number;
  /** Mean warps per sector, rounded to 3 decimals. */
  readonly averageWarps: number;
  /** One entry per zone, in layout order. */
  readonly zones: readonly ZoneSummary[];
}

/** One regeneration applied to a galaxy after it was generated. */
export interface RegenerationRecord {
  /** The zone regenerated. */
  readonly district: ZoneType;
  /** The seed its new sectors and warps came from. */
  readonly seed: string;
  /** The zone's sectors kept as they were, ascending. */
  readonly preserved: readonly number[];
}

/**
 * A generated galaxy: plain JSON, the same bytes for the same inputs
 * (`JSON.stringify(generateNexus(s))` never changes for a given `s`).
 */
export interface Galaxy {
  /** What the galaxy is (e.g. `nexus`, `region:<id>`); part of every sector id. */
  readonly scope: string;
  /** The seed it was generated from (regenerations keep it and list theirs). */
  readonly seed: string;
  readonly settings: WarpSettings;
  /** The zone layout, tiling sectors 1…N. */
  readonly zones: readonly ZoneSpec[];
  /** Every sector, by number: `sectors[i].number === i + 1`. */
  readonly sectors: readonly Sector[];
  /** Every warp once, sorted by `from` then `to`. */
  readonly warps: readonly Warp[];
  readonly summary: GalaxySummary;
  /** Zone regenerations since generation, oldest first. */
  readonly regenerations: readonly RegenerationRecord[];
}

/** Options of the generators: the scope of sector ids and any {@link WarpSettings} to change. */
export interface GenerateOptions extends Partial<WarpSettings> {
  /** Scope of the sector ids; give each galaxy its own (default `nexus` / `region`). */
  readonly scope?: string;
}

/**
 * Generates a galaxy of any zone layout.
 *
 * Zones are linked into one connected graph (see graph.ts): a chain of links between consecutive
 * zones plus a few random ones, then inside each zone a random spanning tree and extra warps
 * towards `baseWarps × warpDensity`. Each zone, the links and each zone's sectors draw from
 * their own random stream of (seed, scope), so the result depends on nothing else.
 *
 * @param seed any string; the same (seed, zones, options) always give the same galaxy.
 * @param zones a layout tiling 1…N ({@link validateLayout}); each zone needs ≥ maxWarps + 1 sectors.
 * @throws RangeError on a bad layout or settings; GalaxyGenerationError when the bounds cannot be met.
 */
export function generateGalaxy(seed: string, zones: readonly ZoneSpec[], options: GenerateOptions = {}): Galaxy {
  const scope = options.scope ?? 'galaxy';
  const settings = resolveSettings(options);
  const count = validateLayout(zones);
  checkSizes(zones, count, settings);
  const degree = new Int32Array(count + 1);
  const keys = linkZones(zones, settings, degree, streamFor(seed, scope, 'links'));
  const sectors: Sector[] = [];
  for (const zone of zones) {
    for (const key of linkZone(zone, settings, degree, streamFor(seed, scope, `warps:${zone.type}`))) keys.push(key);
    for (const sector of drawSectors(zone, scope, seed)) sectors.push(sector);
  }
  return assemble(scope, seed, settings, zones, sectors, keys, []);
}

/**
 * Generates the Central Nexus: 5,000 sectors in the 10 districts of {@link NEXUS_DISTRICTS}
 * (ARCHITECTURE.md), 2–6 warps per sector by default, transit hub sectors with about twice the
 * warps of the others. Scope defaults to `nexus`.
 * @throws as {@link generateGalaxy}.
 */
export function generateNexus(seed: string, options: GenerateOptions = {}): Galaxy {
  return generateGalaxy(seed, NEXUS_DISTRICTS, { ...options, scope: options.scope ?? 'nexus' });
}

/**
 * Generates a region's 500 sectors (ARCHITECTURE.md: fixed size), zoned by default as
 * {@link REGION_ZONES} (federation 1–50, border 51–400, frontier 401–500). A region service
 * passes `zones` to adapt densities to the region's specialization, and a scope such as
 * `region:<regionId>` so that two regions never share sector ids.
 * @throws RangeError when `zones` do not tile exactly 1–500; otherwise as {@link generateGalaxy}.
 */
export function generateRegion(
  seed: string,
  options: GenerateOptions & { readonly zones?: readonly ZoneSpec[] } = {},
): Galaxy {
  const zones = options.zones ?? REGION_ZONES;
  const count = validateLayout(zones);
  if (count !== REGION_SECTOR_COUNT)
    throw new RangeError(`generateRegion: a region has ${REGION_SECTOR_COUNT} sectors, the zones cover ${count}`);
  return generateGalaxy(seed, zones, { ...options, scope: options.scope ?? 'region' });
}

/**
 * What {@link regenerateDistrict} needs of the previous galaxy: what a generator returned, or
 * the same rebuilt from storage (the summary is recomputed, so it is not needed).
 */
export type GalaxySnapshot = Pick<Galaxy, 'scope' | 'seed' | 'settings' | 'zones' | 'sectors' | 'warps'> &
  Partial<Pick<Galaxy, 'regenerations'>>;

/** Options of {@link regenerateDistrict}. */
export interface RegenerateOptions {
  /** Seed of the new sectors and warps (a new one gives a new district). */
  readonly seed: string;
  /**
   * Sector numbers to keep exactly as they are (id, number and every attribute), typically
   * those holding player data. Numbers outside the district are allowed (they are kept anyway).
   */
  readonly preserve?: Iterable<number>;
}

/**
 * Regenerates one zone (a Nexus district) of a galaxy, keeping everything else.
 *
 * - Sectors of other zones and warps with at least one end outside the zone are kept as they
 *   are, so no other district changes in any way.
 * - The zone's own warps are all redrawn (those touching preserved sectors too) from `seed`:
 *   a new spanning tree plus extras, around the kept links to other zones. The galaxy stays
 *   connected (every old path through the zone can take the new tree) and every sector keeps
 *   `minWarps`–`maxWarps` warps.
 * - The zone's sectors are redrawn from `seed` (ids `sectorId(scope, seed, number)`), except the
 *   preserved ones, which keep id and attributes.
 *
 * Regenerating with the galaxy's own seed and nothing preserved gives back the generated
 * galaxy (plus the regeneration record), because each zone draws from its own stream.
 *
 * @param district the `type` of one of `previous.zones`.
 * @throws RangeError when the district is not in the layout, a preserved number is not a sector
 * of the galaxy, or `previous` is malformed (numbering, warp ends, settings);
 * GalaxyGenerationError when the kept links leave a sector without room for the new warps.
 */
export function regenerateDistrict(previous: GalaxySnapshot, district: ZoneType, options: RegenerateOptions): Galaxy {
  const { scope, zones } = previous;
  const settings = resolveSettings(previous.settings);
  const count = validateLayout(zones);
  checkSizes(zones, count, settings);
  const zone = zones.find((z) => z.type === district);
  if (!zone) throw new RangeError(`regenerateDistrict: ${district} is not a zone of this galaxy`);
  if (previous.sectors.length !== count)
    throw new RangeError(`regenerateDistrict: ${previous.sectors.length} sectors for a layout of ${count}`);
  previous.sectors.forEach((s, i) => {
    if (s.number !== i + 1) throw new RangeError(`regenerateDistrict: sectors[${i}] has number ${s.number}`);
  });
  const preserved = new Set<number>();
  for (const n of options.preserve ?? []) {
    if (!Number.isInteger(n) || n < 1 || n > count)
      throw new RangeError(`regenerateDistrict: preserved sector ${n} is not a sector of the galaxy (1–${count})`);
    preserved.add(n);
  }
  const [first, last] = zone.sectorRange;
  const inZone = (n: number) => n >= first && n <= last;
  const degree = new Int32Array(count + 1);
  const keys: number[] = [];
  const seen = new Set<number>();
  for (const { from, to } of previous.warps) {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to > count || from >= to)
      throw new RangeError(`regenerateDistrict: bad warp ${from}–${to}`);
    const key = edgeKey(from, to);
    if (seen.has(key)) throw new RangeError(`regenerateDistrict: warp ${from}–${to} listed twice`);
    seen.add(key);
    if (inZone(from) && inZone(to)) continue;
    keys.push(key);
    degree[from]++;
    degree[to]++;
  }
  for (const key of linkZone(zone, settings, degree, streamFor(options.seed, scope, `warps:${zone.type}`)))
    keys.push(key);
  const fresh = drawSectors(zone, scope, options.seed);
  const sectors = previous.sectors.map((s) =>
    inZone(s.number) && !preserved.has(s.number) ? fresh[s.number - first] : copySector(s),
  );
  const record: RegenerationRecord = {
    district,
    seed: options.seed,
    preserved: [...preserved].filter(inZone).sort((a, b) => a - b),
  };
  return assemble(scope, previous.seed, settings, zones, sectors, keys, [
    ...(previous.regenerations ?? []).map(copyRecord),
    record,
  ]);
}

/** The settings with defaults filled in, checked. */
function resolveSettings(options: Partial<WarpSettings>): WarpSettings {
  const s: WarpSettings = {
    minWarps: options.minWarps ?? DEFAULT_WARP_SETTINGS.minWarps,
    maxWarps: options.maxWarps ?? DEFAULT_WARP_SETTINGS.maxWarps,
    baseWarps: options.baseWarps ?? DEFAULT_WARP_SETTINGS.baseWarps,
    crossLinkRate: options.crossLinkRate ?? DEFAULT_WARP_SETTINGS.crossLinkRate,
  };
  if (!Number.isInteger(s.minWarps) || s.minWarps < 1) throw new RangeError('minWarps must be an integer ≥ 1');
  // ≥ 3 so that a sector linked to another zone still has 2 slots inside its own (a tree
  // needs inner nodes of degree ≥ 2); min < max because an odd number of sectors cannot all
  // have the same odd degree.
  if (!Number.isInteger(s.maxWarps) || s.maxWarps < 3 || s.maxWarps <= s.minWarps)
    throw new RangeError('maxWarps must be an integer ≥ 3 and greater than minWarps');
  if (!Number.isFinite(s.baseWarps) || s.baseWarps <= 0) throw new RangeError('baseWarps must be > 0');
  if (!(s.crossLinkRate >= 0 && s.crossLinkRate <= 0.25)) throw new RangeError('crossLinkRate must be 0–0.25');
  return s;
}

function checkSizes(zones: readonly ZoneSpec[], count: number, settings: WarpSettings): void {
  if (count > MAX_SECTORS) throw new RangeError(`a galaxy has at most ${MAX_SECTORS} sectors, got ${count}`);
  for (const z of zones) {
    const size = z.sectorRange[1] - z.sectorRange[0] + 1;
    // Enough sectors that each can find maxWarps distinct neighbours inside its own zone.
    if (size < settings.maxWarps + 1)
      throw new RangeError(`zone ${z.type} has ${size} sectors; at least maxWarps + 1 = ${settings.maxWarps + 1}`);
  }
}

/** `floor(d)` plus one with probability `d − floor(d)`: mean exactly `d`. */
function drawCount(rng: Rng, density: number): number {
  const whole = Math.floor(density);
  return whole + (rng.next() < density - whole ? 1 : 0);
}

/** The zone's sectors from the zone's own stream of (seed, scope), in number order. */
function drawSectors(zone: ZoneSpec, scope: string, seed: string): Sector[] {
  const rng = streamFor(seed, scope, `sectors:${zone.type}`);
  const [first, last] = zone.sectorRange;
  const sectors: Sector[] = [];
  for (let n = first; n <= last; n++) {
    const ports = drawCount(rng, zone.portDensity);
    const planets = drawCount(rng, zone.planetDensity);
    let hazards: HazardType[] = [];
    let hazardLevel = 0;
    if (rng.chance(zone.hazardChance)) {
      const a = rng.int(HAZARD_TYPES.length);
      // One sector in four carries a second hazard.
      const b = rng.chance(0.25) ? (a + 1 + rng.int(HAZARD_TYPES.length - 1)) % HAZARD_TYPES.length : a;
      hazards = HAZARD_TYPES.filter((_, i) => i === a || i === b);
      // Better-policed space has milder hazards: level 1 … 11 − security.
      hazardLevel = 1 + rng.int(Math.max(1, 11 - zone.securityLevel));
    }
    sectors.push({
      id: sectorId(scope, seed, n),
      number: n,
      district: zone.type,
      securityLevel: zone.securityLevel,
      developmentLevel: zone.developmentLevel,
      trafficLevel: zone.traffic,
      ports,
      planets,
      hazards,
      hazardLevel,
    });
  }
  return sectors;
}

/** A copy with the canonical field order, so kept sectors serialise like generated ones. */
function copySector(s: Sector): Sector {
  return {
    id: s.id,
    number: s.number,
    district: s.district,
    securityLevel: s.securityLevel,
    developmentLevel: s.developmentLevel,
    trafficLevel: s.trafficLevel,
    ports: s.ports,
    planets: s.planets,
    hazards: [...s.hazards],
    hazardLevel: s.hazardLevel,
  };
}

function copyRecord(r: RegenerationRecord): RegenerationRecord {
  return { district: r.district, seed: r.seed, preserved: [...r.preserved] };
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Sorts the warps and computes the summary. */
function assemble(
  scope: string,
  seed: string,
  settings: WarpSettings,
  zones: readonly ZoneSpec[],
  sectors: Sector[],
  keys: number[],
  regenerations: RegenerationRecord[],
): Galaxy {
  const sorted = Float64Array.from(keys).sort();
  const count = sectors.length;
  const degree = new Int32Array(count + 1);
  const zoneIndex = new Int32Array(count + 1);
  zones.forEach((z, i) => {
    for (let n = z.sectorRange[0]; n <= z.sectorRange[1]; n++) zoneIndex[n] = i;
  });
  const internal = new Array<number>(zones.length).fill(0);
  const cross = new Array<number>(zones.length).fill(0);
  const warps: Warp[] = new Array(sorted.length);
  let crossTotal = 0;
  for (let i = 0; i < sorted.length; i++) {
    const [from, to] = keyEnds(sorted[i]);
    warps[i] = { from, to };
    degree[from]++;
    degree[to]++;
    const a = zoneIndex[from];
    const b = zoneIndex[to];
    if (a === b) internal[a]++;
    else {
      cross[a]++;
      cross[b]++;
      crossTotal++;
    }
  }
  let ports = 0;
  let planets = 0;
  let hazardous = 0;
  let minDegree = Number.POSITIVE_INFINITY;
  let maxDegree = 0;
  const zonePorts = new Array<number>(zones.length).fill(0);
  const zonePlanets = new Array<number>(zones.length).fill(0);
  const zoneHazardous = new Array<number>(zones.length).fill(0);
  for (const s of sectors) {
    const z = zoneIndex[s.number];
    ports += s.ports;
    planets += s.planets;
    zonePorts[z] += s.ports;
    zonePlanets[z] += s.planets;
    if (s.hazards.length) {
      hazardous++;
      zoneHazardous[z]++;
    }
    minDegree = Math.min(minDegree, degree[s.number]);
    maxDegree = Math.max(maxDegree, degree[s.number]);
  }
  const summary: GalaxySummary = {
    sectorCount: count,
    warpCount: warps.length,
    crossZoneWarpCount: crossTotal,
    portCount: ports,
    planetCount: planets,
    hazardousSectorCount: hazardous,
    minDegree: count ? minDegree : 0,
    maxDegree,
    averageWarps: count ? round3((2 * warps.length) / count) : 0,
    zones: zones.map((z, i) => {
      const size = z.sectorRange[1] - z.sectorRange[0] + 1;
      return {
        type: z.type,
        sectorRange: [z.sectorRange[0], z.sectorRange[1]] as const,
        sectorCount: size,
        portCount: zonePorts[i],
        planetCount: zonePlanets[i],
        hazardousSectorCount: zoneHazardous[i],
        internalWarpCount: internal[i],
        crossZoneWarpCount: cross[i],
        averageWarps: round3((2 * internal[i] + cross[i]) / size),
      };
    }),
  };
  return { scope, seed, settings: { ...settings }, zones, sectors, warps, summary, regenerations };
}
