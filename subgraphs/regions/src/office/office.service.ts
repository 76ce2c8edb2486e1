import { type EventData, type governanceEvents, type Outbox, regionsEvents } from '@sectorwars/events';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { inRegionOf } from '../db/in-region';
import { type ElectedRole, POSITION_ROLES } from '../region/region.rules';

/** `data` of `governance.election.completed`. */
export type ElectionCompleted = EventData<typeof governanceEvents.electionCompleted>;

interface OfficeRow {
  player_id: string;
  election_id: string | null;
}

/**
 * Elected offices of a region (`regions.offices`): one holder per role. Governance decides
 * elections; regions grants the roles, because regions owns who may do what in a region.
 */
export class OfficeService {
  constructor(
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
  ) {}

  /**
   * Applies an election result inside the consumer's transaction, confined to the region:
   * the winner holds the position's role until `termEndsAt`, replacing the previous holder,
   * whose role is revoked. Emits `regions.membership.role-changed` (revoked, then granted) and
   * writes an audit record (actor: the platform). A re-elected holder gets the new term
   * (one `granted` event). No winner (nobody stood): nothing changes — the incumbent keeps
   * the office until the term ends (`term_ends_at`; expired offices grant nothing).
   *
   * Idempotent through the consumer's `consumed_events`; also harmless when replayed.
   */
  async applyElectionResult(manager: EntityManager, result: ElectionCompleted): Promise<void> {
    if (!result.winnerId) return;
    const role: ElectedRole = POSITION_ROLES[result.position];
    const winnerId = result.winnerId;
    await inRegionOf(manager, result.regionId, async (tx) => {
      const [previous] = (await tx.query(
        'SELECT player_id, election_id FROM regions.offices WHERE region_id = $1 AND role = $2 FOR UPDATE',
        [result.regionId, role],
      )) as OfficeRow[];
      await tx.query(
        `INSERT INTO regions.offices (region_id, role, player_id, election_id, term_ends_at, granted_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (region_id, role) DO UPDATE
           SET player_id = EXCLUDED.player_id, election_id = EXCLUDED.election_id,
               term_ends_at = EXCLUDED.term_ends_at, granted_at = EXCLUDED.granted_at`,
        [result.regionId, role, winnerId, result.electionId, result.termEndsAt, result.termStartsAt],
      );
      const changed = (playerId: string, change: 'granted' | 'revoked') =>
        this.outbox.publish(tx, regionsEvents.roleChanged, {
          subject: result.regionId,
          data: {
            regionId: result.regionId,
            playerId,
            role,
            change,
            termEndsAt: change === 'granted' ? result.termEndsAt : null,
            electionId: result.electionId,
            occurredAt: result.completedAt,
          },
        });
      if (previous && previous.player_id !== winnerId) await changed(previous.player_id, 'revoked');
      await changed(winnerId, 'granted');
      await this.audit.record(tx, {
        regionId: result.regionId,
        actorId: null,
        action: 'region.office.grant',
        target: `office:${role}`,
        before: previous ? { playerId: previous.player_id, electionId: previous.election_id } : null,
        after: { playerId: winnerId, electionId: result.electionId, termEndsAt: result.termEndsAt },
      });
    });
  }
}
