import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { Candidate, Election, ElectionPosition } from './election.types';

/**
 * Bounds of elections (decided here; ARCHITECTURE.md gives none): voting lasts 1–30 days,
 * 7 by default (as a policy vote); a platform is at most 2,000 characters.
 */
export const ELECTION_RULES = {
  votingDays: { min: 1, max: 30, default: 7 },
  platform: { max: 2000 },
} as const;
const R = ELECTION_RULES;
const days = `must be between ${R.votingDays.min} and ${R.votingDays.max}`;

@InputType({ description: 'An election to open.' })
export class StartElectionInput {
  @Field(() => ID, { description: 'Region holding the election.' })
  regionId: string;

  @Field(() => ElectionPosition, { description: 'The office to fill.' })
  position: ElectionPosition;

  @Field(() => Int, {
    nullable: true,
    description: `Days the election stays open, ${R.votingDays.min}–${R.votingDays.max} (default ${R.votingDays.default}).`,
  })
  votingDays?: number | null;
}

export const startElectionSchema = z.object({
  regionId: z.uuid('must be a region id (UUID)'),
  position: z.enum(ElectionPosition, { message: 'must be an election position' }),
  votingDays: z
    .number({ message: days })
    .int(`must be a whole number between ${R.votingDays.min} and ${R.votingDays.max}`)
    .min(R.votingDays.min, days)
    .max(R.votingDays.max, days)
    .nullish()
    .transform((d) => d ?? R.votingDays.default),
});
export type StartElection = z.output<typeof startElectionSchema>;

@InputType({ description: 'A candidacy.' })
export class StandForElectionInput {
  @Field(() => ID, { description: 'Election to stand in.' })
  electionId: string;

  @Field({ description: `What the candidate stands for, at most ${R.platform.max} characters (may be empty).` })
  platform: string;
}

export const standForElectionSchema = z.object({
  electionId: z.uuid('must be an election id (UUID)'),
  platform: z.string().max(R.platform.max, `must be at most ${R.platform.max} characters`),
});
export type StandForElection = z.infer<typeof standForElectionSchema>;

@InputType({ description: 'A vote in an election.' })
export class VoteInElectionInput {
  @Field(() => ID, { description: 'Election voted in.' })
  electionId: string;

  @Field(() => ID, { description: 'Player id of the candidate voted for.' })
  candidateId: string;
}

export const voteInElectionSchema = z.object({
  electionId: z.uuid('must be an election id (UUID)'),
  candidateId: z.uuid('must be a player id (UUID)'),
});
export type VoteInElection = z.infer<typeof voteInElectionSchema>;

@ObjectType({ description: 'Result of opening an election.' })
export class StartElectionPayload {
  @Field(() => Election, { description: 'The new ACTIVE election.' })
  election: Election;
}

@ObjectType({ description: 'Result of standing for election.' })
export class StandForElectionPayload {
  @Field(() => Election, { description: 'The election, with the candidate counted.' })
  election: Election;

  @Field(() => Candidate, { description: 'The new candidacy.' })
  candidate: Candidate;
}

@ObjectType({ description: 'Result of a vote in an election.' })
export class VoteInElectionPayload {
  @Field(() => Election, { description: 'The election with the vote counted.' })
  election: Election;

  @Field(() => Float, { description: "Weight the vote was counted with: the voter's voting power at vote time." })
  weight: number;
}
