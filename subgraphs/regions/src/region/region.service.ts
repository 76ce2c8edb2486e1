import { randomUUID } from 'node:crypto';
import { type Outbox, regionsEvents } from '@sectorwars/events';
import { generateRegion } from '@sectorwars/galaxy';
import {
  conflict,
  encodeCursor,
  forbidden,
  hasRole,
  isUuid,
  type KeysetCursor,
  notFound,
  type Page,
  preparedQuery,
  unauthenticated,
  type Viewer,
} from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import { inRegion, inRegionOf } from '../db/in-region';
import { MembershipType } from '../membership/membership.types';
import { TRADE_RULES } from '../trade/trade.rules';
import type { ProvisionRegion, UpdateCulture, UpdateEconomy, UpdateGovernance } from './region.inputs';
import {
  type CultureSettings,
  defaultCulture,
  defaultEconomy,
  defaultGovernance,
  type EconomySettings,
  type ElectedRole,
  type GovernanceSettings,
  ORIGINAL_GALAXY_NAME,
  REGION_RULES,
  RegionStatus,
} from './region.rules';
import { type Region, type RegionRow, toRegion } from './region.types';
import { ACTIVE_WINDOW_DAYS, type RegionStats } from './region-stats.types';

/** Which settings group a change touches, with its event and audit action. */
const SETTINGS = {
  economy: { event: regionsEvents.regionEconomyChanged, action: 'region.economy.update' },
  governance: { event: regionsEvents.regionGovernanceChanged, action: 'region.governance.update' },
  culture: { event: regionsEvents.regionCultureChanged, action: 'region.culture.update' },
} as const;
type SettingsGroup = keyof typeof SETTINGS;

/**
 * Settings groups an elected governor may change besides the owner: the day-to-day economy and
 * culture. The rules of government themselves (type, threshold, constitution) stay the owner's.
 */
const GOVERNOR_GROUPS: readonly SettingsGroup[] = ['economy', 'culture'];

/** Drops null/undefined values: omitted input fields keep their stored value. */
const defined = <T extends object>(o: T) =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as {
    [K in keyof T]?: NonNullable<T[K]>;
  };

/**
 * Regions: provisioning (with their 500 sectors and warps), lookup, and the
 * owner's settings (economy, governance, culture). Bounds come from
 * `REGION_RULES` (ARCHITECTURE.md, "Game design figures"); inputs arrive
 * already validated by the schemas in region.inputs.ts.
 */
export class RegionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
  ) {}

  /** Batch lookup for DataLoader: results in the order of `ids`, null where missing. */
  async findByIds(ids: readonly string[]): Promise<(Region | null)[]> {
    const valid = ids.filter((id) => isUuid(id));
    const rows = valid.length
      ? await preparedQuery<RegionRow>(
          this.dataSource,
          'regions.by-ids',
          'SELECT * FROM regions.regions WHERE id = ANY($1::uuid[])',
          [valid],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.id, toRegion(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** @returns the region with this slug, or null */
  async findByName(name: string): Promise<Region | null> {
    const [row] = (await this.dataSource.query('SELECT * FROM regions.regions WHERE name = $1', [name])) as RegionRow[];
    return row ? toRegion(row) : null;
  }

  /** The public directory of regions, oldest first (keyset on created_at, id). */
  async page(first: number, after: KeysetCursor | null): Promise<Page<Region>> {
    const params: unknown[] = [first + 1];
    let where = 'true';
    if (after) {
      params.push(after.at, after.id);
      where = '(created_at, id) > ($2::timestamptz, $3::uuid)';
    }
    const rows = (await this.dataSource.query(
      `SELECT *, created_at::text AS at FROM regions.regions WHERE ${where} ORDER BY created_at, id LIMIT $1`,
      params,
    )) as (RegionRow & { at: string })[];
    const [{ n }] = (await this.dataSource.query('SELECT count(*)::int AS n FROM regions.regions')) as { n: number }[];
    const pageRows = rows.slice(0, first);
    return {
      nodes: pageRows.map(toRegion),
      cursors: pageRows.map((r) => encodeCursor({ at: r.at, id: r.id })),
      hasNextPage: rows.length > first,
      totalCount: n,
    };
  }

  /**
   * Creates a region with its 500 sectors and their warps (libs/galaxy, scope
   * `region:<id>`), bulk-inserted, in ONE transaction that also writes the audit
   * record and publishes `region.provisioned` through the outbox. The region is
   * ACTIVE when the transaction commits.
   *
   * @param input validated by `provisionRegionSchema`
   * @param actorId the admin provisioning it; null for the platform
   * @throws CONFLICT (field `name`) when the slug is taken; nothing is written
   */
  async provision(input: ProvisionRegion, actorId: string | null): Promise<Region> {
    if (await this.findByName(input.name)) throw conflict(`A region named ${input.name} already exists`, 'name');
    const id = randomUUID();
    const seed = input.seed ?? id;
    const galaxy = generateRegion(seed, { scope: `region:${id}` });
    try {
      const row = await inRegion(this.dataSource, id, async (manager) => {
        await manager.query(
          `INSERT INTO regions.regions (id, name, display_name, owner_id, status, seed, governance, economy, culture, total_sectors)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            id,
            input.name,
            input.displayName,
            input.ownerId ?? null,
            RegionStatus.PROVISIONING,
            seed,
            JSON.stringify(defaultGovernance()),
            JSON.stringify(defaultEconomy()),
            JSON.stringify(defaultCulture()),
            galaxy.sectors.length,
          ],
        );
        const s = galaxy.sectors;
        await manager.query(
          `INSERT INTO regions.sectors
             (region_id, number, id, zone, security_level, development_level, traffic_level, ports, planets, hazards, hazard_level)
           SELECT $1, n, sid, z, sl, dl, tl, p, pl, string_to_array(h, ','), hl
           FROM unnest($2::int[], $3::uuid[], $4::text[], $5::int[], $6::int[], $7::text[], $8::int[], $9::int[], $10::text[], $11::int[])
             AS t(n, sid, z, sl, dl, tl, p, pl, h, hl)`,
          [
            id,
            s.map((x) => x.number),
            s.map((x) => x.id),
            s.map((x) => x.district),
            s.map((x) => x.securityLevel),
            s.map((x) => x.developmentLevel),
            s.map((x) => x.trafficLevel),
            s.map((x) => x.ports),
            s.map((x) => x.planets),
            s.map((x) => x.hazards.join(',')),
            s.map((x) => x.hazardLevel),
          ],
        );
        await manager.query(
          `INSERT INTO regions.warps (region_id, from_sector, to_sector)
           SELECT $1, f, t FROM unnest($2::int[], $3::int[]) AS w(f, t)`,
          [id, galaxy.warps.map((w) => w.from), galaxy.warps.map((w) => w.to)],
        );
        const [created] = (await manager.query('UPDATE regions.regions SET status = $2 WHERE id = $1 RETURNING *', [
          id,
          RegionStatus.ACTIVE,
        ])) as [RegionRow[], number];
        const region = created[0];
        await this.audit.record(manager, {
          regionId: id,
          actorId,
          action: 'region.provision',
          target: `region:${id}`,
          before: null,
          after: { name: region.name, displayName: region.display_name, ownerId: region.owner_id, seed },
        });
        await this.outbox.publish(manager, regionsEvents.regionProvisioned, {
          subject: id,
          data: {
            regionId: id,
            name: region.name,
            displayName: region.display_name,
            ownerId: region.owner_id,
            totalSectors: region.total_sectors,
            provisionedAt: region.created_at.toISOString(),
            governance: {
              type: region.governance.type,
              votingThreshold: region.governance.votingThreshold,
              electionFrequencyDays: region.governance.electionFrequencyDays,
            },
          },
        });
        return region;
      });
      return toRegion(row);
    } catch (error) {
      if ((error as { constraint?: string }).constraint === 'regions_name_key') {
        throw conflict(`A region named ${input.name} already exists`, 'name');
      }
      throw error;
    }
  }

  /**
   * Creates the platform-owned "Original Galaxy" (name `original-galaxy`, no owner)
   * unless it exists; called at every start, so it exists from the first one.
   * @returns true when it was created now
   */
  async ensureOriginalGalaxy(): Promise<boolean> {
    if (await this.findByName(ORIGINAL_GALAXY_NAME)) return false;
    try {
      await this.provision(
        { name: ORIGINAL_GALAXY_NAME, displayName: 'Original Galaxy', ownerId: null, seed: ORIGINAL_GALAXY_NAME },
        null,
      );
      return true;
    } catch (error) {
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') return false;
      throw error;
    }
  }

  /**
   * Whether `viewer` may change `region`'s settings: platform admins and the
   * region's owner. (Governors will be added with governance.)
   */
  canManage(viewer: Viewer, region: Pick<Region, 'ownerId'>): boolean {
    return hasRole(viewer, 'ADMIN') || (!!viewer.playerId && viewer.playerId === region.ownerId);
  }

  /**
   * Changes economy settings (tax 0.05–0.25, starting credits 100–10,000, trade bonuses
   * 1.0–3.0, specialization). Omitted fields keep their value; `tradeBonuses` replaces the map;
   * an empty `specialization` clears it. The owner, the elected governor and admins may.
   * @throws NOT_FOUND (no such region), FORBIDDEN (neither owner, governor nor admin)
   */
  updateEconomy(viewer: Viewer, input: UpdateEconomy): Promise<Region> {
    return this.updateSettings(viewer, input.regionId, 'economy', (before: EconomySettings) => {
      const change = defined({ taxRate: input.taxRate, startingCredits: input.startingCredits });
      const after: EconomySettings = { ...before, ...change };
      if (input.tradeBonuses) {
        after.tradeBonuses = Object.fromEntries(input.tradeBonuses.map((b) => [b.resource, b.multiplier]));
      }
      if (input.specialization !== undefined && input.specialization !== null) {
        after.specialization = input.specialization.trim() || null;
      }
      return after;
    });
  }

  /**
   * Changes governance settings (type, voting threshold 0.1–0.9, election frequency
   * 30–365 days, constitution). Omitted fields keep their value.
   * @throws NOT_FOUND, FORBIDDEN
   */
  updateGovernance(viewer: Viewer, input: UpdateGovernance): Promise<Region> {
    return this.updateSettings(viewer, input.regionId, 'governance', (before: GovernanceSettings) => ({
      ...before,
      ...defined({
        type: input.type,
        votingThreshold: input.votingThreshold,
        electionFrequencyDays: input.electionFrequencyDays,
        constitution: input.constitution,
      }),
    }));
  }

  /**
   * Changes culture settings (motto, language pack, theme, traditions). Omitted fields keep
   * their value; `languagePack` and `traditions` replace the stored ones; an empty `logoUrl`
   * removes the logo.
   * @throws NOT_FOUND, FORBIDDEN
   */
  updateCulture(viewer: Viewer, input: UpdateCulture): Promise<Region> {
    return this.updateSettings(viewer, input.regionId, 'culture', (before: CultureSettings) => {
      const after: CultureSettings = { ...before, ...defined({ motto: input.motto, traditions: input.traditions }) };
      if (input.languagePack) after.languagePack = Object.fromEntries(input.languagePack.map((e) => [e.key, e.text]));
      if (input.theme) {
        const { logoUrl, ...rest } = input.theme;
        after.theme = { ...before.theme, ...defined(rest) };
        if (logoUrl !== undefined && logoUrl !== null) after.theme.logoUrl = logoUrl || null;
      }
      return after;
    });
  }

  /**
   * One settings change in the region's own transaction: lock the row, check the
   * actor, write the new settings, the audit record and the `<group>-changed` event.
   */
  private async updateSettings<G extends SettingsGroup>(
    viewer: Viewer,
    regionId: string,
    group: G,
    change: (before: RegionRow[G]) => RegionRow[G],
  ): Promise<Region> {
    const row = await inRegion(this.dataSource, regionId, async (manager: EntityManager) => {
      const [current] = (await manager.query(
        `SELECT r.*, EXISTS (SELECT 1 FROM regions.offices o WHERE o.role = 'GOVERNOR'
                               AND o.player_id = $2::uuid AND o.term_ends_at > now()) AS viewer_governs
         FROM regions.regions r WHERE r.id = $1 FOR UPDATE OF r`,
        [regionId, viewer.playerId ?? null],
      )) as (RegionRow & { viewer_governs: boolean })[];
      if (!current) throw notFound('Region');
      const governorMay = GOVERNOR_GROUPS.includes(group) && current.viewer_governs;
      if (!this.canManage(viewer, { ownerId: current.owner_id }) && !governorMay) {
        throw forbidden(
          group === 'governance'
            ? "Only the region's owner or an admin may change its governance settings"
            : "Only the region's owner, its elected governor or an admin may change its settings",
        );
      }
      const before = current[group];
      const after = change(before);
      const [updated] = (await manager.query(`UPDATE regions.regions SET ${group} = $2 WHERE id = $1 RETURNING *`, [
        regionId,
        JSON.stringify(after),
      ])) as [RegionRow[], number];
      const actorId = viewer.playerId as string;
      await this.audit.record(manager, {
        regionId,
        actorId,
        action: SETTINGS[group].action,
        target: `region:${regionId}`,
        before,
        after,
      });
      await this.outbox.publish(manager, SETTINGS[group].event, {
        subject: regionId,
        data: {
          regionId,
          actorId,
          before: before as unknown as Record<string, unknown>,
          after: after as unknown as Record<string, unknown>,
        },
      });
      return updated[0];
    });
    return toRegion(row);
  }

  /**
   * Records the Central Nexus Gateway Plaza sector (4001–5000) holding `regionId`'s
   * platform warp gate, inside the caller's transaction (the `nexus.gate.assigned`
   * consumer's) confined to that region by row-level security. Idempotent: writing the
   * same sector again changes nothing; a later assignment replaces the earlier one.
   *
   * @throws NOT_FOUND when the region does not exist (the consumer retries, then dead-letters)
   */
  async recordNexusGate(manager: EntityManager, regionId: string, sectorNumber: number): Promise<void> {
    await inRegionOf(manager, regionId, async (tx) => {
      const [, updated] = (await tx.query('UPDATE regions.regions SET nexus_gate_sector = $2 WHERE id = $1', [
        regionId,
        sectorNumber,
      ])) as [unknown, number];
      if (!updated) throw notFound('Region');
    });
  }

  /**
   * Whether `viewer` may read the region's audit log: admins, the owner, and the elected
   * governor (who runs the region day to day and changes its economy and culture).
   * @param viewerOffices the elected roles the viewer holds in the region now
   */
  canReadAuditLog(viewer: Viewer, region: Pick<Region, 'ownerId'>, viewerOffices: readonly ElectedRole[]): boolean {
    return this.canManage(viewer, region) || viewerOffices.includes('GOVERNOR');
  }

  /**
   * Whether `viewer` may read `Region.stats`: admins, the owner, and members of the
   * region (any membership type). Figures about a community are for that community;
   * outsiders see the public directory only.
   */
  canReadStats(viewer: Viewer, region: Pick<Region, 'ownerId'>, viewerIsMember: boolean): boolean {
    return this.canManage(viewer, region) || viewerIsMember;
  }

  /**
   * `Region.stats`: population by membership type, members active in the last
   * `ACTIVE_WINDOW_DAYS` days (by `last_active_at`), sectors by development level, tax
   * income over the last `TRADE_RULES.taxWindowDays` days and the treasury,
   * as grouped counts in ONE SQL statement inside the region's transaction (row-level
   * security supplies the region filter; `memberships_stats_idx` and
   * `sectors_development_idx` serve the scans). The same statement tells whether the
   * viewer is a member, for the authorization rule `canReadStats`.
   *
   * @throws UNAUTHENTICATED (anonymous), FORBIDDEN (neither admin, owner nor member)
   */
  async stats(viewer: Viewer, region: Pick<Region, 'id' | 'ownerId'>): Promise<RegionStats> {
    if (!viewer.playerId) throw unauthenticated();
    const [row] = (await inRegion(this.dataSource, region.id, (manager) =>
      manager.query(
        `SELECT
           (SELECT coalesce(json_object_agg(type, n), '{}') FROM
              (SELECT type, count(*)::int AS n FROM regions.memberships GROUP BY type) p) AS population,
           (SELECT count(*)::int FROM regions.memberships
              WHERE last_active_at >= now() - make_interval(days => $1)) AS active,
           (SELECT coalesce(json_object_agg(development_level, n ORDER BY development_level), '{}') FROM
              (SELECT development_level, count(*)::int AS n FROM regions.sectors GROUP BY development_level) d) AS development,
           EXISTS (SELECT 1 FROM regions.memberships WHERE player_id = $2::uuid) AS member,
           (SELECT coalesce(sum(amount), 0)::bigint::text FROM regions.treasury_ledger
              WHERE kind = 'trade_tax' AND created_at >= now() - make_interval(days => $3)) AS tax_income,
           (SELECT treasury_credits::text FROM regions.regions WHERE id = $4) AS treasury`,
        [ACTIVE_WINDOW_DAYS, viewer.playerId, TRADE_RULES.taxWindowDays, region.id],
      ),
    )) as {
      population: Record<string, number>;
      active: number;
      development: Record<string, number>;
      member: boolean;
      tax_income: string;
      treasury: string;
    }[];
    if (!this.canReadStats(viewer, region, row.member)) {
      throw forbidden("Only the region's owner, its members and admins read its stats");
    }
    const population = Object.values(MembershipType).map((type) => ({ type, count: row.population[type] ?? 0 }));
    return {
      totalMembers: population.reduce((sum, p) => sum + p.count, 0),
      population,
      activeMembers: row.active,
      activeWindowDays: ACTIVE_WINDOW_DAYS,
      sectorsByDevelopmentLevel: Object.entries(row.development)
        .map(([level, sectors]) => ({ level: Number(level), sectors }))
        .sort((a, b) => a.level - b.level),
      taxIncome: Number(row.tax_income),
      taxIncomeWindowDays: TRADE_RULES.taxWindowDays,
      treasury: Number(row.treasury),
    };
  }

  /** Total sectors per region (ARCHITECTURE.md: fixed at 500). */
  static readonly SECTORS = REGION_RULES.totalSectors;
}
