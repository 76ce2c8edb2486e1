import { type Outbox, regionsEvents } from '@sectorwars/events';
import {
  conflict,
  encodeCursor,
  isUuid,
  type KeysetCursor,
  notFound,
  type Page,
  preparedQuery,
} from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { forPlayers, inRegion } from '../db/in-region';

import { type ElectedRole, RegionStatus } from '../region/region.rules';
import type { RegionRow } from '../region/region.types';
import {
  DEFAULT_VOTING_POWER,
  type JoinRegion,
  Membership,
  type MembershipType,
  type RegionalAssets,
} from './membership.types';

interface MembershipRow {
  region_id: string;
  player_id: string;
  type: MembershipType;
  reputation: number;
  voting_power: number;
  joined_at: Date;
  last_active_at: Date;
  at?: string;
}

interface AssetsRow {
  region_id: string;
  player_id: string;
  credits: string;
  ships: { id: string; type: string; name: string }[];
  cargo: Record<string, number>;
}

/** What `byKeys` tells about one player in one region: membership, assets, elected offices held now. */
export interface MemberRecord {
  membership: Membership | null;
  assets: RegionalAssets | null;
  /** Elected roles whose term is running (empty for non-members). */
  offices: ElectedRole[];
}

const toMembership = (row: MembershipRow): Membership =>
  Object.assign(new Membership(), {
    regionId: row.region_id,
    playerId: row.player_id,
    type: row.type,
    reputation: row.reputation,
    votingPower: row.voting_power,
    joinedAt: row.joined_at,
    lastActiveAt: row.last_active_at,
  });

/**
 * Membership of players in regions, and their regional assets. Every read and
 * write of a region's rows runs in `inRegion`: row-level security supplies the
 * `region_id` filter, so statements here filter only on the player.
 */
export class MembershipService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * Joins a region, or changes the type of an existing membership. Reputation starts at 0;
   * voting power is `DEFAULT_VOTING_POWER[type]`. A player becoming a citizen for the first
   * time in a region receives its `economy.startingCredits` into their regional assets
   * (once per region, ever: leaving and re-joining does not pay again).
   * Publishes `region.membership.changed` (`joined` or `updated`).
   *
   * @throws NOT_FOUND (no region), CONFLICT (region not ACTIVE, field `regionId`;
   *         already a member of that type, field `type`)
   */
  join(playerId: string, input: JoinRegion): Promise<Membership> {
    return inRegion(this.dataSource, input.regionId, async (manager) => {
      const region = await this.lockRegion(manager, input.regionId);
      if (region.status !== RegionStatus.ACTIVE) throw conflict('The region is not open to players', 'regionId');
      const votingPower = DEFAULT_VOTING_POWER[input.type];
      const [existing] = (await manager.query('SELECT * FROM regions.memberships WHERE player_id = $1 FOR UPDATE', [
        playerId,
      ])) as MembershipRow[];
      if (existing?.type === input.type) throw conflict(`Already a ${input.type} of this region`, 'type');
      const [row] = (await manager.query(
        existing
          ? `UPDATE regions.memberships SET type = $3, voting_power = $4, joined_at = clock_timestamp(), last_active_at = now()
             WHERE region_id = $1 AND player_id = $2 RETURNING *`
          : `INSERT INTO regions.memberships (region_id, player_id, type, voting_power) VALUES ($1, $2, $3, $4) RETURNING *`,
        [input.regionId, playerId, input.type, votingPower],
      )) as MembershipRow[] | [MembershipRow[], number];
      const membership = toMembership(Array.isArray(row) ? row[0] : row);
      const starting = input.type === 'citizen' ? region.economy.startingCredits : 0;
      await manager.query(
        `INSERT INTO regions.assets (region_id, player_id, credits, starting_credits_granted)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (region_id, player_id) DO UPDATE
           SET credits = regions.assets.credits + EXCLUDED.credits, starting_credits_granted = true, updated_at = now()
           WHERE EXCLUDED.starting_credits_granted AND NOT regions.assets.starting_credits_granted`,
        [input.regionId, playerId, starting, input.type === 'citizen'],
      );
      await this.outbox.publish(manager, regionsEvents.membershipChanged, {
        subject: `${input.regionId}:${playerId}`,
        data: {
          regionId: input.regionId,
          playerId,
          change: existing ? 'updated' : 'joined',
          membershipType: membership.type,
          votingPower: membership.votingPower,
          reputation: membership.reputation,
          occurredAt: new Date().toISOString(),
        },
      });
      return membership;
    });
  }

  /**
   * Ends a membership. Regional assets stay with the player in the region.
   * Publishes `region.membership.changed` (`left`, type null, voting power 0).
   * @returns the membership that ended
   * @throws NOT_FOUND when the player is not a member
   */
  leave(playerId: string, regionId: string): Promise<Membership> {
    return inRegion(this.dataSource, regionId, async (manager) => {
      await this.lockRegion(manager, regionId);
      const [rows] = (await manager.query('DELETE FROM regions.memberships WHERE player_id = $1 RETURNING *', [
        playerId,
      ])) as [MembershipRow[], number];
      if (!rows.length) throw notFound('Membership');
      const ended = toMembership(rows[0]);
      await this.outbox.publish(manager, regionsEvents.membershipChanged, {
        subject: `${regionId}:${playerId}`,
        data: {
          regionId,
          playerId,
          change: 'left',
          membershipType: null,
          votingPower: 0,
          reputation: ended.reputation,
          occurredAt: new Date().toISOString(),
        },
      });
      return ended;
    });
  }

  /** Locks the region row (serialises membership changes per region) and returns it. @throws NOT_FOUND */
  private async lockRegion(manager: EntityManager, regionId: string): Promise<RegionRow> {
    const [region] = (await manager.query('SELECT * FROM regions.regions WHERE id = $1 FOR SHARE', [
      regionId,
    ])) as RegionRow[];
    if (!region) throw notFound('Region');
    return region;
  }

  /**
   * One page of a region's members, oldest membership first (keyset on joined_at, player id),
   * optionally of one type. One SQL statement (page and total), confined to the region by
   * `regions.members_page`, whatever the page size.
   * @throws NOT_FOUND when `regionId` is not a UUID
   */
  async page(
    regionId: string,
    type: MembershipType | null,
    first: number,
    after: KeysetCursor | null,
  ): Promise<Page<Membership>> {
    if (!isUuid(regionId)) throw notFound('Region');
    // One statement: the function confines itself to the region (role + setting, so row-level
    // security applies) and returns the page and the total (see its migration).
    const rows = await preparedQuery<MembershipRow & { n: number }>(
      this.dataSource,
      'regions.members-page',
      'SELECT * FROM regions.members_page($1, $2, $3, $4, $5)',
      [regionId, type, first + 1, after?.at ?? null, after?.id ?? null],
    );
    const n = rows[0].n;
    if (rows[0].player_id === null) rows.length = 0;
    const pageRows = rows.slice(0, first);
    return {
      nodes: pageRows.map(toMembership),
      cursors: pageRows.map((r) => encodeCursor({ at: r.at as string, id: r.player_id })),
      hasNextPage: rows.length > first,
      totalCount: n,
    };
  }

  /** Batch for DataLoader: every membership of each player (across regions), one transaction. */
  async byPlayers(playerIds: readonly string[]): Promise<Membership[][]> {
    const rows = await forPlayers(
      this.dataSource,
      playerIds,
      (manager) =>
        manager.query('SELECT * FROM regions.memberships ORDER BY joined_at, region_id') as Promise<MembershipRow[]>,
    );
    return playerIds.map((id) => rows.filter((r) => r.player_id === id).map(toMembership));
  }

  /**
   * Batch for DataLoader: memberships or assets by `<regionId>:<playerId>` key, one
   * regional transaction per region among the keys.
   */
  async byKeys(keys: readonly string[]): Promise<MemberRecord[]> {
    const byRegion = new Map<string, string[]>();
    for (const key of keys) {
      const [regionId, playerId] = key.split(':');
      byRegion.set(regionId, [...(byRegion.get(regionId) ?? []), playerId]);
    }
    const found = new Map<string, MemberRecord>();
    await Promise.all(
      [...byRegion].map(([regionId, players]) =>
        inRegion(this.dataSource, regionId, async (manager) => {
          // Offices ride along with the membership row (one statement): an office is held by a member.
          const memberships = (await manager.query(
            `SELECT m.*, ARRAY(SELECT o.role FROM regions.offices o
                               WHERE o.player_id = m.player_id AND o.term_ends_at > now() ORDER BY o.role) AS offices
             FROM regions.memberships m WHERE m.player_id = ANY($1::uuid[])`,
            [players],
          )) as (MembershipRow & { offices: ElectedRole[] })[];
          const assets = (await manager.query('SELECT * FROM regions.assets WHERE player_id = ANY($1::uuid[])', [
            players,
          ])) as AssetsRow[];
          for (const playerId of players) {
            const m = memberships.find((r) => r.player_id === playerId);
            const a = assets.find((r) => r.player_id === playerId);
            found.set(`${regionId}:${playerId}`, {
              membership: m ? toMembership(m) : null,
              offices: m?.offices ?? [],
              assets: a
                ? {
                    credits: Number(a.credits),
                    ships: a.ships,
                    cargo: Object.entries(a.cargo)
                      .sort(([x], [y]) => x.localeCompare(y))
                      .map(([resource, quantity]) => ({ resource, quantity })),
                  }
                : null,
            });
          }
        }),
      ),
    );
    return keys.map((key) => found.get(key) ?? { membership: null, assets: null, offices: [] });
  }
}
