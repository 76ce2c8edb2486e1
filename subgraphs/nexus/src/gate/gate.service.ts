import { createHash } from 'node:crypto';
import { type ConsumedEvent, nexusEvents, type Outbox, type regionsEvents } from '@sectorwars/events';
import { encodeCursor, type KeysetCursor, type Page } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { NexusGate } from './gate.types';

/** First and last Gateway Plaza sector (ARCHITECTURE.md district table: gateway_plaza 4001–5000). */
export const PLAZA_FIRST = 4001;
export const PLAZA_LAST = 5000;
const PLAZA_SIZE = PLAZA_LAST - PLAZA_FIRST + 1;

interface GateRow {
  id: string;
  region_id: string;
  region_name: string;
  sector_number: number;
  assigned_at: Date;
}

/** `data` of `region.provisioned`. */
export type RegionProvisionedData = z.infer<typeof regionsEvents.regionProvisioned.schema>;

const toGate = (r: GateRow): NexusGate => ({
  id: r.id,
  regionId: r.region_id,
  regionName: r.region_name,
  sectorNumber: r.sector_number,
  assignedAt: r.assigned_at,
});

/**
 * The preferred Gateway Plaza sector of a region: 4001 + (first 32 bits of sha256(regionId)) mod 1000.
 * When taken, the next free number after it (wrapping) is used.
 */
export const preferredPlazaSector = (regionId: string) =>
  PLAZA_FIRST + (createHash('sha256').update(regionId).digest().readUInt32BE(0) % PLAZA_SIZE);

/**
 * Gateway Plaza warp gates: one sector per region, unique both ways.
 *
 * Gates are recorded even before the Nexus is generated: the plaza's sector numbers are fixed by
 * the design table and survive generation and regeneration (only sector ids and attributes
 * change), so a gate is a sector *number*; `NexusGate.sector` resolves once sectors exist.
 */
export class GateService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Consumer of `region.provisioned` (group `nexus.gate-assignment`), inside the consumer's
   * transaction: assigns a free plaza sector and publishes `nexus.gate.assigned` with it. A region
   * that already has a gate is left alone (no second event), on top of the framework's event-id
   * dedupe. Assignments are serialised by a table lock so two regions never race for one sector.
   * @throws Error when all 1,000 plaza sectors are taken (the event goes to the dead letters)
   */
  async handleRegionProvisioned(event: ConsumedEvent<RegionProvisionedData>, manager: EntityManager): Promise<void> {
    const { regionId, name } = event.data;
    await manager.query('LOCK TABLE nexus.gates IN SHARE ROW EXCLUSIVE MODE');
    const [existing] = await manager.query('SELECT 1 FROM nexus.gates WHERE region_id = $1', [regionId]);
    if (existing) return;
    const preferred = preferredPlazaSector(regionId);
    const [free] = await manager.query(
      `SELECT n FROM generate_series($1::int, $2::int) AS n
       WHERE NOT EXISTS (SELECT 1 FROM nexus.gates g WHERE g.sector_number = n)
       ORDER BY (n - $3 + $4) % $4 LIMIT 1`,
      [PLAZA_FIRST, PLAZA_LAST, preferred, PLAZA_SIZE],
    );
    if (!free) throw new Error(`no free Gateway Plaza sector for region ${regionId}`);
    const [gate]: GateRow[] = await manager.query(
      `INSERT INTO nexus.gates (region_id, region_name, sector_number, event_id) VALUES ($1, $2, $3, $4) RETURNING *`,
      [regionId, name, free.n, event.envelope.id],
    );
    await this.outbox.publish(manager, nexusEvents.gateAssigned, {
      subject: regionId,
      data: { regionId, gateId: gate.id, sectorNumber: gate.sector_number },
    });
  }

  /** The gate of a region, or null. */
  async byRegion(regionId: string): Promise<NexusGate | null> {
    const [row] = await this.dataSource.query('SELECT * FROM nexus.gates WHERE region_id = $1', [regionId]);
    return row ? toGate(row) : null;
  }

  /** Gates in assignment order (keyset on assigned_at, id). */
  async list(first: number, after: KeysetCursor | null): Promise<Page<NexusGate>> {
    const rows: GateRow[] = await this.dataSource.query(
      `SELECT * FROM nexus.gates
       WHERE $1::timestamptz IS NULL OR (assigned_at, id) > ($1::timestamptz, $2::uuid)
       ORDER BY assigned_at, id LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, first + 1],
    );
    const [{ n }] = await this.dataSource.query('SELECT count(*)::int AS n FROM nexus.gates');
    const page = rows.slice(0, first);
    return {
      nodes: page.map(toGate),
      cursors: page.map((r) => encodeCursor({ at: r.assigned_at.toISOString(), id: r.id })),
      hasNextPage: rows.length > first,
      totalCount: n,
    };
  }
}
