import { ConnectionArgs, parseConnectionArgs, parseInput, requirePlayer, toConnection } from '@sectorwars/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanRead, type GovernanceContext } from '../context';
import { PlayerRef, playerRef } from '../player/player.ref';
import { RegionRef, regionRef } from '../region/region.types';
import {
  CastVoteInput,
  CastVotePayload,
  ClosePolicyVoteInput,
  ClosePolicyVotePayload,
  castVoteSchema,
  closePolicyVoteSchema,
  ProposePolicyInput,
  ProposePolicyPayload,
  proposePolicySchema,
} from './policy.inputs';
import { Policy, PolicyConnection, PolicyStatus } from './policy.types';

@Resolver(() => Policy)
export class PolicyResolver {
  @Query(() => Policy, {
    nullable: true,
    description:
      "A policy by id; null when there is none. The region's members, owner, office holders and admins only. Errors: UNAUTHENTICATED, FORBIDDEN.",
  })
  async policy(@Arg('id', () => ID, { description: 'Policy id.' }) id: string, @Ctx() ctx: GovernanceContext) {
    const policy = await ctx.policyLoader.load(id);
    if (policy) await assertCanRead(ctx, policy.regionId);
    return policy;
  }

  @Mutation(() => ProposePolicyPayload, {
    description:
      'Proposes a policy. Democracy: citizens and residents with voting power, the governor and the owner propose; council: council members, the governor and the owner; autocracy: only the owner, whose proposal passes at once. The vote stays open `votingDays` (1–30, default 7). Emits governance.policy.status-changed (and policy.passed for a decree). Errors: UNAUTHENTICATED, BAD_USER_INPUT (field and allowed range), NOT_FOUND, FORBIDDEN.',
  })
  async proposePolicy(@Arg('input') input: ProposePolicyInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(proposePolicySchema, input);
    return { policy: await ctx.services.policies.propose(ctx.viewer, valid) };
  }

  @Mutation(() => CastVotePayload, {
    description:
      "Votes on an ACTIVE policy, once, weighted by the voter's voting power now (council: weight 1). Democracy: citizens and residents with voting power vote; council: council members. Emits governance.policy.tallied. Errors: UNAUTHENTICATED, BAD_USER_INPUT, NOT_FOUND, FORBIDDEN (not in the electorate), CONFLICT (already voted; voting closed).",
  })
  async castVote(@Arg('input') input: CastVoteInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(castVoteSchema, input);
    return ctx.services.policies.castVote(ctx.viewer, valid);
  }

  @Mutation(() => ClosePolicyVotePayload, {
    description:
      'Owner or admin: closes a vote before its time, only when the outcome can no longer change (the eligible voters who have not voted could not reverse it). Emits governance.policy.status-changed (and policy.passed). Errors: UNAUTHENTICATED, BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT (closed already; outcome still open).',
  })
  async closePolicyVote(@Arg('input') input: ClosePolicyVoteInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const { policyId } = parseInput(closePolicyVoteSchema, input);
    return { policy: await ctx.services.policies.closeEarly(ctx.viewer, policyId) };
  }

  @FieldResolver(() => RegionRef, { description: 'The region the policy is for.' })
  region(@Root() policy: Policy): RegionRef {
    return regionRef(policy.regionId);
  }

  @FieldResolver(() => PlayerRef, { description: 'Who proposed it.' })
  proposedBy(@Root() policy: Policy): PlayerRef {
    return playerRef(policy.proposedById) as PlayerRef;
  }
}

/** `Region.policies`: contributed by governance. */
@Resolver(() => RegionRef)
export class RegionPoliciesResolver {
  @FieldResolver(() => PolicyConnection, {
    description:
      "The region's policies, newest first, optionally of one status. The region's members, owner, office holders and admins only. Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (paging).",
  })
  async policies(
    @Root() region: RegionRef,
    @Args() args: ConnectionArgs,
    @Arg('status', () => PolicyStatus, { nullable: true, description: 'Only policies with this status.' })
    status: PolicyStatus | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    const { first, after } = parseConnectionArgs(args);
    await assertCanRead(ctx, region.id);
    return toConnection(await ctx.services.policies.page(region.id, status ?? null, first, after));
  }
}
