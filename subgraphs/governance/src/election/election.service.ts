import { randomUUID } from 'node:crypto';
import { governanceEvents, type Outbox } from '@sectorwars/events';
import {
  type AppError,
  badInput,
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
import { DEFAULT_GOVERNANCE } from '../region/region.types';
import { regionalPage } from '../regional-page';
import type { VoterRollService } from '../voter-roll/voter-roll.service';
import { canRead, holds, isElector } from '../voter-roll/voter-roll.types';
import { ELECTION_RULES, type StandForElection, type StartElection, type VoteInElection } from './election.inputs';
import {
  type Candidate,
  type CandidateRow,
  type Election,
  type ElectionRow,
  ElectionStatus,
  toCandidate,
  toElection,
} from './election.types';

/** Thrown inside a transaction when a candidacy or ballot was not recorded (the cause is looked up after). */
class NotRecorded extends Error {}

/**
 * Elections of a region's offices (issue 5):
 * - the owner or the governor opens one (`startElection`); one ACTIVE election per position
 *   per region (partial unique index `elections_one_active_per_position` → CONFLICT);
 * - electors — citizens and residents with voting power > 0, whatever the governance type —
 *   stand once per election (`standForElection`) and vote once per election for a candidate
 *   (`voteInElection`), weighted by their voting power at the moment of voting;
 * - at `endsAt` a durable job (`election-close`, key = election id) decides it once: the
 *   candidate with the most weighted votes wins; a tie goes to the earliest candidacy (then
 *   the lowest player id); with no candidate or no vote there is no winner. It publishes
 *   `governance.election.completed` (term = now … now + the region's election frequency in
 *   days; regions grants the role and revokes the previous holder's) and `election.updated`;
 * - at the end of the term a job (`election-next`, key = the completed election id) opens the
 *   next election for the position, open 7 days, unless one is already ACTIVE.
 * Every change publishes `governance.election.updated` with `updateVersion` + 1.
 *
 * Row-level security: requests and jobs run confined to the election's region (`inRegion`,
 * `inRegionOfRow`); candidacies and ballots carry that region too. Only the sweep at start
 * (`resume`) reads across regions.
 */
export class ElectionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly roll: VoterRollService,
    private readonly jobs: JobQueue,
    private readonly clock: GameClock,
    private readonly audit: AuditService,
    private readonly logger: Pick<Logger, 'warn' | 'info'>,
  ) {}

  /**
   * Opens an election (audited) and schedules its close.
   * @throws NOT_FOUND (region unknown to governance), FORBIDDEN (not the owner nor the
   *         governor), CONFLICT (an election for this position is already ACTIVE)
   */
  async start(viewer: Viewer, input: StartElection): Promise<Election> {
    let row: ElectionRow;
    try {
      row = await inRegion(this.dataSource, input.regionId, async (manager) => {
        const standing = await this.roll.standing(viewer, input.regionId, manager);
        if (!standing.rules) throw notFound('Region');
        if (!standing.isOwner && !holds(standing, 'GOVERNOR')) {
          throw forbidden("Only the region's owner or governor opens elections");
        }
        const [created] = await queryRows<ElectionRow>(
          manager,
          `INSERT INTO governance.elections (id, region_id, position, status, started_by, ends_at)
           VALUES ($1, $2, $3, 'ACTIVE', $4, clock_timestamp() + make_interval(secs => $5)) RETURNING *`,
          [randomUUID(), input.regionId, input.position, viewer.playerId, this.clock.seconds(input.votingDays)],
        );
        await this.publishUpdated(manager, created);
        await this.audit.record(manager, {
          regionId: input.regionId,
          actorId: viewer.playerId,
          action: 'election.start',
          target: `election:${created.id}`,
          after: { position: created.position, endsAt: created.ends_at },
        });
        return created;
      });
    } catch (error) {
      if (violatedConstraint(error) === 'elections_one_active_per_position') {
        throw conflict(`An election for ${input.position} is already open in this region`, 'position');
      }
      throw error;
    }
    await this.scheduleClose(row);
    return toElection(row);
  }

  /**
   * Stands the viewer for election: electors only, while the election is ACTIVE, once
   * (primary key `candidates_once_per_election`). One statement inserts the candidacy and
   * counts it on the election; publishes `election.updated`.
   *
   * @throws NOT_FOUND, FORBIDDEN (not an elector of the region), CONFLICT (already standing; closed)
   */
  async stand(viewer: Viewer, input: StandForElection): Promise<{ election: Election; candidate: Candidate }> {
    try {
      return await inRegionOfRow(this.dataSource, 'elections', input.electionId, async (manager) => {
        const [row] = await queryRows<ElectionRow & { stood_at: Date }>(
          manager,
          `WITH e AS (
             SELECT id, region_id FROM governance.elections
             WHERE id = $1 AND status = 'ACTIVE' AND ends_at > clock_timestamp()
           ), ins AS (
             INSERT INTO governance.candidates (election_id, region_id, player_id, platform)
             SELECT e.id, e.region_id, $2, $3 FROM e JOIN governance.voter_roll vr
               ON vr.region_id = e.region_id AND vr.player_id = $2
              AND vr.membership_type IN ('citizen', 'resident') AND vr.voting_power > 0
             RETURNING stood_at
           )
           UPDATE governance.elections SET candidate_count = candidate_count + 1, update_version = update_version + 1
           FROM ins WHERE id = $1 AND status = 'ACTIVE'
           RETURNING governance.elections.*, ins.stood_at`,
          [input.electionId, viewer.playerId, input.platform],
        );
        if (!row) throw new NotRecorded();
        await this.publishUpdated(manager, row);
        const candidate = toCandidate({
          election_id: row.id,
          player_id: viewer.playerId as string,
          platform: input.platform,
          votes: '0',
          stood_at: row.stood_at,
        });
        return { election: toElection(row), candidate };
      });
    } catch (error) {
      if (violatedConstraint(error) === 'candidates_once_per_election') {
        throw conflict('You already stand in this election', 'electionId');
      }
      if (error instanceof NotRecorded) throw await this.refusal(viewer, input.electionId);
      throw error;
    }
  }

  /**
   * Votes for a candidate: electors only, once per election (primary key
   * `ballots_one_per_voter`), weighted by voting power now. One statement inserts the ballot
   * and adds the weight to the candidate and the election; publishes `election.updated`.
   *
   * @throws NOT_FOUND, FORBIDDEN (not an elector), CONFLICT (already voted; closed),
   *         BAD_USER_INPUT (`candidateId` does not stand in this election)
   */
  async vote(viewer: Viewer, input: VoteInElection): Promise<{ election: Election; weight: number }> {
    try {
      return await inRegionOfRow(this.dataSource, 'elections', input.electionId, async (manager) => {
        const [row] = await queryRows<ElectionRow & { cast_weight: string }>(
          manager,
          `WITH e AS (
             SELECT id, region_id FROM governance.elections
             WHERE id = $1 AND status = 'ACTIVE' AND ends_at > clock_timestamp()
           ), ins AS (
             INSERT INTO governance.ballots (election_id, region_id, voter_id, candidate_id, weight)
             SELECT e.id, e.region_id, $2, $3, vr.voting_power FROM e JOIN governance.voter_roll vr
               ON vr.region_id = e.region_id AND vr.player_id = $2
              AND vr.membership_type IN ('citizen', 'resident') AND vr.voting_power > 0
             RETURNING weight
           ), c AS (
             UPDATE governance.candidates SET votes = votes + ins.weight FROM ins
             WHERE election_id = $1 AND player_id = $3 RETURNING votes
           )
           UPDATE governance.elections SET total_votes = total_votes + ins.weight, voter_count = voter_count + 1,
             update_version = update_version + 1
           FROM ins, c WHERE id = $1 AND status = 'ACTIVE'
           RETURNING governance.elections.*, ins.weight AS cast_weight`,
          [input.electionId, viewer.playerId, input.candidateId],
        );
        if (!row) throw new NotRecorded();
        await this.publishUpdated(manager, row);
        return { election: toElection(row), weight: Number(row.cast_weight) };
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint === 'ballots_one_per_voter') throw conflict('You already voted in this election', 'electionId');
      if (constraint === 'ballots_for_a_candidate') {
        throw badInput('candidateId', 'candidateId: does not stand in this election');
      }
      if (error instanceof NotRecorded) throw await this.refusal(viewer, input.electionId);
      throw error;
    }
  }

  /** Why a candidacy or ballot was refused (looked up after the rollback). */
  private async refusal(viewer: Viewer, electionId: string): Promise<AppError> {
    const found = await inRegionOfRow(this.dataSource, 'elections', electionId, async (manager) => {
      const [row] = await queryRows<{ region_id: string; status: string; due: boolean }>(
        manager,
        'SELECT region_id, status, ends_at <= clock_timestamp() AS due FROM governance.elections WHERE id = $1',
        [electionId],
      );
      return row ? { row, standing: await this.roll.standing(viewer, row.region_id, manager) } : null;
    });
    if (!found) return notFound('Election');
    const { row, standing } = found;
    if (!canRead(standing)) return forbidden("Only the region's members take part in its elections");
    if (!isElector(standing)) return forbidden('Only citizens and residents with voting power stand and vote');
    if (row.status !== ElectionStatus.ACTIVE || row.due) return conflict('This election is closed', 'electionId');
    return conflict('Not recorded; try again', 'electionId');
  }

  /**
   * The closing job (`election-close`): decides an ACTIVE election (see the class comment),
   * publishes `election.completed` and `election.updated`, then schedules the next election at
   * the end of the term. Does nothing when the election is no longer ACTIVE. Confined to the
   * election's region.
   * @returns the completed election, or null when there was nothing to close
   */
  async close(electionId: string): Promise<Election | null> {
    const row = await inRegionOfRow(this.dataSource, 'elections', electionId, async (manager) => {
      const [done] = await queryRows<ElectionRow>(
        manager,
        `UPDATE governance.elections e SET status = 'COMPLETED', completed_at = clock_timestamp(),
           winner_id = (SELECT c.player_id FROM governance.candidates c WHERE c.election_id = e.id AND c.votes > 0
                        ORDER BY c.votes DESC, c.stood_at, c.player_id LIMIT 1),
           term_starts_at = clock_timestamp(),
           term_ends_at = clock_timestamp() + make_interval(secs => $2 * coalesce(
             (SELECT r.election_frequency_days FROM governance.regions r WHERE r.id = e.region_id), $3)),
           update_version = update_version + 1
         WHERE id = $1 AND status = 'ACTIVE' RETURNING *`,
        [electionId, this.clock.daySeconds, DEFAULT_GOVERNANCE.electionFrequencyDays],
      );
      if (!done) return null;
      await this.outbox.publish(manager, governanceEvents.electionCompleted, {
        subject: done.id,
        data: {
          electionId: done.id,
          regionId: done.region_id,
          position: done.position,
          winnerId: done.winner_id,
          termStartsAt: (done.term_starts_at as Date).toISOString(),
          termEndsAt: (done.term_ends_at as Date).toISOString(),
          completedAt: (done.completed_at as Date).toISOString(),
        },
      });
      await this.publishUpdated(manager, done);
      return done;
    });
    if (!row) return null;
    await this.scheduleNext(row);
    return toElection(row);
  }

  /**
   * The next-election job (`election-next`): opens the election that follows `previousId`'s
   * term, for the same region and position, open `ELECTION_RULES.votingDays.default` days.
   * Idempotent: `previous_election_id` is unique; skipped when an election for the position
   * is already ACTIVE (someone opened one by hand). Confined to the previous election's region.
   * @returns the new election, or null when none was opened
   */
  async openNext(previousId: string): Promise<Election | null> {
    const row = await inRegionOfRow(this.dataSource, 'elections', previousId, async (manager) => {
      const [created] = await queryRows<ElectionRow>(
        manager,
        `INSERT INTO governance.elections (id, region_id, position, status, previous_election_id, ends_at)
         SELECT $1, region_id, position, 'ACTIVE', id, clock_timestamp() + make_interval(secs => $3)
         FROM governance.elections WHERE id = $2 AND status = 'COMPLETED'
         ON CONFLICT DO NOTHING RETURNING *`,
        [randomUUID(), previousId, this.clock.seconds(ELECTION_RULES.votingDays.default)],
      );
      if (created) await this.publishUpdated(manager, created);
      return created ?? null;
    });
    if (!row) {
      this.logger.info({ previousId }, 'next election not opened (already open, or opened before)');
      return null;
    }
    await this.scheduleClose(row);
    return toElection(row);
  }

  private publishUpdated(manager: EntityManager, row: ElectionRow) {
    return this.outbox.publish(manager, governanceEvents.electionUpdated, {
      subject: row.id,
      data: {
        electionId: row.id,
        regionId: row.region_id,
        position: row.position,
        status: row.status,
        candidateCount: row.candidate_count,
        totalVotes: Number(row.total_votes),
        updateVersion: row.update_version,
        occurredAt: new Date().toISOString(),
      },
    });
  }

  private async scheduleClose(row: Pick<ElectionRow, 'id' | 'ends_at'>): Promise<void> {
    try {
      await this.jobs.schedule(JOBS.electionClose, { runAt: row.ends_at, key: row.id, data: { electionId: row.id } });
    } catch (error) {
      this.logger.warn(
        { err: error, electionId: row.id },
        'could not schedule the election close; rescheduled at start',
      );
    }
  }

  private async scheduleNext(row: Pick<ElectionRow, 'id' | 'term_ends_at'>): Promise<void> {
    try {
      await this.jobs.schedule(JOBS.electionNext, {
        runAt: row.term_ends_at as Date,
        key: row.id,
        data: { previousElectionId: row.id },
      });
    } catch (error) {
      this.logger.warn(
        { err: error, electionId: row.id },
        'could not schedule the next election; rescheduled at start',
      );
    }
  }

  /**
   * At start: schedules again the close of every ACTIVE election and the next election of the
   * latest COMPLETED election of each (region, position) that has no successor yet
   * (idempotent keys keep one job each). Reads across regions, as the service's own role
   * (row-level security: `elections_service`).
   */
  async resume(): Promise<void> {
    const open = await queryRows<ElectionRow>(
      this.dataSource.manager,
      `SELECT id, ends_at FROM governance.elections WHERE status = 'ACTIVE'`,
    );
    for (const row of open) await this.scheduleClose(row);
    const finished = await queryRows<ElectionRow>(
      this.dataSource.manager,
      `SELECT DISTINCT ON (region_id, position) id, term_ends_at FROM governance.elections e
       WHERE status = 'COMPLETED'
         AND NOT EXISTS (SELECT 1 FROM governance.elections n WHERE n.previous_election_id = e.id)
       ORDER BY region_id, position, completed_at DESC`,
    );
    for (const row of finished) await this.scheduleNext(row);
  }

  /**
   * Batch lookup for DataLoader: results in the order of `ids`, null where missing. Each
   * region's elections are read confined to that region.
   */
  async findByIds(ids: readonly string[]): Promise<(Election | null)[]> {
    const rows = await inRegionsOfRows(this.dataSource, 'elections', ids, (manager, sameRegion) =>
      queryRows<ElectionRow>(manager, 'SELECT * FROM governance.elections WHERE id = ANY($1::uuid[])', [sameRegion]),
    );
    const byId = new Map(rows.map((r) => [r.id, toElection(r)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /**
   * Batch for DataLoader: the candidates of each election in ranking order (most votes first,
   * ties by earliest candidacy) — one query per region for a whole page of elections (a page of
   * `Region.elections` is one region), confined to that region.
   */
  async candidatesOf(electionIds: readonly string[]): Promise<Candidate[][]> {
    const rows = await inRegionsOfRows(this.dataSource, 'elections', electionIds, (manager, sameRegion) =>
      queryRows<CandidateRow>(
        manager,
        `SELECT * FROM governance.candidates WHERE election_id = ANY($1::uuid[])
         ORDER BY votes DESC, stood_at, player_id`,
        [sameRegion],
      ),
    );
    return electionIds.map((id) => rows.filter((r) => r.election_id === id).map(toCandidate));
  }

  /**
   * One page of a region's elections, newest first (keyset on starts_at, id), optionally of one
   * status, with the total; confined to the region.
   * @throws NOT_FOUND when `regionId` is not a UUID
   */
  async page(
    regionId: string,
    status: ElectionStatus | null,
    first: number,
    after: KeysetCursor | null,
  ): Promise<Page<Election>> {
    return regionalPage<ElectionRow, Election>(this.dataSource, {
      regionId,
      table: 'elections',
      filter: 'region_id = $1 AND ($2::text IS NULL OR status = $2)',
      orderBy: 'starts_at',
      status,
      first,
      after,
      toNode: toElection,
    });
  }
}
