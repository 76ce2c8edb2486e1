import type { EntityManager } from 'typeorm';

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
