import { randomUUID } from 'node:crypto';
import { governanceEvents, type Outbox, outboxChannel, type regionsEvents } from '@sectorwars/events';
import {
  type AppError,
  conflict,
  forbidden,
  isUuid,
  type KeysetCursor,
  type Logger,
  notFound,
  type Page,
  preparedQuery,
  type Viewer,
} from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import type { z } from 'zod';
import type { AuditService } from '../audit/audit.service';
import type { GameClock } from '../config';
import { inRegion, inRegionOf, inRegionOfRow, inRegionsOfRows, queryRows } from '../db';
import { JOBS, type JobQueue } from '../jobs';
import { regionalPage } from '../regional-page';
import type { VoterRollService } from '../voter-roll/voter-roll.service';
import { canRead, holds, isElector, type Standing } from '../voter-roll/voter-roll.types';
import type { CastVote, ProposePolicy } from './policy.inputs';
import { ELECTORATE, type Electorate } from './policy.rules';
import { type Policy, type PolicyRow, PolicyStatus, toPolicy } from './policy.types';
import { PolicyVoteBatcher } from './vote-batcher';

/** `data` of `region.policy-implemented`. */
export type PolicyImplementedData = z.infer<typeof regionsEvents.policyImplemented.schema>;

/** SQL deciding a closing vote: passed when approval ≥ threshold (exactly at the threshold passes), else rejected. */
const OUTCOME = `CASE WHEN votes_for + votes_against > 0
  AND votes_for >= voting_threshold * (votes_for + votes_against) THEN 'PASSED' ELSE 'REJECTED' END`;

/**
 * Policies and their weighted votes (issue 5; figures in ARCHITECTURE.md, "Game design figures").
 *
 * Who proposes and who votes depends on the region's governance type when the policy is
 * proposed (it is fixed on the policy as its electorate, with the region's voting threshold):
 * - democracy (`CITIZENS`): citizens and residents with voting power > 0 vote, each vote
 *   weighted by the voter's voting power (0–5) at the moment of voting; they, the owner and
 *   the governor may propose;
 * - council (`COUNCIL`): council members vote, one vote (weight 1) each; they, the owner and
 *   the governor may propose;
 * - autocracy (`OWNER`): only the owner proposes, and the proposal is a decree that passes
 *   at once (PASSED, `governance.policy.passed`), no vote.
 * Platform admins read everything and may close a vote early (below), but do not propose or vote.
 *
 * A vote closes at `votingClosesAt` by a durable job (`policy-vote-close`, key = policy id):
 * PASSED when `votesFor ≥ threshold × (votesFor + votesAgainst)` with at least one vote,
 * else REJECTED; the close only changes an ACTIVE policy, so it takes effect once.
 * Early close: the owner or an admin may close a vote before its time only when the outcome
 * is already certain — when even if every eligible voter who has not voted yet (by the voter
 * roll at that moment) voted against, it would still pass, or voting for, it would still fail.
 *
 * Row-level security: every request runs confined to the policy's region (`inRegion`,
 * `inRegionOfRow`; votes inside `governance.cast_votes`), and so do the closing job and the
 * implemented-policy consumer; only the sweep at start (`resume`) reads across regions.
 */
export class PolicyService {
  /** Votes waiting for their policy's next statement (group commit, see castVote). */
  private readonly votes = new PolicyVoteBatcher<{ policy: Policy; weight: number }>((policyId, votes) =>
    this.castBatch(policyId, votes),
  );

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
   * Proposes a policy (input validated by `proposePolicySchema`: per-type `proposedChanges`,
   * `votingDays` 1–30, default 7). Publishes `policy.status-changed` (ACTIVE) and schedules the
   * closing job at `votingClosesAt`; an autocrat's decree is PASSED at once and publishes
   * `policy.status-changed` (PASSED) and `policy.passed` instead (audited).
   *
   * @throws NOT_FOUND (governance has not seen the region), FORBIDDEN (may not propose under
   *         the region's governance type)
   */
  async propose(viewer: Viewer, input: ProposePolicy): Promise<Policy> {
    const playerId = viewer.playerId as string;
    const row = await inRegion(this.dataSource, input.regionId, async (manager) => {
      const standing = await this.roll.standing(viewer, input.regionId, manager);
      if (!standing.rules) throw notFound('Region');
      const electorate = ELECTORATE[standing.rules.governanceType];
      assertMayPropose(standing, electorate);
      const decree = electorate === 'OWNER';
      const [created] = await queryRows<PolicyRow>(
        manager,
        `INSERT INTO governance.policies
           (id, region_id, type, title, description, proposed_changes, proposed_by, electorate, voting_threshold,
            status, voting_closes_at, closed_at, closed_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, clock_timestamp() + make_interval(secs => $11),
                 CASE WHEN $10 = 'PASSED' THEN clock_timestamp() END, $12)
         RETURNING *`,
        [
          randomUUID(),
          input.regionId,
          input.type,
          input.title,
          input.description,
          JSON.stringify(input.proposedChanges),
          playerId,
          electorate,
          String(standing.rules.votingThreshold),
          decree ? PolicyStatus.PASSED : PolicyStatus.ACTIVE,
          decree ? 0 : this.clock.seconds(input.votingDays),
          decree ? playerId : null,
        ],
      );
      await this.publishStatus(manager, created, null);
      if (decree) {
        await this.publishPassed(manager, created);
        await this.audit.record(manager, {
          regionId: created.region_id,
          actorId: playerId,
          action: 'policy.decree',
          target: `policy:${created.id}`,
          after: { type: created.type, proposedChanges: created.proposed_changes },
        });
      }
      return created;
    });
    if (row.status === PolicyStatus.ACTIVE) await this.scheduleClose(row);
    return toPolicy(row);
  }

  /**
   * Casts the viewer's vote. Votes on one policy travel in batches (`PolicyVoteBatcher`: the
   * votes that arrive while the policy's previous statement runs go together in the next), each
   * batch ONE statement, `governance.cast_votes` (migration CastVotesInBatches1765000400000): it
   * finds the policy's region, confines itself to it (role `governance_app` + `app.region_id`, so
   * row-level security applies), locks the policy row if voting is open, reads each voter's
   * weight from the voter roll (democracy: voting power; council: 1), inserts the votes (primary
   * key `votes_one_per_voter`: a second vote is not counted), adds the weights to the tally once
   * (the row lock serialises concurrent batches, so tallies are exact) and stores one
   * `policy.tallied` in the outbox with `tallyVersion` = the new voter count, and its NOTIFY.
   *
   * @returns the policy with the tally of the batch that counted the vote (it includes the vote),
   *          and the weight counted
   * @throws NOT_FOUND (no policy), FORBIDDEN (not in the policy's electorate, or not allowed
   *         to see the region), CONFLICT (already voted; voting closed or decreed)
   */
  async castVote(viewer: Viewer, input: CastVote): Promise<{ policy: Policy; weight: number }> {
    const counted = await this.votes.cast(input.policyId, viewer.playerId as string, input.support);
    if (!counted) throw await this.voteRefusal(viewer, input.policyId);
    return counted;
  }

  /** Writes one batch of votes on `policyId` in one statement; per vote, what was counted (null: not counted). */
  private async castBatch(
    policyId: string,
    votes: { voterId: string; support: boolean }[],
  ): Promise<({ policy: Policy; weight: number } | null)[]> {
    if (!isUuid(policyId)) return votes.map(() => null);
    const tallied = governanceEvents.policyTallied;
    // A named prepared statement (same text on every call): planned once per connection.
    // $4…$7 say where the function stores and signals `policy.tallied` (Outbox.eventCtes' parameters).
    const rows = await preparedQuery<PolicyRow & { ord: string; cast_weight: string }>(
      this.dataSource,
      'governance.cast-votes',
      'SELECT v.ord, v.cast_weight, (v.policy_row).* FROM governance.cast_votes($1, $2, $3, $4, $5, $6, $7) v',
      [
        policyId,
        votes.map((v) => v.voterId),
        votes.map((v) => v.support),
        tallied.topic,
        tallied.type,
        this.outbox.source,
        outboxChannel(this.outbox.schema),
      ],
    );
    const results: ({ policy: Policy; weight: number } | null)[] = votes.map(() => null);
    const policy = rows.length ? toPolicy(rows[0]) : null;
    for (const row of rows)
      results[Number(row.ord) - 1] = { policy: policy as Policy, weight: Number(row.cast_weight) };
    return results;
  }

  /** Why a vote was not counted (looked up after its statement; only refused votes pay for it). */
  private async voteRefusal(viewer: Viewer, policyId: string): Promise<AppError> {
    const found = await inRegionOfRow(this.dataSource, 'policies', policyId, async (manager) => {
      const [row] = await queryRows<{
        region_id: string;
        status: string;
        electorate: Electorate;
        due: boolean;
        voted: boolean;
      }>(
        manager,
        `SELECT region_id, status, electorate, voting_closes_at <= clock_timestamp() AS due,
           EXISTS (SELECT 1 FROM governance.votes v WHERE v.policy_id = p.id AND v.voter_id = $2) AS voted
         FROM governance.policies p WHERE id = $1`,
        [policyId, viewer.playerId],
      );
      return row ? { row, standing: await this.roll.standing(viewer, row.region_id, manager) } : null;
    });
    if (!found) return notFound('Policy');
    const { row, standing } = found;
    if (!canRead(standing)) return forbidden('Only members of the region vote on its policies');
    if (row.electorate === 'OWNER')
      return conflict('This policy was decreed by the owner: there is no vote', 'policyId');
    if (row.voted) return conflict('You already voted on this policy: one vote per voter', 'policyId');
    const eligible = row.electorate === 'CITIZENS' ? isElector(standing) : holds(standing, 'COUNCIL_MEMBER');
    if (!eligible) {
      return forbidden(
        row.electorate === 'CITIZENS'
          ? 'Only citizens and residents with voting power vote on this policy'
          : 'Only council members vote on this policy',
      );
    }
    if (row.status !== PolicyStatus.ACTIVE || row.due) return conflict('Voting on this policy is closed', 'policyId');
    return conflict('The vote was not counted; try again', 'policyId');
  }

  /**
   * The closing job (`policy-vote-close`): decides an ACTIVE policy (see the class comment)
   * and publishes `policy.status-changed` and, when passed, `policy.passed`, in the same
   * transaction, confined to the policy's region. Does nothing when the policy is no longer
   * ACTIVE (a second run).
   *
   * @returns the closed policy, or null when it was already closed (or does not exist)
   */
  async closeVote(policyId: string): Promise<Policy | null> {
    const row = await inRegionOfRow(this.dataSource, 'policies', policyId, (manager) =>
      this.closeIn(manager, policyId, null),
    );
    return row ? toPolicy(row) : null;
  }

  /**
   * Closes a vote before `votingClosesAt`, for the owner or an admin, when the outcome can no
   * longer change: the weight of the eligible voters who have not voted (democracy: their
   * voting powers; council: one per council member) could not reverse it. Audited.
   *
   * @throws NOT_FOUND, FORBIDDEN (not the owner nor an admin), CONFLICT (already closed; the
   *         outcome is still open)
   */
  async closeEarly(viewer: Viewer, policyId: string): Promise<Policy> {
    const row = await inRegionOfRow(this.dataSource, 'policies', policyId, async (manager) => {
      const [policy] = await queryRows<PolicyRow>(
        manager,
        'SELECT * FROM governance.policies WHERE id = $1 FOR UPDATE',
        [policyId],
      );
      if (!policy) throw notFound('Policy');
      const standing = await this.roll.standing(viewer, policy.region_id, manager);
      if (!standing.isOwner && !standing.isAdmin) {
        throw forbidden("Only the region's owner or an admin may close a vote early");
      }
      if (policy.status !== PolicyStatus.ACTIVE) throw conflict('Voting on this policy is already closed', 'policyId');
      const [decided] = await queryRows<{ remaining: string; passes: boolean; fails: boolean }>(
        manager,
        `WITH p AS (SELECT * FROM governance.policies WHERE id = $1),
         r AS (
           SELECT CASE p.electorate
             WHEN 'CITIZENS' THEN (SELECT coalesce(sum(vr.voting_power), 0) FROM governance.voter_roll vr
               WHERE vr.region_id = p.region_id AND vr.membership_type IN ('citizen', 'resident') AND vr.voting_power > 0
                 AND NOT EXISTS (SELECT 1 FROM governance.votes v WHERE v.policy_id = p.id AND v.voter_id = vr.player_id))
             WHEN 'COUNCIL' THEN (SELECT count(*)::numeric FROM governance.offices o
               WHERE o.region_id = p.region_id AND o.role = 'COUNCIL_MEMBER'
                 AND NOT EXISTS (SELECT 1 FROM governance.votes v WHERE v.policy_id = p.id AND v.voter_id = o.player_id))
             ELSE 0 END AS remaining
           FROM p)
         SELECT r.remaining::text AS remaining,
           (p.votes_for + p.votes_against > 0
             AND p.votes_for >= p.voting_threshold * (p.votes_for + p.votes_against + r.remaining)) AS passes,
           (p.votes_for + r.remaining = 0
             OR p.votes_for + r.remaining < p.voting_threshold * (p.votes_for + r.remaining + p.votes_against)) AS fails
         FROM p, r`,
        [policyId],
      );
      if (!decided.passes && !decided.fails) {
        throw conflict(
          `The outcome is still open: eligible voters who have not voted hold ${Number(decided.remaining)} votes`,
          'policyId',
        );
      }
      const closed = (await this.closeIn(manager, policyId, viewer.playerId)) as PolicyRow;
      await this.audit.record(manager, {
        regionId: closed.region_id,
        actorId: viewer.playerId,
        action: 'policy.close-early',
        target: `policy:${policyId}`,
        before: { status: PolicyStatus.ACTIVE },
        after: { status: closed.status, votesFor: closed.votes_for, votesAgainst: closed.votes_against },
      });
      return closed;
    });
    await this.jobs.cancel(JOBS.policyClose, policyId);
    return toPolicy(row);
  }

  /** Closes an ACTIVE policy in `manager`'s transaction and publishes its events. @returns null when not ACTIVE */
  private async closeIn(manager: EntityManager, policyId: string, closedBy: string | null): Promise<PolicyRow | null> {
    const [row] = await queryRows<PolicyRow>(
      manager,
      `UPDATE governance.policies SET status = ${OUTCOME}, closed_at = clock_timestamp(), closed_by = $2
       WHERE id = $1 AND status = 'ACTIVE' RETURNING *`,
      [policyId, closedBy],
    );
    if (!row) return null;
    await this.publishStatus(manager, row, PolicyStatus.ACTIVE);
    if (row.status === PolicyStatus.PASSED) await this.publishPassed(manager, row);
    return row;
  }

  /**
   * `region.policy-implemented` (regions applied a passed policy): marks it IMPLEMENTED with
   * what regions applied, and publishes `policy.status-changed` (PASSED → IMPLEMENTED), in the
   * consumer's transaction, confined to the event's region. A policy not PASSED (unknown,
   * already implemented, or not of that region) is left alone.
   */
  async markImplemented(manager: EntityManager, data: PolicyImplementedData): Promise<void> {
    await inRegionOf(manager, data.regionId, async (tx) => {
      const [row] = await queryRows<PolicyRow>(
        tx,
        `UPDATE governance.policies SET status = 'IMPLEMENTED', implemented_at = $2, applied = $3
         WHERE id = $1 AND status = 'PASSED' RETURNING *`,
        [data.policyId, data.implementedAt, JSON.stringify(data.applied)],
      );
      if (row) await this.publishStatus(tx, row, PolicyStatus.PASSED);
    });
  }

  private publishStatus(manager: EntityManager, row: PolicyRow, previousStatus: PolicyStatus | null) {
    return this.outbox.publish(manager, governanceEvents.policyStatusChanged, {
      subject: row.id,
      data: {
        policyId: row.id,
        regionId: row.region_id,
        type: row.type,
        status: row.status,
        previousStatus,
        occurredAt: new Date().toISOString(),
      },
    });
  }

  private publishPassed(manager: EntityManager, row: PolicyRow) {
    return this.outbox.publish(manager, governanceEvents.policyPassed, {
      subject: row.id,
      data: {
        policyId: row.id,
        regionId: row.region_id,
        type: row.type,
        proposedChanges: row.proposed_changes,
        passedAt: (row.closed_at ?? new Date()).toISOString(),
      },
    });
  }

  /** Schedules the closing job (idempotent: key = policy id). A failure is logged; `resume` reschedules at start. */
  private async scheduleClose(row: Pick<PolicyRow, 'id' | 'voting_closes_at'>): Promise<void> {
    try {
      await this.jobs.schedule(JOBS.policyClose, {
        runAt: row.voting_closes_at,
        key: row.id,
        data: { policyId: row.id },
      });
    } catch (error) {
      this.logger.warn({ err: error, policyId: row.id }, 'could not schedule the policy close; rescheduled at start');
    }
  }

  /**
   * At start: schedules the closing job of every ACTIVE policy again (idempotent keys keep one
   * job each), covering a process that died between a proposal's commit and its scheduling.
   * Reads across regions, as the service's own role (row-level security: `policies_service`).
   * @returns how many ACTIVE policies there are
   */
  async resume(): Promise<number> {
    const open = await queryRows<Pick<PolicyRow, 'id' | 'voting_closes_at'>>(
      this.dataSource.manager,
      `SELECT id, voting_closes_at FROM governance.policies WHERE status = 'ACTIVE'`,
    );
    for (const row of open) await this.scheduleClose(row);
    return open.length;
  }

  /**
   * Batch lookup for DataLoader: results in the order of `ids`, null where missing. Each
   * region's policies are read confined to that region.
   */
  async findByIds(ids: readonly string[]): Promise<(Policy | null)[]> {
    const rows = await inRegionsOfRows(this.dataSource, 'policies', ids, (manager, sameRegion) =>
      queryRows<PolicyRow>(manager, 'SELECT * FROM governance.policies WHERE id = ANY($1::uuid[])', [sameRegion]),
    );
    const byId = new Map(rows.map((r) => [r.id, toPolicy(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * One page of a region's policies, newest first (keyset on created_at, id), optionally of one
   * status, with the total; confined to the region.
   * @throws NOT_FOUND when `regionId` is not a UUID
   */
  async page(
    regionId: string,
    status: PolicyStatus | null,
    first: number,
    after: KeysetCursor | null,
  ): Promise<Page<Policy>> {
    return regionalPage<PolicyRow, Policy>(this.dataSource, {
      regionId,
      table: 'policies',
      filter: 'region_id = $1 AND ($2::text IS NULL OR status = $2)',
      orderBy: 'created_at',
      status,
      first,
      after,
      toNode: toPolicy,
    });
  }
}

/**
 * Who may propose (see `PolicyService`): autocracy the owner; democracy the owner, the
 * governor and electors; council the owner, the governor and council members.
 * @throws FORBIDDEN
 */
function assertMayPropose(s: Standing, electorate: Electorate): void {
  if (s.isOwner) return;
  if (electorate === 'OWNER') throw forbidden("In an autocracy only the region's owner proposes policies");
  if (holds(s, 'GOVERNOR')) return;
  if (electorate === 'CITIZENS' && !isElector(s)) {
    throw forbidden('Only citizens and residents with voting power, the governor and the owner propose policies');
  }
  if (electorate === 'COUNCIL' && !holds(s, 'COUNCIL_MEMBER')) {
    throw forbidden('In a council region only council members, the governor and the owner propose policies');
  }
}
