import { badInput, encodeCursor, type KeysetCursor, type Page } from '@sectorwars/platform';
import type { DataSource } from 'typeorm';
import { inRegion } from '../db/in-region';
import { RegionSector, type RegionZone } from './sector.types';

interface SectorRow {
  region_id: string;
  number: number;
  id: string;
  zone: RegionZone;
  security_level: number;
  development_level: number;
  traffic_level: string;
  ports: number;
  planets: number;
  hazards: string[];
  hazard_level: number;
}

const toSector = (r: SectorRow): RegionSector =>
  Object.assign(new RegionSector(), {
    regionId: r.region_id,
    id: r.id,
    number: r.number,
    zone: r.zone,
    securityLevel: r.security_level,
    developmentLevel: r.development_level,
    trafficLevel: r.traffic_level,
    ports: r.ports,
    planets: r.planets,
    hazards: r.hazards,
    hazardLevel: r.hazard_level,
  });

/**
 * A region's sectors and warps (public data). Reads run in `inRegion`, so
 * row-level security supplies the region filter.
 */
export class SectorService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One page of a region's sectors in number order (keyset on `number`; the cursor
   * carries the last number in `at`), optionally of one zone. Two SELECTs (the
   * page, the total) in one regional transaction, whatever `first`.
   *
   * @param first page size, 1–100 (already validated)
   * @throws BAD_USER_INPUT (field `after`) when the cursor does not hold a sector number
   */
  page(
    regionId: string,
    zone: RegionZone | null,
    first: number,
    after: KeysetCursor | null,
  ): Promise<Page<RegionSector>> {
    const afterNumber = after ? Number(after.at) : 0;
    if (!Number.isInteger(afterNumber) || afterNumber < 0) {
      throw badInput('after', 'after: is not a cursor returned by this list');
    }
    return inRegion(this.dataSource, regionId, async (manager) => {
      const rows = (await manager.query(
        `SELECT * FROM regions.sectors WHERE ($2::text IS NULL OR zone = $2) AND number > $3 ORDER BY number LIMIT $1`,
        [first + 1, zone, afterNumber],
      )) as SectorRow[];
      const [{ n }] = (await manager.query(
        'SELECT count(*)::int AS n FROM regions.sectors WHERE $1::text IS NULL OR zone = $1',
        [zone],
      )) as { n: number }[];
      const pageRows = rows.slice(0, first);
      return {
        nodes: pageRows.map(toSector),
        cursors: pageRows.map((r) => encodeCursor({ at: String(r.number), id: r.id })),
        hasNextPage: rows.length > first,
        totalCount: n,
      };
    });
  }

  /**
   * Batch for DataLoader: the sector numbers each sector has warps to (warps are
   * two-way), sorted, for keys `<regionId>:<number>`. One regional transaction
   * (one SELECT) per region among the keys, whatever the number of sectors.
   */
  async warpsByKeys(keys: readonly string[]): Promise<number[][]> {
    const byRegion = new Map<string, number[]>();
    for (const key of keys) {
      const [regionId, n] = key.split(':');
      byRegion.set(regionId, [...(byRegion.get(regionId) ?? []), Number(n)]);
    }
    const found = new Map<string, number[]>();
    await Promise.all(
      [...byRegion].map(([regionId, numbers]) =>
        inRegion(this.dataSource, regionId, async (manager) => {
          const rows = (await manager.query(
            `SELECT from_sector AS s, to_sector AS t FROM regions.warps WHERE from_sector = ANY($1::int[])
             UNION ALL
             SELECT to_sector, from_sector FROM regions.warps WHERE to_sector = ANY($1::int[])`,
            [numbers],
          )) as { s: number; t: number }[];
          for (const { s, t } of rows) {
            const key = `${regionId}:${s}`;
            found.set(key, [...(found.get(key) ?? []), t]);
          }
        }),
      ),
    );
    return keys.map((key) => (found.get(key) ?? []).sort((a, b) => a - b));
  }
}
