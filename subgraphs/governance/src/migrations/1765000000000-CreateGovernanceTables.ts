import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The governance schema:
 *
 * - projections kept from regions' events (never written by requests): `regions` (owner and
 *   governance rules per region), `voter_roll` (membership type and voting power per player and
 *   region; a row with a null type is a player who left), `offices` (elected roles held);
 * - `policies` and `votes`: one vote per voter per policy is the primary key
 *   `votes_one_per_voter`; tallies are numeric (exact decimal sums of voting powers);
 * - `elections`, `candidates`, `ballots`: one ACTIVE election per (region, position) is the
 *   partial unique index `elections_one_active_per_position`; one candidacy and one ballot
 *   per player per election are primary keys; `previous_election_id` is unique, so the
 *   election that follows a term opens once;
 * - `treaties`: at most one PENDING or ACTIVE treaty of each type per unordered pair of
 *   regions is the partial unique index `treaties_one_per_pair_and_type` on
 *   (least, greatest) of the two region ids; a region never treats with itself (CHECK);
 * - `audit_log`: actions of owners, governors, ambassadors and admins.
 */
export class CreateGovernanceTables1765000000000 implements MigrationInterface {
  name = 'CreateGovernanceTables1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE governance.regions (
        id uuid PRIMARY KEY,
        owner_id uuid,
        governance_type text NOT NULL CHECK (governance_type IN ('democracy', 'autocracy', 'council')),
        voting_threshold numeric NOT NULL CHECK (voting_threshold BETWEEN 0.1 AND 0.9),
        election_frequency_days int NOT NULL CHECK (election_frequency_days BETWEEN 30 AND 365),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX regions_owner_idx ON governance.regions (owner_id)');
    await db.query(`
      CREATE TABLE governance.voter_roll (
        region_id uuid NOT NULL,
        player_id uuid NOT NULL,
        membership_type text CHECK (membership_type IN ('citizen', 'resident', 'visitor', 'nomadic_trader')),
        voting_power numeric NOT NULL CHECK (voting_power BETWEEN 0 AND 5),
        changed_at timestamptz NOT NULL,
        PRIMARY KEY (region_id, player_id)
      )`);
    await db.query('CREATE INDEX voter_roll_player_idx ON governance.voter_roll (player_id)');
    await db.query(`
      CREATE TABLE governance.offices (
        region_id uuid NOT NULL,
        role text NOT NULL CHECK (role IN ('GOVERNOR', 'COUNCIL_MEMBER', 'AMBASSADOR', 'TRADE_COMMISSIONER')),
        player_id uuid NOT NULL,
        term_ends_at timestamptz,
        election_id uuid,
        granted_at timestamptz NOT NULL,
        PRIMARY KEY (region_id, role, player_id)
      )`);
    await db.query('CREATE INDEX offices_player_idx ON governance.offices (player_id, region_id)');

    await db.query(`
      CREATE TABLE governance.policies (
        id uuid PRIMARY KEY,
        region_id uuid NOT NULL,
        type text NOT NULL
          CHECK (type IN ('tax_rate', 'pvp_rules', 'trade_policy', 'immigration', 'defense', 'cultural')),
        title varchar(120) NOT NULL,
        description text NOT NULL,
        proposed_changes jsonb NOT NULL,
        proposed_by uuid NOT NULL,
        electorate text NOT NULL CHECK (electorate IN ('CITIZENS', 'COUNCIL', 'OWNER')),
        voting_threshold numeric NOT NULL CHECK (voting_threshold BETWEEN 0.1 AND 0.9),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'PASSED', 'REJECTED', 'IMPLEMENTED')),
        votes_for numeric NOT NULL DEFAULT 0 CHECK (votes_for >= 0),
        votes_against numeric NOT NULL DEFAULT 0 CHECK (votes_against >= 0),
        voter_count int NOT NULL DEFAULT 0 CHECK (voter_count >= 0),
        voting_closes_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        closed_at timestamptz,
        closed_by uuid,
        implemented_at timestamptz,
        applied jsonb
      )`);
    await db.query('CREATE INDEX policies_page_idx ON governance.policies (region_id, created_at DESC, id DESC)');
    await db.query(
      'CREATE INDEX policies_status_page_idx ON governance.policies (region_id, status, created_at DESC, id DESC)',
    );
    await db.query(`CREATE INDEX policies_open_idx ON governance.policies (voting_closes_at) WHERE status = 'ACTIVE'`);
    await db.query(`
      CREATE TABLE governance.votes (
        policy_id uuid NOT NULL REFERENCES governance.policies (id),
        voter_id uuid NOT NULL,
        support boolean NOT NULL,
        weight numeric NOT NULL CHECK (weight > 0 AND weight <= 5),
        cast_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT votes_one_per_voter PRIMARY KEY (policy_id, voter_id)
      )`);

    await db.query(`
      CREATE TABLE governance.elections (
        id uuid PRIMARY KEY,
        region_id uuid NOT NULL,
        position text NOT NULL CHECK (position IN ('governor', 'council_member', 'ambassador', 'trade_commissioner')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED')),
        started_by uuid,
        previous_election_id uuid UNIQUE,
        starts_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        ends_at timestamptz NOT NULL,
        candidate_count int NOT NULL DEFAULT 0,
        total_votes numeric NOT NULL DEFAULT 0,
        voter_count int NOT NULL DEFAULT 0,
        update_version int NOT NULL DEFAULT 0,
        winner_id uuid,
        term_starts_at timestamptz,
        term_ends_at timestamptz,
        completed_at timestamptz
      )`);
    await db.query(`
      CREATE UNIQUE INDEX elections_one_active_per_position
        ON governance.elections (region_id, position) WHERE status = 'ACTIVE'`);
    await db.query('CREATE INDEX elections_page_idx ON governance.elections (region_id, starts_at DESC, id DESC)');
    await db.query(
      'CREATE INDEX elections_status_page_idx ON governance.elections (region_id, status, starts_at DESC, id DESC)',
    );
    await db.query(`
      CREATE TABLE governance.candidates (
        election_id uuid NOT NULL REFERENCES governance.elections (id),
        player_id uuid NOT NULL,
        platform text NOT NULL,
        votes numeric NOT NULL DEFAULT 0 CHECK (votes >= 0),
        stood_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT candidates_once_per_election PRIMARY KEY (election_id, player_id)
      )`);
    await db.query(`
      CREATE TABLE governance.ballots (
        election_id uuid NOT NULL,
        voter_id uuid NOT NULL,
        candidate_id uuid NOT NULL,
        weight numeric NOT NULL CHECK (weight > 0 AND weight <= 5),
        cast_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ballots_one_per_voter PRIMARY KEY (election_id, voter_id),
        CONSTRAINT ballots_for_a_candidate FOREIGN KEY (election_id, candidate_id)
          REFERENCES governance.candidates (election_id, player_id)
      )`);

    await db.query(`
      CREATE TABLE governance.treaties (
        id uuid PRIMARY KEY,
        from_region_id uuid NOT NULL,
        to_region_id uuid NOT NULL,
        type text NOT NULL
          CHECK (type IN ('trade_agreement', 'non_aggression', 'defense_pact', 'alliance', 'cultural_exchange')),
        terms text NOT NULL,
        duration_days int NOT NULL CHECK (duration_days BETWEEN 1 AND 3650),
        status text NOT NULL
          CHECK (status IN ('PENDING', 'ACTIVE', 'REJECTED', 'WITHDRAWN', 'TERMINATED', 'EXPIRED')),
        proposed_by uuid NOT NULL,
        responded_by uuid,
        ended_by uuid,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        signed_at timestamptz,
        ends_at timestamptz,
        ended_at timestamptz,
        CHECK (from_region_id <> to_region_id)
      )`);
    await db.query(`
      CREATE UNIQUE INDEX treaties_one_per_pair_and_type
        ON governance.treaties (least(from_region_id, to_region_id), greatest(from_region_id, to_region_id), type)
        WHERE status IN ('PENDING', 'ACTIVE')`);
    await db.query('CREATE INDEX treaties_from_idx ON governance.treaties (from_region_id, created_at DESC, id DESC)');
    await db.query('CREATE INDEX treaties_to_idx ON governance.treaties (to_region_id, created_at DESC, id DESC)');

    await db.query(`
      CREATE TABLE governance.audit_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        region_id uuid NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        target text NOT NULL,
        before jsonb,
        after jsonb,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query('CREATE INDEX audit_log_region_idx ON governance.audit_log (region_id, created_at DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_log',
      'treaties',
      'ballots',
      'candidates',
      'elections',
      'votes',
      'policies',
      'offices',
      'voter_roll',
      'regions',
    ]) {
      await db.query(`DROP TABLE governance.${table}`);
    }
  }
}
