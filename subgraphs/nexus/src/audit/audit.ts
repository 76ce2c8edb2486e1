import { encodeCursor, type KeysetCursor, type Page } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { NexusAuditEntry } from './audit.types';

/** One admin action on the Nexus, as stored in `nexus.audit_log`. */
export interface AuditEntry {
  /** Player id of the admin. */
  actorId: string;
  /** Machine name, e.g. `nexus.generate`, `nexus.district.regenerate`. */
  action: string;
  /** What was acted on, e.g. `nexus` or `district:industrial_zone`. */
  target: string;
  /** Summary of the state before the action (JSON). */
  before: unknown;
  /** Summary of what the action asked for / produced (JSON). */
  after: unknown;
}

/** Writes an audit record inside the caller's transaction, so it commits with the change it records. */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  await manager.query(
    'INSERT INTO nexus.audit_log (actor_id, action, target, before, after) VALUES ($1, $2, $3, $4, $5)',
    [entry.actorId, entry.action, entry.target, JSON.stringify(entry.before), JSON.stringify(entry.after)],
  );
}

interface AuditRow {
  id: string;
  actor_id: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
  created_at: Date;
  at: string;
}

/** Reads the Nexus audit log (admin actions recorded by `recordAudit`). */
export class NexusAuditLog {
  constructor(private readonly dataSource: DataSource) {}

  /** One page, newest first (keyset on created_at, id). Authorization is the caller's. */
  async page(first: number, after: KeysetCursor | null): Promise<Page<NexusAuditEntry>> {
    const params: unknown[] = [first + 1];
    let where = 'true';
    if (after) {
      params.push(after.at, after.id);
      where = '(created_at, id) < ($2::timestamptz, $3::uuid)';
    }
    const rows = (await this.dataSource.query(
      `SELECT *, created_at::text AS at FROM nexus.audit_log WHERE ${where}
     ORDER BY created_at DESC, id DESC LIMIT $1`,
      params,
    )) as AuditRow[];
    const [{ n }] = (await this.dataSource.query('SELECT count(*)::int AS n FROM nexus.audit_log')) as { n: number }[];
    const pageRows = rows.slice(0, first);
    return {
      nodes: pageRows.map((r) =>
        Object.assign(new NexusAuditEntry(), {
          id: r.id,
          actorId: r.actor_id,
          action: r.action,
          target: r.target,
          before: r.before === null ? null : JSON.stringify(r.before),
          after: r.after === null ? null : JSON.stringify(r.after),
          createdAt: r.created_at,
        }),
      ),
      cursors: pageRows.map((r) => encodeCursor({ at: r.at, id: r.id })),
      hasNextPage: rows.length > first,
      totalCount: n,
    };
  }
}
