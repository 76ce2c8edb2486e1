import { encodeCursor, type KeysetCursor, type Page } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { inRegion } from '../db/in-region';
import { AuditEntry } from './audit.types';

/** What one audit record says. `before`/`after` are plain JSON values (settings objects). */
export interface AuditRecord {
  regionId: string;
  /** Acting player; null for the platform. */
  actorId: string | null;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

interface AuditRow {
  id: string;
  region_id: string;
  actor_id: string | null;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  created_at: Date;
  /** `created_at` as text, full microsecond precision (cursor). */
  at: string;
}

/**
 * The audit log (ARCHITECTURE.md, "Security model": every admin/owner/governor
 * mutation records actor, action, target, region, before/after and time).
 */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes one record in the caller's (regional) transaction, so it commits with the change. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO regions.audit_log (region_id, actor_id, action, target, before, after)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        record.regionId,
        record.actorId,
        record.action,
        record.target,
        record.before === undefined ? null : JSON.stringify(record.before),
        record.after === undefined ? null : JSON.stringify(record.after),
      ],
    );
  }

  /** One page of a region's audit log, newest first (keyset on created_at, id). Authorization is the caller's. */
  async page(regionId: string, first: number, after: KeysetCursor | null): Promise<Page<AuditEntry>> {
    return inRegion(this.dataSource, regionId, async (manager) => {
      const params: unknown[] = [first + 1];
      let where = 'true';
      if (after) {
        params.push(after.at, after.id);
        where = '(created_at, id) < ($2::timestamptz, $3::uuid)';
      }
      // No region filter: row-level security confines the transaction to `regionId`.
      const rows = (await manager.query(
        `SELECT *, created_at::text AS at FROM regions.audit_log WHERE ${where} ORDER BY created_at DESC, id DESC LIMIT $1`,
        params,
      )) as AuditRow[];
      const [{ n }] = (await manager.query('SELECT count(*)::int AS n FROM regions.audit_log')) as { n: number }[];
      const pageRows = rows.slice(0, first);
      return {
        nodes: pageRows.map(toAuditEntry),
        cursors: pageRows.map((r) => encodeCursor({ at: r.at, id: r.id })),
        hasNextPage: rows.length > first,
        totalCount: n,
      };
    });
  }
}

function toAuditEntry(row: AuditRow): AuditEntry {
  return Object.assign(new AuditEntry(), {
    id: row.id,
    regionId: row.region_id,
    actorId: row.actor_id,
    actor: row.actor_id ? { id: row.actor_id } : null,
    action: row.action,
    target: row.target,
    before: row.before === null ? null : JSON.stringify(row.before),
    after: row.after === null ? null : JSON.stringify(row.after),
    createdAt: row.created_at,
  });
}
