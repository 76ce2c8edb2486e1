import { ConnectionType } from '@sectorwars/platform';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Elected positions (ARCHITECTURE.md, "Game design figures"); GraphQL names upper-case, stored lower-case. */
export enum ElectionPosition {
  GOVERNOR = 'governor',
  COUNCIL_MEMBER = 'council_member',
  AMBASSADOR = 'ambassador',
  TRADE_COMMISSIONER = 'trade_commissioner',
}

/** Election lifecycle. */
export enum ElectionStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
}

registerEnumType(ElectionPosition, {
  name: 'ElectionPosition',
  description: 'An office of a region filled by election (the role regions grants the winner).',
  valuesConfig: {
    GOVERNOR: { description: 'Governor (role GOVERNOR): proposes policies, starts elections, signs treaties.' },
    COUNCIL_MEMBER: { description: 'Council member (role COUNCIL_MEMBER): votes on policies in a council region.' },
    AMBASSADOR: { description: 'Ambassador (role AMBASSADOR): proposes, answers and ends treaties.' },
    TRADE_COMMISSIONER: { description: 'Trade commissioner (role TRADE_COMMISSIONER).' },
  },
});
registerEnumType(ElectionStatus, {
  name: 'ElectionStatus',
  description: 'Where an election is.',
  valuesConfig: {
    ACTIVE: { description: 'Candidates may stand and electors vote until `endsAt`.' },
    COMPLETED: { description: 'Closed; the winner (if any) holds the office until `termEndsAt`.' },
  },
});

/** A candidate in an election (table `governance.candidates`). */
@ObjectType({ description: 'A player standing in an election.' })
export class Candidate {
  /** Election id. */
  electionId: string;
  /** The candidate's player id; exposed as `player`. */
  playerId: string;

  @Field({ description: "The candidate's platform (what they stand for), at most 2,000 characters." })
  platform: string;

  @Field(() => Float, { description: 'Weighted votes received (sum of the voting powers of their voters).' })
  votes: number;

  @Field({ description: 'When the candidate stood (ties are won by the earliest candidacy).' })
  stoodAt: Date;
}

/** An election (table `governance.elections`). */
@ObjectType({ description: "An election for one of a region's offices." })
export class Election {
  @Field(() => ID, { description: 'Election id (UUID).' })
  id: string;

  /** Region id; exposed as `region`. */
  regionId: string;

  @Field(() => ElectionPosition, { description: 'The office being filled.' })
  position: ElectionPosition;

  @Field(() => ElectionStatus, { description: 'Lifecycle status.' })
  status: ElectionStatus;

  @Field({ description: 'When the election opened.' })
  startsAt: Date;

  @Field({ description: 'When voting closes and the winner is decided.' })
  endsAt: Date;

  @Field(() => Int, { description: 'Number of candidates.' })
  candidateCount: number;

  @Field(() => Float, { description: 'Weighted votes cast (sum of the voters’ voting powers).' })
  totalVotes: number;

  @Field(() => Int, { description: 'Number of electors who voted.' })
  voterCount: number;

  /** Winner's player id; exposed as `winner`. */
  winnerId: string | null;

  @Field(() => Date, { nullable: true, description: "Start of the winner's term; null while ACTIVE." })
  termStartsAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "End of the term (completion + the region's election frequency); the next election opens then.",
  })
  termEndsAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the election was decided; null while ACTIVE.' })
  completedAt: Date | null;

  /** Grows by one per change (opened, candidate, vote, closed): `electionUpdated` ordering. */
  updateVersion: number;
}

@ObjectType({ description: 'A page of elections.' })
export class ElectionConnection extends ConnectionType(Election) {}

/** A row of `governance.elections` (numeric columns arrive as strings). */
export interface ElectionRow {
  id: string;
  region_id: string;
  position: ElectionPosition;
  status: ElectionStatus;
  started_by: string | null;
  previous_election_id: string | null;
  starts_at: Date;
  ends_at: Date;
  candidate_count: number;
  total_votes: string;
  voter_count: number;
  update_version: number;
  winner_id: string | null;
  term_starts_at: Date | null;
  term_ends_at: Date | null;
  completed_at: Date | null;
  at?: string;
}

/** A row of `governance.candidates`. */
export interface CandidateRow {
  election_id: string;
  player_id: string;
  platform: string;
  votes: string;
  stood_at: Date;
}

/** Maps a stored row to the GraphQL `Election`. */
export const toElection = (row: ElectionRow): Election =>
  Object.assign(new Election(), {
    id: row.id,
    regionId: row.region_id,
    position: row.position,
    status: row.status,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    candidateCount: row.candidate_count,
    totalVotes: Number(row.total_votes),
    voterCount: row.voter_count,
    winnerId: row.winner_id,
    termStartsAt: row.term_starts_at,
    termEndsAt: row.term_ends_at,
    completedAt: row.completed_at,
    updateVersion: row.update_version,
  });

/** Maps a stored candidate row. */
export const toCandidate = (row: CandidateRow): Candidate =>
  Object.assign(new Candidate(), {
    electionId: row.election_id,
    playerId: row.player_id,
    platform: row.platform,
    votes: Number(row.votes),
    stoodAt: row.stood_at,
  });
