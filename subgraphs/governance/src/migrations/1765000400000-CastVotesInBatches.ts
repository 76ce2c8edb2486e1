import { governanceEvents, Outbox } from '@sectorwars/events';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GOVERNANCE_APP_ROLE } from './1765000200000-AddRowLevelSecurity';
import { AddCastVoteFunction1765000300000 } from './1765000300000-AddCastVoteFunction';

/**
 * `governance.cast_votes(policy, voters[], supports[], topic, type, source, channel)` replaces
 * `governance.cast_vote`: the votes of one policy that arrived while its previous statement was
 * running are cast together, in ONE statement (group commit; `PolicyVoteBatcher` gathers them).
 * Why: under load every vote of a popular policy locks the same policy row; one statement per
 * vote made ~200 statements queue on that row lock (bench/votes: Postgres spent ~1 ms of CPU per
 * vote at saturation against ~0.15 ms below it) and published one tally event per vote.
 *
 * The plpgsql body, in order:
 * 1. as the caller (the service's own role) it reads the policy's region; unknown policy → no row;
 * 2. it switches to `governance_app` and that region (transaction-local, as `inRegion`), so
 *    row-level security applies to everything after;
 * 3. it locks the policy row (`FOR UPDATE`) if voting is open (ACTIVE, before `voting_closes_at`);
 *    otherwise no row: nothing is written. Locking first means the tally update below always
 *    finds the row, so a vote is never recorded without being counted, even when the closing
 *    job runs at the same moment;
 * 4. one CTE: each voter's weight from the voter roll (democracy: voting power of citizens and
 *    residents with power > 0; council: 1 per council member; anyone else: not counted); a
 *    voter listed twice counts once (the first listing); the votes inserted with
 *    `ON CONFLICT DO NOTHING` on `votes_one_per_voter` (the one-vote rule stays a database
 *    constraint: an earlier vote, or a concurrent one from another process, is not counted);
 *    the tally updated once with the sums; ONE `policy.tallied` in the outbox (with
 *    `tallyVersion` = the new voter count, so versions grow with every batch) and its NOTIFY.
 * Returns one row per counted vote: its position in the arrays (1-based `ord`), its weight and
 * the policy after the batch. A voter without a row was not counted; the service looks up why.
 *
 * `$4…$7` inside the body are the function's 4th–7th parameters (`Outbox.eventCtes` with
 * `firstParam: 4`), so topic, type, source and NOTIFY channel still come from the service.
 * Needs PostgreSQL 14 or later (RETURN QUERY of a data-modifying WITH).
 */
export class CastVotesInBatches1765000400000 implements MigrationInterface {
  name = 'CastVotesInBatches1765000400000';

  async up(db: QueryRunner): Promise<void> {
    const tallied = new Outbox('governance', 'sectorwars.governance').eventCtes(governanceEvents.policyTallied, {
      name: 'tallied',
      from: 'upd',
      subject: 'upd.id::text',
      data: `json_build_object(
        'policyId', upd.id, 'regionId', upd.region_id,
        'votesFor', upd.votes_for, 'votesAgainst', upd.votes_against, 'voterCount', upd.voter_count,
        'approvalPercentage', CASE WHEN upd.votes_for + upd.votes_against > 0
          THEN (100 * upd.votes_for::float8) / (upd.votes_for + upd.votes_against)::float8 ELSE 0 END,
        'tallyVersion', upd.voter_count,
        'occurredAt', to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`,
      firstParam: 4,
    });
    await db.query('DROP FUNCTION governance.cast_vote(uuid, uuid, boolean, text, text, text, text)');
    await db.query(`
      CREATE FUNCTION governance.cast_votes(
        p_policy uuid, p_voters uuid[], p_supports boolean[], p_topic text, p_type text, p_source text, p_channel text)
      RETURNS TABLE (ord bigint, cast_weight numeric, policy_row governance.policies)
      LANGUAGE plpgsql VOLATILE AS $fn$
      #variable_conflict use_column
      DECLARE
        v_region uuid;
        v_electorate text;
      BEGIN
        SELECT pol.region_id INTO v_region FROM governance.policies pol WHERE pol.id = p_policy;
        IF v_region IS NULL THEN
          RETURN;
        END IF;
        PERFORM set_config('role', '${GOVERNANCE_APP_ROLE}', true), set_config('app.region_id', v_region::text, true);
        SELECT pol.electorate INTO v_electorate FROM governance.policies pol
        WHERE pol.id = p_policy AND pol.status = 'ACTIVE' AND pol.voting_closes_at > clock_timestamp()
        FOR UPDATE;
        IF v_electorate IS NULL THEN
          RETURN;
        END IF;
        RETURN QUERY
          WITH listed AS (
            SELECT DISTINCT ON (u.voter) u.ord, u.voter, u.support
            FROM unnest(p_voters, p_supports) WITH ORDINALITY AS u(voter, support, ord)
            ORDER BY u.voter, u.ord
          ), w AS (
            SELECT listed.ord, listed.voter, listed.support, CASE v_electorate
              WHEN 'CITIZENS' THEN (SELECT vr.voting_power FROM governance.voter_roll vr
                WHERE vr.region_id = v_region AND vr.player_id = listed.voter
                  AND vr.membership_type IN ('citizen', 'resident') AND vr.voting_power > 0)
              WHEN 'COUNCIL' THEN (SELECT 1::numeric FROM governance.offices o
                WHERE o.region_id = v_region AND o.player_id = listed.voter AND o.role = 'COUNCIL_MEMBER')
            END AS weight FROM listed
          ), ins AS (
            INSERT INTO governance.votes (policy_id, region_id, voter_id, support, weight)
            SELECT p_policy, v_region, w.voter, w.support, w.weight FROM w WHERE w.weight IS NOT NULL
            ON CONFLICT ON CONSTRAINT votes_one_per_voter DO NOTHING
            RETURNING votes.voter_id, votes.support, votes.weight
          ), upd AS (
            UPDATE governance.policies pol SET
              votes_for = pol.votes_for + (SELECT coalesce(sum(ins.weight) FILTER (WHERE ins.support), 0) FROM ins),
              votes_against = pol.votes_against
                + (SELECT coalesce(sum(ins.weight) FILTER (WHERE NOT ins.support), 0) FROM ins),
              voter_count = pol.voter_count + (SELECT count(*) FROM ins)
            WHERE pol.id = p_policy AND EXISTS (SELECT 1 FROM ins)
            RETURNING pol AS policy_row, pol.id, pol.region_id, pol.votes_for, pol.votes_against, pol.voter_count
          ), ${tallied.sql}
          SELECT w.ord, ins.weight, upd.policy_row
          FROM ins JOIN w ON w.voter = ins.voter_id CROSS JOIN upd
          WHERE (SELECT count(*) FROM tallied) > 0;
      END $fn$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION governance.cast_votes(uuid, uuid[], boolean[], text, text, text, text)');
    // The single-vote function comes back by re-running the migration that created it.
    await new AddCastVoteFunction1765000300000().up(db);
  }
}
