import { ConnectionArgs, parseConnectionArgs, parseInput, requirePlayer, toConnection } from '@sectorwars/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanRead, type GovernanceContext } from '../context';
import { PlayerRef, playerRef } from '../player/player.ref';
import { RegionRef, regionRef } from '../region/region.types';
import {
  StandForElectionInput,
  StandForElectionPayload,
  StartElectionInput,
  StartElectionPayload,
  standForElectionSchema,
  startElectionSchema,
  VoteInElectionInput,
  VoteInElectionPayload,
  voteInElectionSchema,
} from './election.inputs';
import { Candidate, Election, ElectionConnection, ElectionStatus } from './election.types';

@Resolver(() => Election)
export class ElectionResolver {
  @Query(() => Election, {
    nullable: true,
    description:
      "An election by id; null when there is none. The region's members, owner, office holders and admins only. Errors: UNAUTHENTICATED, FORBIDDEN.",
  })
  async election(@Arg('id', () => ID, { description: 'Election id.' }) id: string, @Ctx() ctx: GovernanceContext) {
    const election = await ctx.electionLoader.load(id);
    if (election) await assertCanRead(ctx, election.regionId);
    return election;
  }

  @Mutation(() => StartElectionPayload, {
    description:
      'Owner or governor: opens an election for a position, open `votingDays` (1–30, default 7); one ACTIVE election per position per region. Emits governance.election.updated. Errors: UNAUTHENTICATED, BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT (already open for the position).',
  })
  async startElection(@Arg('input') input: StartElectionInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(startElectionSchema, input);
    return { election: await ctx.services.elections.start(ctx.viewer, valid) };
  }

  @Mutation(() => StandForElectionPayload, {
    description:
      'Stands the signed-in player in an ACTIVE election: citizens and residents with voting power, once. Emits governance.election.updated. Errors: UNAUTHENTICATED, BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT (already standing; closed).',
  })
  async standForElection(@Arg('input') input: StandForElectionInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(standForElectionSchema, input);
    return ctx.services.elections.stand(ctx.viewer, valid);
  }

  @Mutation(() => VoteInElectionPayload, {
    description:
      'Votes for a candidate in an ACTIVE election: citizens and residents with voting power, once, weighted by voting power. Emits governance.election.updated. Errors: UNAUTHENTICATED, BAD_USER_INPUT (candidateId not standing), NOT_FOUND, FORBIDDEN, CONFLICT (already voted; closed).',
  })
  async voteInElection(@Arg('input') input: VoteInElectionInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(voteInElectionSchema, input);
    return ctx.services.elections.vote(ctx.viewer, valid);
  }

  @FieldResolver(() => RegionRef, { description: 'The region holding the election.' })
  region(@Root() election: Election): RegionRef {
    return regionRef(election.regionId);
  }

  @FieldResolver(() => [Candidate], {
    description: 'The candidates, most votes first (ties: earliest candidacy first) — the first is the one leading.',
  })
  candidates(@Root() election: Election, @Ctx() ctx: GovernanceContext): Promise<Candidate[]> {
    return ctx.candidatesLoader.load(election.id);
  }

  @FieldResolver(() => PlayerRef, {
    nullable: true,
    description: 'The winner once COMPLETED; null while ACTIVE, and when nobody stood or nobody voted.',
  })
  winner(@Root() election: Election): PlayerRef | null {
    return playerRef(election.winnerId);
  }
}

@Resolver(() => Candidate)
export class CandidateResolver {
  @FieldResolver(() => PlayerRef, { description: 'The player standing.' })
  player(@Root() candidate: Candidate): PlayerRef {
    return playerRef(candidate.playerId) as PlayerRef;
  }
}

/** `Region.elections`: contributed by governance. */
@Resolver(() => RegionRef)
export class RegionElectionsResolver {
  @FieldResolver(() => ElectionConnection, {
    description:
      "The region's elections, newest first, optionally of one status. The region's members, owner, office holders and admins only. Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (paging).",
  })
  async elections(
    @Root() region: RegionRef,
    @Args() args: ConnectionArgs,
    @Arg('status', () => ElectionStatus, { nullable: true, description: 'Only elections with this status.' })
    status: ElectionStatus | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    const { first, after } = parseConnectionArgs(args);
    await assertCanRead(ctx, region.id);
    return toConnection(await ctx.services.elections.page(region.id, status ?? null, first, after));
  }
}
