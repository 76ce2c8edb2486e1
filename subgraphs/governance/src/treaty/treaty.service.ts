import { randomUUID } from 'node:crypto';
import { governanceEvents, type Outbox } from '@sectorwars/events';
import {
  conflict,
  forbidden,
  type KeysetCursor,
  type Logger,
  notFound,
  type Page,
  type Viewer,
} from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { GameClock } from '../config';
import { inRegion, inRegionOfRow, inRegionsOfRows, queryRows, violatedConstraint } from '../db';
import { JOBS, type JobQueue } from '../jobs';
import { regionalPage } from '../regional-page';
import type { VoterRollService } from '../voter-roll/voter-roll.service';
import { isDiplomat } from '../voter-roll/voter-roll.types';
import type { ProposeTreaty, RespondToTreaty } from './treaty.inputs';
import { type Treaty, type TreatyRow, TreatyStatus, toTreaty } from './treaty.types';

type TreatyEvent =
  | typeof governanceEvents.treatySigned
  | typeof governanceEvents.treatyTerminated
  | typeof governanceEvents.treatyExpired;

/**
 * Treaties between regions (issue 5; types in ARCHITECTURE.md). A region speaks through its
 * owner, its governor and its ambassadors ("diplomats"):
 * - a diplomat of `fromRegion` proposes (PENDING); a region never treats with itself
 *   (BAD_USER_INPUT); at most one PENDING or ACTIVE treaty of each type per unordered pair of
 *   regions (partial unique index `treaties_one_per_pair_and_type` → CONFLICT);
 * - a diplomat of `toRegion` — never the proposing side — accepts (ACTIVE for `durationDays`,
 *   `governance.treaty.signed`) or rejects (REJECTED);
 * - a diplomat of either side terminates an ACTIVE treaty (`treaty.terminated`); a diplomat of
 *   the proposing side may withdraw a PENDING one (WITHDRAWN);
 * - at `endsAt` a durable job (`treaty-expire`, key = treaty id) expires an ACTIVE treaty once
 *   (`treaty.expired`).
 * Every action is audited in the acting region.
 *
 * Row-level security (`treaties`: visible to both parties, inserted by the proposing region,
 * updated by either party): each action runs confined to the acting region — proposing in
 * `fromRegion`, answering in `toRegion`, ending in the side the viewer speaks for; the expiry job
 * and reads by id in the proposing region, a region's list in that region. Only the sweep at
 * start (`resume`) reads across regions.
 */
export class TreatyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly roll: VoterRollService,
    private readonly jobs: JobQueue,
    private readonly clock: GameClock,
    private readonly audit: AuditService,
    private readonly logger: Pick<Logger, 'warn'>,
  ) {}

  /**
   * Proposes a treaty (PENDING).
   * @throws NOT_FOUND (either region unknown to governance), FORBIDDEN (not a diplomat of
   *         `fromRegion`), CONFLICT (a PENDING or ACTIVE treaty of this type exists for the pair)
   */
  async propose(viewer: Viewer, input: ProposeTreaty): Promise<Treaty> {
    try {
      // Confined to the proposing region: `to` is read for its rules only (the directory), which
      // is all the viewer's standing there can matter for here.
      const row = await inRegion(this.dataSource, input.fromRegionId, async (manager) => {
        const [from, to] = await this.roll.standings(viewer, [input.fromRegionId, input.toRegionId], manager);
        if (!from.rules || !to.rules) throw notFound('Region');
        if (!isDiplomat(from)) {
          throw forbidden('Only the owner, the governor or an ambassador of the proposing region proposes treaties');
        }
        const [created] = await queryRows<TreatyRow>(
          manager,
          `INSERT INTO governance.treaties (id, from_region_id, to_region_id, type, terms, duration_days, status, proposed_by)
           VALUES ($1, $2, $3, $4, $5, $6, 'PENDING', $7) RETURNING *`,
          [
            randomUUID(),
            input.fromRegionId,
            input.toRegionId,
            input.type,
            input.terms,
            input.durationDays,
            viewer.playerId,
          ],
        );
        await this.record(manager, created, created.from_region_id, viewer, 'treaty.propose', null);
        return created;
      });
      return toTreaty(row);
    } catch (error) {
      if (violatedConstraint(error) === 'treaties_one_per_pair_and_type') {
        throw conflict(`These regions already have a pending or active ${input.type} treaty`, 'type');
      }
      throw error;
    }
  }

  /**
   * The other region answers: accept signs it (ACTIVE until now + `durationDays`, publishes
   * `treaty.signed`, schedules the expiry), reject ends it (REJECTED).
   * @throws NOT_FOUND, FORBIDDEN (not a diplomat of `toRegion`), CONFLICT (not PENDING)
   */
  async respond(viewer: Viewer, input: RespondToTreaty): Promise<Treaty> {
    const found = await this.find(input.treatyId);
    // The answer is the other region's act: confined to it.
    const row = await inRegion(this.dataSource, found.to_region_id, async (manager) => {
      const treaty = await this.lock(manager, input.treatyId);
      const [to] = await this.roll.standings(viewer, [treaty.to_region_id], manager);
      if (!isDiplomat(to)) {
        throw forbidden('Only the owner, the governor or an ambassador of the other region answers a treaty');
      }
      if (treaty.status !== TreatyStatus.PENDING) throw conflict(`The treaty is ${treaty.status}`, 'treatyId');
      const [answered] = await queryRows<TreatyRow>(
        manager,
        input.accept
          ? `UPDATE governance.treaties SET status = 'ACTIVE', responded_by = $2, signed_at = clock_timestamp(),
               ends_at = clock_timestamp() + make_interval(secs => $3 * duration_days)
             WHERE id = $1 RETURNING *`
          : `UPDATE governance.treaties SET status = 'REJECTED', responded_by = $2, ended_at = clock_timestamp()
             WHERE id = $1 RETURNING *`,
        input.accept ? [treaty.id, viewer.playerId, this.clock.daySeconds] : [treaty.id, viewer.playerId],
      );
      if (input.accept) await this.publish(manager, governanceEvents.treatySigned, answered);
      const action = input.accept ? 'treaty.accept' : 'treaty.reject';
      await this.record(manager, answered, answered.to_region_id, viewer, action, TreatyStatus.PENDING);
      return answered;
    });
    if (row.status === TreatyStatus.ACTIVE) await this.scheduleExpiry(row);
    return toTreaty(row);
  }

  /**
   * Ends a treaty early: an ACTIVE one by a diplomat of either side (TERMINATED, publishes
   * `treaty.terminated`), a PENDING one by a diplomat of the proposing side (WITHDRAWN).
   * @throws NOT_FOUND, FORBIDDEN (not a diplomat of a side that may end it), CONFLICT (already ended;
   *         a PENDING treaty addressed to the viewer's region is answered with respondToTreaty)
   */
  async terminate(viewer: Viewer, treatyId: string): Promise<Treaty> {
    // Parties never change: who the viewer speaks for is known before the confined transaction,
    // which then works in that region (the viewer's standing in both regions is one read).
    const found = await this.find(treatyId);
    const [from, to] = await this.roll.standings(viewer, [found.from_region_id, found.to_region_id]);
    if (!isDiplomat(from) && !isDiplomat(to)) {
      throw forbidden('Only the owner, the governor or an ambassador of either region ends a treaty');
    }
    const actingRegion = isDiplomat(from) ? found.from_region_id : found.to_region_id;
    const row = await inRegion(this.dataSource, actingRegion, async (manager) => {
      const treaty = await this.lock(manager, treatyId);
      if (treaty.status === TreatyStatus.PENDING) {
        if (!isDiplomat(from)) throw conflict('Answer a proposed treaty with respondToTreaty', 'treatyId');
        const [withdrawn] = await queryRows<TreatyRow>(
          manager,
          `UPDATE governance.treaties SET status = 'WITHDRAWN', ended_by = $2, ended_at = clock_timestamp()
           WHERE id = $1 RETURNING *`,
          [treaty.id, viewer.playerId],
        );
        await this.record(manager, withdrawn, actingRegion, viewer, 'treaty.withdraw', TreatyStatus.PENDING);
        return withdrawn;
      }
      if (treaty.status !== TreatyStatus.ACTIVE) throw conflict(`The treaty is ${treaty.status}`, 'treatyId');
      const [ended] = await queryRows<TreatyRow>(
        manager,
        `UPDATE governance.treaties SET status = 'TERMINATED', ended_by = $2, ended_at = clock_timestamp()
         WHERE id = $1 RETURNING *`,
        [treaty.id, viewer.playerId],
      );
      await this.publish(manager, governanceEvents.treatyTerminated, ended);
      await this.record(manager, ended, actingRegion, viewer, 'treaty.terminate', TreatyStatus.ACTIVE);
      return ended;
    });
    if (row.status === TreatyStatus.TERMINATED) await this.jobs.cancel(JOBS.treatyExpire, row.id);
    return toTreaty(row);
  }

  /**
   * The expiry job (`treaty-expire`): an ACTIVE treaty becomes EXPIRED and `treaty.expired`
   * is published. Does nothing otherwise (terminated meanwhile, or a second run). Confined to
   * the proposing region (either party may change a treaty).
   * @returns the expired treaty, or null
   */
  async expire(treatyId: string): Promise<Treaty | null> {
    const row = await inRegionOfRow(this.dataSource, 'treaties', treatyId, async (manager) => {
      const [expired] = await queryRows<TreatyRow>(
        manager,
        `UPDATE governance.treaties SET status = 'EXPIRED', ended_at = clock_timestamp()
         WHERE id = $1 AND status = 'ACTIVE' RETURNING *`,
        [treatyId],
      );
      if (expired) await this.publish(manager, governanceEvents.treatyExpired, expired);
      return expired ?? null;
    });
    return row ? toTreaty(row) : null;
  }

  /**
   * At start: schedules again the expiry of every ACTIVE treaty (idempotent keys). Reads across
   * regions, as the service's own role (row-level security: `treaties_service`).
   */
  async resume(): Promise<void> {
    const active = await queryRows<TreatyRow>(
      this.dataSource.manager,
      `SELECT id, ends_at FROM governance.treaties WHERE status = 'ACTIVE'`,
    );
    for (const row of active) await this.scheduleExpiry(row);
  }

  /**
   * A treaty by id, read confined to its proposing region.
   * @throws NOT_FOUND
   */
  private async find(treatyId: string): Promise<TreatyRow> {
    const [treaty] = await inRegionOfRow(this.dataSource, 'treaties', treatyId, (manager) =>
      queryRows<TreatyRow>(manager, 'SELECT * FROM governance.treaties WHERE id = $1', [treatyId]),
    );
    if (!treaty) throw notFound('Treaty');
    return treaty;
  }

  /** Locks a treaty in `manager`'s transaction (confined to a party). @throws NOT_FOUND */
  private async lock(manager: EntityManager, treatyId: string): Promise<TreatyRow> {
    const [treaty] = await queryRows<TreatyRow>(manager, 'SELECT * FROM governance.treaties WHERE id = $1 FOR UPDATE', [
      treatyId,
    ]);
    if (!treaty) throw notFound('Treaty');
    return treaty;
  }

  private publish(manager: EntityManager, definition: TreatyEvent, row: TreatyRow) {
    const endsAt = row.status === TreatyStatus.ACTIVE ? row.ends_at : row.ended_at;
    return this.outbox.publish(manager, definition, {
      subject: row.id,
      data: {
        treatyId: row.id,
        fromRegionId: row.from_region_id,
        toRegionId: row.to_region_id,
        type: row.type,
        terms: row.terms,
        endsAt: (endsAt as Date).toISOString(),
        occurredAt: new Date().toISOString(),
      },
    });
  }

  private record(
    manager: EntityManager,
    row: TreatyRow,
    regionId: string,
    viewer: Viewer,
    action: string,
    before: TreatyStatus | null,
  ) {
    return this.audit.record(manager, {
      regionId,
      actorId: viewer.playerId,
      action,
      target: `treaty:${row.id}`,
      before: before ? { status: before } : null,
      after: { status: row.status, type: row.type, fromRegionId: row.from_region_id, toRegionId: row.to_region_id },
    });
  }

  private async scheduleExpiry(row: Pick<TreatyRow, 'id' | 'ends_at'>): Promise<void> {
    try {
      await this.jobs.schedule(JOBS.treatyExpire, {
        runAt: row.ends_at as Date,
        key: row.id,
        data: { treatyId: row.id },
      });
    } catch (error) {
      this.logger.warn({ err: error, treatyId: row.id }, 'could not schedule the treaty expiry; rescheduled at start');
    }
  }

  /**
   * Batch lookup for DataLoader: results in the order of `ids`, null where missing. Read
   * confined to each treaty's proposing region.
   */
  async findByIds(ids: readonly string[]): Promise<(Treaty | null)[]> {
    const rows = await inRegionsOfRows(this.dataSource, 'treaties', ids, (manager, sameRegion) =>
      queryRows<TreatyRow>(manager, 'SELECT * FROM governance.treaties WHERE id = ANY($1::uuid[])', [sameRegion]),
    );
    const byId = new Map(rows.map((r) => [r.id, toTreaty(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * One page of the treaties a region is party to (either side), newest first, optionally of one
   * status, with the total; confined to the region.
   * @throws NOT_FOUND when `regionId` is not a UUID
   */
  async page(
    regionId: string,
    status: TreatyStatus | null,
    first: number,
    after: KeysetCursor | null,
  ): Promise<Page<Treaty>> {
    return regionalPage<TreatyRow, Treaty>(this.dataSource, {
      regionId,
      table: 'treaties',
      filter: '(from_region_id = $1 OR to_region_id = $1) AND ($2::text IS NULL OR status = $2)',
      orderBy: 'created_at',
      status,
      first,
      after,
      toNode: toTreaty,
    });
  }
}
