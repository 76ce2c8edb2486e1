import type { regionsEvents } from '@sectorwars/events';
import { hasRole, isUuid, type Viewer } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import { forPlayers, inRegionOf } from '../db';
import { toRegionRules } from '../region/region.service';
import type { GovernanceType } from '../region/region.types';
import { type MembershipType, type OfficeRole, outsider, type Standing } from './voter-roll.types';

/** `data` of `region.membership.changed`. */
export type MembershipChangedData = z.infer<typeof regionsEvents.membershipChanged.schema>;
/** `data` of `region.membership.role-changed`. */
export type RoleChangedData = z.infer<typeof regionsEvents.roleChanged.schema>;

interface StandingRow {
  region_id: string;
  owner_id: string | null;
  governance_type: GovernanceType | null;
  voting_threshold: string | null;
  election_frequency_days: number | null;
  membership_type: MembershipType | null;
  voting_power: string;
  offices: OfficeRole[];
}

/**
 * The voter roll and the offices: who belongs to which region with what voting power, and
 * who holds which elected role — local projections of regions' `membership.changed` and
 * `membership.role-changed`, so no vote ever waits on the regions subgraph.
 *
 * Both tables are regional (row-level security): the consumers write each event's rows
 * confined to the event's region; standings read only the viewer's own rows (`forPlayers`),
 * or, inside a transaction confined to a region, the viewer's rows of that region.
 */
export class VoterRollService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * `region.membership.changed`: joined/updated set the player's membership type and voting
   * power (0–5); left keeps a row with no type and power 0 (so an older event arriving late
   * cannot bring the membership back). Events older than the row (`occurredAt`) are ignored.
   * Written confined to the event's region, in the consumer's transaction.
   */
  async applyMembershipChanged(manager: EntityManager, data: MembershipChangedData): Promise<void> {
    const left = data.change === 'left';
    await inRegionOf(manager, data.regionId, (tx) =>
      tx.query(
        `INSERT INTO governance.voter_roll (region_id, player_id, membership_type, voting_power, changed_at)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (region_id, player_id) DO UPDATE
         SET membership_type = EXCLUDED.membership_type, voting_power = EXCLUDED.voting_power,
             changed_at = EXCLUDED.changed_at
         WHERE governance.voter_roll.changed_at <= EXCLUDED.changed_at`,
        [
          data.regionId,
          data.playerId,
          left ? null : data.membershipType,
          left ? '0' : String(data.votingPower),
          data.occurredAt,
        ],
      ),
    );
  }

  /**
   * `region.membership.role-changed`: granted records the office (with its term end),
   * revoked removes it unless it was granted again after the revocation. Written confined to
   * the event's region, in the consumer's transaction.
   */
  async applyRoleChanged(manager: EntityManager, data: RoleChangedData): Promise<void> {
    await inRegionOf(manager, data.regionId, (tx) => this.applyRoleChangedIn(tx, data));
  }

  private async applyRoleChangedIn(manager: EntityManager, data: RoleChangedData): Promise<void> {
    if (data.change === 'granted') {
      await manager.query(
        `INSERT INTO governance.offices (region_id, role, player_id, term_ends_at, election_id, granted_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (region_id, role, player_id) DO UPDATE
           SET term_ends_at = EXCLUDED.term_ends_at, election_id = EXCLUDED.election_id, granted_at = EXCLUDED.granted_at
           WHERE governance.offices.granted_at <= EXCLUDED.granted_at`,
        [data.regionId, data.role, data.playerId, data.termEndsAt, data.electionId, data.occurredAt],
      );
    } else {
      await manager.query(
        'DELETE FROM governance.offices WHERE region_id = $1 AND role = $2 AND player_id = $3 AND granted_at <= $4',
        [data.regionId, data.role, data.playerId, data.occurredAt],
      );
    }
  }

  /**
   * The viewer's standing in each of `regionIds` (DataLoader batch): region rules, membership,
   * voting power and offices, in ONE statement. Ids that are not UUIDs get an outsider standing.
   *
   * @param manager a transaction confined to a region (row-level security): only that region's
   *   membership and offices are visible in it, other regions' standings carry their rules only.
   *   Without one, the read runs in its own transaction that sees the viewer's rows in every region.
   */
  async standings(viewer: Viewer, regionIds: readonly string[], manager?: EntityManager): Promise<Standing[]> {
    const valid = [...new Set(regionIds.filter((id) => isUuid(id)))];
    const read = (m: EntityManager) =>
      m.query(
        `SELECT q.id AS region_id, r.owner_id, r.governance_type, r.voting_threshold, r.election_frequency_days,
             vr.membership_type, coalesce(vr.voting_power, 0) AS voting_power,
             coalesce((SELECT array_agg(o.role ORDER BY o.role) FROM governance.offices o
                       WHERE o.region_id = q.id AND o.player_id = $2::uuid), '{}') AS offices
           FROM unnest($1::uuid[]) AS q(id)
           LEFT JOIN governance.regions r ON r.id = q.id
           LEFT JOIN governance.voter_roll vr ON vr.region_id = q.id AND vr.player_id = $2::uuid`,
        [valid, viewer.playerId],
      ) as Promise<StandingRow[]>;
    let rows: StandingRow[] = [];
    if (valid.length) rows = manager ? await read(manager) : await forPlayers(this.dataSource, [viewer.playerId], read);
    const byRegion = new Map(rows.map((row) => [row.region_id, row]));
    return regionIds.map((regionId) => {
      const row = byRegion.get(regionId);
      if (!row) return outsider(viewer, regionId);
      const rules = row.governance_type
        ? toRegionRules({
            id: regionId,
            owner_id: row.owner_id,
            governance_type: row.governance_type,
            voting_threshold: row.voting_threshold as string,
            election_frequency_days: row.election_frequency_days as number,
          })
        : null;
      if (!viewer.playerId) return outsider(viewer, regionId, rules);
      return {
        regionId,
        rules,
        playerId: viewer.playerId,
        isAdmin: hasRole(viewer, 'ADMIN'),
        isOwner: rules?.ownerId === viewer.playerId,
        membershipType: row.membership_type,
        votingPower: Number(row.voting_power),
        offices: row.offices,
      };
    });
  }

  /** The viewer's standing in one region (see `standings`). */
  async standing(viewer: Viewer, regionId: string, manager?: EntityManager): Promise<Standing> {
    const [standing] = await this.standings(viewer, [regionId], manager);
    return standing;
  }
}
