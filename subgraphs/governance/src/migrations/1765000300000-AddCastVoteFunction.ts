import { governanceEvents, Outbox } from '@sectorwars/events';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { GOVERNANCE_APP_ROLE } from './1765000200000-AddRowLevelSecurity';

/**
 * `governance.cast_vote(policy, voter, support, topic, type, source, channel)`: a vote, confined
 * to its policy's region by row-level security, in ONE statement without an explicit
 * transaction — castVote is the platform's busiest write (bench/votes), so it stays one round
 * trip although the region is not known before reading the policy.
 *
 * The plpgsql body runs its statements in order, which one plain SQL statement cannot promise
 * (RLS is decided when a statement is planned, as the role of that moment):
 * 1. as the caller — the service's own role — it reads the policy's region (primary key);
 *    an unknown policy returns no row;
 * 2. it switches to `governance_app` and that region (`set_config(…, true)`: transaction-local,
 *    so both end with the statement's implicit transaction, like `inRegion`);
 * 3. it runs the vote CTE under row-level security: weight from the voter roll (democracy:
 *    voting power; council: 1 per council member), the vote (primary key `votes_one_per_voter`:
 *    a second vote raises unique_violation with that constraint name, as before), the tally
 *    (`votes_for = votes_for + weight`, the row lock serialises concurrent votes) and
 *    `policy.tallied` in the outbox with its NOTIFY.
 * Returns one row (the updated policy as `policy_row`, the weight counted, the events stored),
 * or none when the vote was not counted (unknown policy, voting closed, not in the electorate):
 * the service looks up why.
 *
 * The outbox CTEs are `Outbox.eventCtes` (the envelope Postgres builds is the one the JS path
 * builds; libs/events tests it) with `firstParam: 4`: inside plpgsql `$4…$7` are the function's
 * 4th–7th parameters, so the event's topic, type, source and NOTIFY channel still come from the
 * service on every call, as they did as statement parameters. The body is fixed when this
 * migration runs: changing the tally event's data or the envelope SQL takes a new migration that
 * replaces the function. Needs PostgreSQL 14 or later (RETURN QUERY of a data-modifying WITH).
 */
export class AddCastVoteFunction1765000300000 implements MigrationInterface {
  name = 'AddCastVoteFunction1765000300000';

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
    await db.query(`
      CREATE FUNCTION governance.cast_vote(
        p_policy uuid, p_voter uuid, p_support boolean, p_topic text, p_type text, p_source text, p_channel text)
      RETURNS TABLE (policy_row governance.policies, cast_weight numeric, events bigint)
      LANGUAGE plpgsql VOLATILE AS $fn$
      #variable_conflict use_column
      DECLARE
        v_region uuid;
      BEGIN
        SELECT pol.region_id INTO v_region FROM governance.policies pol WHERE pol.id = p_policy;
        IF v_region IS NULL THEN
          RETURN;
        END IF;
        PERFORM set_config('role', '${GOVERNANCE_APP_ROLE}', true), set_config('app.region_id', v_region::text, true);
        RETURN QUERY
          WITH p AS (
            SELECT pol.id, pol.region_id, pol.electorate FROM governance.policies pol
            WHERE pol.id = p_policy AND pol.status = 'ACTIVE' AND pol.voting_closes_at > clock_timestamp()
          ), w AS (
            SELECT p.region_id, CASE p.electorate
              WHEN 'CITIZENS' THEN (SELECT vr.voting_power FROM governance.voter_roll vr
                WHERE vr.region_id = p.region_id AND vr.player_id = p_voter
                  AND vr.membership_type IN ('citizen', 'resident') AND vr.voting_power > 0)
              WHEN 'COUNCIL' THEN (SELECT 1::numeric FROM governance.offices o
                WHERE o.region_id = p.region_id AND o.player_id = p_voter AND o.role = 'COUNCIL_MEMBER')
            END AS weight FROM p
          ), ins AS (
            INSERT INTO governance.votes (policy_id, region_id, voter_id, support, weight)
            SELECT p_policy, w.region_id, p_voter, p_support, w.weight FROM w WHERE w.weight IS NOT NULL
            RETURNING votes.weight
          ), upd AS (
            UPDATE governance.policies pol SET
              votes_for = pol.votes_for + CASE WHEN p_support THEN ins.weight ELSE 0 END,
              votes_against = pol.votes_against + CASE WHEN p_support THEN 0 ELSE ins.weight END,
              voter_count = pol.voter_count + 1
            FROM ins
            WHERE pol.id = p_policy AND pol.status = 'ACTIVE' AND pol.voting_closes_at > clock_timestamp()
            RETURNING pol AS policy_row, pol.id, pol.region_id, pol.votes_for, pol.votes_against, pol.voter_count,
              ins.weight AS cast_weight
          ), ${tallied.sql}
          SELECT upd.policy_row, upd.cast_weight, (SELECT count(*) FROM tallied) FROM upd;
      END $fn$`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP FUNCTION governance.cast_vote(uuid, uuid, boolean, text, text, text, text)');
  }
}
