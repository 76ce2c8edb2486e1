import { ConnectionArgs, parseConnectionArgs, parseInput, requirePlayer, toConnection } from '@sectorwars/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertCanRead, type GovernanceContext } from '../context';
import { PlayerRef, playerRef } from '../player/player.ref';
import { RegionRef, regionRef } from '../region/region.types';
import {
  ProposeTreatyInput,
  proposeTreatySchema,
  RespondToTreatyInput,
  respondToTreatySchema,
  TerminateTreatyInput,
  TreatyPayload,
  terminateTreatySchema,
} from './treaty.inputs';
import { Treaty, TreatyConnection, TreatyStatus } from './treaty.types';

@Resolver(() => Treaty)
export class TreatyResolver {
  @Query(() => Treaty, {
    nullable: true,
    description:
      'A treaty by id; null when there is none. Readers of either region (members, owner, office holders) and admins only. Errors: UNAUTHENTICATED, FORBIDDEN.',
  })
  async treaty(@Arg('id', () => ID, { description: 'Treaty id.' }) id: string, @Ctx() ctx: GovernanceContext) {
    const treaty = await ctx.treatyLoader.load(id);
    if (treaty) await assertCanRead(ctx, treaty.fromRegionId, treaty.toRegionId);
    return treaty;
  }

  @Mutation(() => TreatyPayload, {
    description:
      'Owner, governor or ambassador of `fromRegionId`: proposes a treaty to another region (PENDING). At most one pending or active treaty of each type per pair of regions. Errors: UNAUTHENTICATED, BAD_USER_INPUT (a region cannot treat with itself; bounds), NOT_FOUND, FORBIDDEN, CONFLICT (duplicate).',
  })
  async proposeTreaty(@Arg('input') input: ProposeTreatyInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(proposeTreatySchema, input);
    return { treaty: await ctx.services.treaties.propose(ctx.viewer, valid) };
  }

  @Mutation(() => TreatyPayload, {
    description:
      'Owner, governor or ambassador of the other region: accepts (signed, in force for durationDays; emits governance.treaty.signed) or rejects a PENDING treaty. Errors: UNAUTHENTICATED, BAD_USER_INPUT, NOT_FOUND, FORBIDDEN (the proposing side cannot answer), CONFLICT (not pending).',
  })
  async respondToTreaty(@Arg('input') input: RespondToTreatyInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(respondToTreatySchema, input);
    return { treaty: await ctx.services.treaties.respond(ctx.viewer, valid) };
  }

  @Mutation(() => TreatyPayload, {
    description:
      'Owner, governor or ambassador of either region: terminates an ACTIVE treaty (emits governance.treaty.terminated); the proposing side may also withdraw a PENDING one. Errors: UNAUTHENTICATED, BAD_USER_INPUT, NOT_FOUND, FORBIDDEN, CONFLICT (already ended).',
  })
  async terminateTreaty(@Arg('input') input: TerminateTreatyInput, @Ctx() ctx: GovernanceContext) {
    requirePlayer(ctx.viewer);
    const { treatyId } = parseInput(terminateTreatySchema, input);
    return { treaty: await ctx.services.treaties.terminate(ctx.viewer, treatyId) };
  }

  @FieldResolver(() => RegionRef, { description: 'The proposing region.' })
  fromRegion(@Root() treaty: Treaty): RegionRef {
    return regionRef(treaty.fromRegionId);
  }

  @FieldResolver(() => RegionRef, { description: 'The region the treaty was proposed to.' })
  toRegion(@Root() treaty: Treaty): RegionRef {
    return regionRef(treaty.toRegionId);
  }

  @FieldResolver(() => PlayerRef, { description: 'Who proposed it (a diplomat of the proposing region).' })
  proposedBy(@Root() treaty: Treaty): PlayerRef {
    return playerRef(treaty.proposedById) as PlayerRef;
  }
}

/** `Region.treaties`: contributed by governance. */
@Resolver(() => RegionRef)
export class RegionTreatiesResolver {
  @FieldResolver(() => TreatyConnection, {
    description:
      "Treaties the region is party to (either side), newest first, optionally of one status. The region's members, owner, office holders and admins only. Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (paging).",
  })
  async treaties(
    @Root() region: RegionRef,
    @Args() args: ConnectionArgs,
    @Arg('status', () => TreatyStatus, { nullable: true, description: 'Only treaties with this status.' })
    status: TreatyStatus | null,
    @Ctx() ctx: GovernanceContext,
  ) {
    const { first, after } = parseConnectionArgs(args);
    await assertCanRead(ctx, region.id);
    return toConnection(await ctx.services.treaties.page(region.id, status ?? null, first, after));
  }
}
