import { NEXUS_DISTRICTS } from '@sectorwars/galaxy';
import { encodeCursor, type KeysetCursor, notFound, type Page } from '@sectorwars/platform';
import type { DataSource } from 'typeorm';
import { type Nexus, type NexusDistrict, type NexusSector, type NexusStats, NexusStatus } from './nexus.types';
import { HOLDS_PLAYER_DATA, SECTOR_COLUMNS, type SectorRow, toNexusSector } from './sector.store';

/** The stored `nexus.state` row. */
export interface NexusStateRow {
  status: NexusStatus;
  seed: string | null;
  settings: import('@sectorwars/galaxy').WarpSettings | null;
  regenerations: import('@sectorwars/galaxy').RegenerationRecord[];
  generated_at: Date | null;
  current_job_id: string | null;
}

/**
 * Read side of the Central Nexus: status, districts (design figures from `NEXUS_DISTRICTS`,
 * ARCHITECTURE.md district table, plus live counts), sectors and their warps, statistics.
 */
export class NexusService {
  constructor(private readonly dataSource: DataSource) {}

  /** The state row (always present: the migration creates it). */
  async state(): Promise<NexusStateRow> {
    const [row] = await this.dataSource.query('SELECT * FROM nexus.state WHERE id = 1');
    return row;
  }

  /** Status, seed and totals. */
  async nexus(): Promise<Nexus> {
    const state = await this.state();
    const [totals] = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM nexus.sectors) AS sectors, (SELECT count(*)::int FROM nexus.warps) AS warps,
              (SELECT coalesce(sum(ports), 0)::int FROM nexus.sectors) AS ports,
              (SELECT coalesce(sum(planets), 0)::int FROM nexus.sectors) AS planets`,
    );
    return {
      status: state.status,
      seed: state.seed,
      generatedAt: state.generated_at,
      totalSectors: totals.sectors,
      totalWarps: totals.warps,
      totalPorts: totals.ports,
      totalPlanets: totals.planets,
      districtCount: NEXUS_DISTRICTS.length,
    };
  }

  /** The 10 districts in sector order, with live counts (one aggregate query). */
  async districts(): Promise<NexusDistrict[]> {
    const counts: { district: string; sectors: number; ports: number; planets: number }[] = await this.dataSource.query(
      `SELECT district, count(*)::int AS sectors, sum(ports)::int AS ports, sum(planets)::int AS planets
         FROM nexus.sectors GROUP BY district`,
    );
    const byDistrict = new Map(counts.map((c) => [c.district, c]));
    return NEXUS_DISTRICTS.map((d) => {
      const c = byDistrict.get(d.type);
      return {
        type: d.type,
        name: d.name,
        sectorRange: { first: d.sectorRange[0], last: d.sectorRange[1] },
        sectorCount: c?.sectors ?? 0,
        portCount: c?.ports ?? 0,
        planetCount: c?.planets ?? 0,
        securityLevel: d.securityLevel,
        developmentLevel: d.developmentLevel,
        traffic: d.traffic,
        characteristics: d.characteristics,
        portDensity: d.portDensity,
        warpDensity: d.warpDensity,
        travelTimeMultiplier: d.travelTimeMultiplier,
        researchMultiplier: d.researchMultiplier,
        taxFree: d.taxFree,
        restrictedAccess: d.restrictedAccess,
      };
    });
  }

  /** One district. @throws NOT_FOUND for an unknown type (GraphQL's enum normally prevents it). */
  async district(type: string): Promise<NexusDistrict> {
    const found = (await this.districts()).find((d) => d.type === type);
    if (!found) throw notFound(`District ${type}`);
    return found;
  }

  /**
   * A page of sectors by ascending number (keyset: `number > cursor`), optionally in one district.
   * The cursor's `at` is the sector number.
   */
  async sectors(district: string | null, first: number, after: KeysetCursor | null): Promise<Page<NexusSector>> {
    const afterNumber = after ? Number(after.at) : 0;
    const rows: SectorRow[] = await this.dataSource.query(
      `SELECT ${SECTOR_COLUMNS} FROM nexus.sectors
       WHERE ($1::text IS NULL OR district = $1) AND number > $2 ORDER BY number LIMIT $3`,
      [district, Number.isFinite(afterNumber) ? afterNumber : 0, first + 1],
    );
    const [{ n }] = await this.dataSource.query(
      'SELECT count(*)::int AS n FROM nexus.sectors WHERE ($1::text IS NULL OR district = $1)',
      [district],
    );
    const page = rows.slice(0, first);
    return {
      nodes: page.map(toNexusSector),
      cursors: page.map((r) => encodeCursor({ at: String(r.number), id: r.id })),
      hasNextPage: rows.length > first,
      totalCount: n,
    };
  }

  /** Sectors by number, in the order asked (null where missing). For DataLoader. */
  async sectorsByNumber(numbers: readonly number[]): Promise<(NexusSector | null)[]> {
    const rows: SectorRow[] = await this.dataSource.query(
      `SELECT ${SECTOR_COLUMNS} FROM nexus.sectors WHERE number = ANY($1::int[])`,
      [numbers],
    );
    const byNumber = new Map(rows.map((r) => [r.number, toNexusSector(r)]));
    return numbers.map((n) => byNumber.get(n) ?? null);
  }

  /**
   * The warp neighbours of each sector, ascending, in one query for the whole batch (DataLoader):
   * warps are stored once, so both directions are read.
   */
  async neighbours(numbers: readonly number[]): Promise<NexusSector[][]> {
    const rows: (SectorRow & { origin: number })[] = await this.dataSource.query(
      `WITH w AS (
         SELECT from_number AS origin, to_number AS other FROM nexus.warps WHERE from_number = ANY($1::int[])
         UNION ALL
         SELECT to_number, from_number FROM nexus.warps WHERE to_number = ANY($1::int[]))
       SELECT w.origin, ${SECTOR_COLUMNS.split(', ')
         .map((c) => `s.${c}`)
         .join(', ')}
       FROM w JOIN nexus.sectors s ON s.number = w.other ORDER BY w.origin, s.number`,
      [numbers],
    );
    const byOrigin = new Map<number, NexusSector[]>();
    for (const row of rows) {
      const list = byOrigin.get(row.origin) ?? [];
      list.push(toNexusSector(row));
      byOrigin.set(row.origin, list);
    }
    return numbers.map((n) => byOrigin.get(n) ?? []);
  }

  /** Galaxy statistics (degree bounds over stored warps, player data, gate occupancy). */
  async stats(): Promise<NexusStats> {
    const [row] = await this.dataSource.query(
      `WITH degree AS (
         SELECT s.number, (SELECT count(*) FROM nexus.warps w WHERE w.from_number = s.number OR w.to_number = s.number) AS d
         FROM nexus.sectors s)
       SELECT (SELECT count(*)::int FROM nexus.sectors) AS sectors,
              (SELECT count(*)::int FROM nexus.warps) AS warps,
              (SELECT coalesce(sum(ports), 0)::int FROM nexus.sectors) AS ports,
              (SELECT coalesce(sum(planets), 0)::int FROM nexus.sectors) AS planets,
              (SELECT count(*)::int FROM nexus.sectors WHERE cardinality(hazards) > 0) AS hazardous,
              (SELECT coalesce(min(d), 0)::int FROM degree) AS min_warps,
              (SELECT coalesce(max(d), 0)::int FROM degree) AS max_warps,
              (SELECT count(*)::int FROM nexus.sectors WHERE ${HOLDS_PLAYER_DATA}) AS with_player_data,
              (SELECT count(*)::int FROM nexus.gates) AS gates`,
    );
    return {
      sectorCount: row.sectors,
      warpCount: row.warps,
      portCount: row.ports,
      planetCount: row.planets,
      hazardousSectorCount: row.hazardous,
      averageWarps: row.sectors ? Math.round(((2 * row.warps) / row.sectors) * 100) / 100 : 0,
      minWarps: row.min_warps,
      maxWarps: row.max_warps,
      sectorsWithPlayerData: row.with_player_data,
      assignedGates: row.gates,
      freeGateSectors: 1000 - row.gates,
    };
  }
}

export { NexusStatus };
