import {
  DEFAULT_WARP_SETTINGS,
  type Galaxy,
  type GalaxySnapshot,
  type HazardType,
  NEXUS_DISTRICTS,
  type RegenerationRecord,
  type Sector,
  type TrafficLevel,
  type Warp,
  type WarpSettings,
  type ZoneType,
} from '@sectorwars/galaxy';
import type { EntityManager } from 'typeorm';
import type { NexusSector } from './nexus.types';

/** A `nexus.sectors` row as selected by {@link SECTOR_COLUMNS}. */
export interface SectorRow {
  id: string;
  number: number;
  district: string;
  security_level: number;
  development_level: number;
  traffic_level: string;
  ports: number;
  planets: number;
  hazards: string[];
  hazard_level: number;
  owned_planets: number;
  player_ports: number;
  deployed_assets: number;
}

/** Column list matching {@link SectorRow}. */
export const SECTOR_COLUMNS =
  'id, number, district, security_level, development_level, traffic_level, ports, planets, hazards, hazard_level, owned_planets, player_ports, deployed_assets';

/** Maps a stored row to the GraphQL type. */
export const toNexusSector = (row: SectorRow): NexusSector => ({
  id: row.id,
  number: row.number,
  district: row.district,
  securityLevel: row.security_level,
  developmentLevel: row.development_level,
  traffic: row.traffic_level,
  ports: row.ports,
  planets: row.planets,
  hazards: row.hazards,
  hazardLevel: row.hazard_level,
  ownedPlanets: row.owned_planets,
  playerPorts: row.player_ports,
  deployedAssets: row.deployed_assets,
  holdsPlayerData: row.owned_planets > 0 || row.player_ports > 0 || row.deployed_assets > 0,
});

/** SQL condition: the sector holds player data (owned planets, player ports or deployed assets). */
export const HOLDS_PLAYER_DATA = '(owned_planets > 0 OR player_ports > 0 OR deployed_assets > 0)';

/**
 * Inserts sectors in one statement (`INSERT … SELECT FROM unnest(arrays)`), player-data
 * counters at 0. Never row by row: 5,000 sectors are one round trip.
 */
export async function insertSectors(manager: EntityManager, sectors: readonly Sector[]): Promise<void> {
  if (!sectors.length) return;
  const n = sectors.length;
  const cols = {
    number: new Array<number>(n),
    id: new Array<string>(n),
    district: new Array<string>(n),
    security: new Array<number>(n),
    development: new Array<number>(n),
    traffic: new Array<string>(n),
    ports: new Array<number>(n),
    planets: new Array<number>(n),
    hazards: new Array<string>(n),
    hazardLevel: new Array<number>(n),
  };
  sectors.forEach((s, i) => {
    cols.number[i] = s.number;
    cols.id[i] = s.id;
    cols.district[i] = s.district;
    cols.security[i] = s.securityLevel;
    cols.development[i] = s.developmentLevel;
    cols.traffic[i] = s.trafficLevel;
    cols.ports[i] = s.ports;
    cols.planets[i] = s.planets;
    cols.hazards[i] = s.hazards.join(',');
    cols.hazardLevel[i] = s.hazardLevel;
  });
  await manager.query(
    `INSERT INTO nexus.sectors
       (number, id, district, security_level, development_level, traffic_level, ports, planets, hazards, hazard_level)
     SELECT t.number, t.id, t.district, t.sec, t.dev, t.traffic, t.ports, t.planets,
            CASE WHEN t.hazards = '' THEN '{}'::text[] ELSE string_to_array(t.hazards, ',') END, t.hazard_level
     FROM unnest($1::int[], $2::uuid[], $3::text[], $4::smallint[], $5::smallint[], $6::text[], $7::smallint[],
                 $8::smallint[], $9::text[], $10::smallint[])
       AS t(number, id, district, sec, dev, traffic, ports, planets, hazards, hazard_level)`,
    [
      cols.number,
      cols.id,
      cols.district,
      cols.security,
      cols.development,
      cols.traffic,
      cols.ports,
      cols.planets,
      cols.hazards,
      cols.hazardLevel,
    ],
  );
}

/** Inserts two-way warps (stored once, `from < to`) in one statement. */
export async function insertWarps(manager: EntityManager, warps: readonly Warp[]): Promise<void> {
  if (!warps.length) return;
  await manager.query('INSERT INTO nexus.warps (from_number, to_number) SELECT * FROM unnest($1::int[], $2::int[])', [
    warps.map((w) => w.from),
    warps.map((w) => w.to),
  ]);
}

/**
 * Replaces the whole stored galaxy by `galaxy` (sectors, warps; player data is dropped with the
 * old sectors). Runs inside the caller's transaction.
 */
export async function replaceGalaxy(manager: EntityManager, galaxy: Galaxy): Promise<void> {
  await manager.query('TRUNCATE nexus.warps, nexus.sectors');
  await insertSectors(manager, galaxy.sectors);
  await insertWarps(manager, galaxy.warps);
}

/**
 * Replaces one district after `regenerateDistrict`: the district's non-preserved sectors are
 * deleted and inserted anew, every warp touching the district is rewritten (the generator keeps
 * cross-district ones unchanged, so rewriting them is harmless); preserved rows (with their
 * player data) are not touched at all.
 */
export async function replaceDistrict(
  manager: EntityManager,
  galaxy: Galaxy,
  range: readonly [number, number],
  preserved: ReadonlySet<number>,
): Promise<void> {
  const [first, last] = range;
  const inRange = (n: number) => n >= first && n <= last;
  await manager.query('DELETE FROM nexus.warps WHERE from_number BETWEEN $1 AND $2 OR to_number BETWEEN $1 AND $2', [
    first,
    last,
  ]);
  await manager.query('DELETE FROM nexus.sectors WHERE number BETWEEN $1 AND $2 AND NOT (number = ANY($3::int[]))', [
    first,
    last,
    [...preserved],
  ]);
  await insertSectors(
    manager,
    galaxy.sectors.filter((s) => inRange(s.number) && !preserved.has(s.number)),
  );
  await insertWarps(
    manager,
    galaxy.warps.filter((w) => inRange(w.from) || inRange(w.to)),
  );
}

/**
 * Rebuilds the generator's view of the stored galaxy (for `regenerateDistrict`).
 * @throws Error when the stored galaxy is incomplete (not 5,000 sectors)
 */
export async function loadSnapshot(
  manager: EntityManager,
  state: { seed: string; settings: WarpSettings | null; regenerations: RegenerationRecord[] },
): Promise<GalaxySnapshot> {
  const rows: SectorRow[] = await manager.query(`SELECT ${SECTOR_COLUMNS} FROM nexus.sectors ORDER BY number`);
  const warps: { from_number: number; to_number: number }[] = await manager.query(
    'SELECT from_number, to_number FROM nexus.warps ORDER BY from_number, to_number',
  );
  if (rows.length !== 5000) throw new Error(`stored Nexus has ${rows.length} sectors, expected 5000`);
  const sectors: Sector[] = rows.map((r) => ({
    id: r.id,
    number: r.number,
    district: r.district as ZoneType,
    securityLevel: r.security_level,
    developmentLevel: r.development_level,
    trafficLevel: r.traffic_level as TrafficLevel,
    ports: r.ports,
    planets: r.planets,
    hazards: r.hazards as HazardType[],
    hazardLevel: r.hazard_level,
  }));
  return {
    scope: 'nexus',
    seed: state.seed,
    settings: state.settings ?? DEFAULT_WARP_SETTINGS,
    zones: NEXUS_DISTRICTS,
    sectors,
    warps: warps.map((w) => ({ from: w.from_number, to: w.to_number })),
    regenerations: state.regenerations,
  };
}
