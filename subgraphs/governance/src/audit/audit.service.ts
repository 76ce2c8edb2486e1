import type { EntityManager } from 'typeorm';

/** What one audit record says. `before`/`after` are plain JSON values. */
export interface AuditRecord {
  regionId: string;
  /** Acting player; null for the platform (scheduled jobs). */
  actorId: string | null;
  /** e.g. `policy.decree`, `policy.close-early`, `election.start`, `treaty.propose`. */
  action: string;
  /** e.g. `policy:<id>`. */
  target: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The governance audit log (ARCHITECTURE.md, "Security model": every mutation by an admin,
 * owner or governor records actor, action, target, region, before/after and time). Written
 * in the caller's transaction, so it commits with the change it describes. Governance
 * records the acts of office: decrees, early closes, elections started, treaty moves.
 * Row-level security: the caller's transaction is confined to a region, and a record of any
 * other region is refused; the confined role may append records, never change or delete them.
 */
export class AuditService {
  /**
   * Writes one record in the caller's transaction.
   * @throws when `record.regionId` is not the transaction's region (row-level security)
   */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    await manager.query(
      `INSERT INTO governance.audit_log (region_id, actor_id, action, target, before, after)
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
}
