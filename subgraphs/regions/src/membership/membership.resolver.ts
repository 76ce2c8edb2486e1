import { hasRole, parseInput, requirePlayer } from '@sectorwars/platform';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RegionsContext } from '../context';
import { PlayerRef } from '../player/player.ref';
import { Region } from '../region/region.types';
import {
  JoinRegionInput,
  JoinRegionPayload,
  joinRegionSchema,
  LeaveRegionInput,
  LeaveRegionPayload,
  leaveRegionSchema,
  Membership,
  RegionalAssets,
} from './membership.types';

@Resolver(() => Membership)
export class MembershipResolver {
  @Mutation(() => JoinRegionPayload, {
    description:
      'Joins a region as the signed-in player, or changes the membership type; a first citizenship pays the starting credits. Emits region.membership.changed. Errors: UNAUTHENTICATED, BAD_USER_INPUT, NOT_FOUND, CONFLICT (already that type; region not ACTIVE).',
  })
  async joinRegion(@Arg('input') input: JoinRegionInput, @Ctx() ctx: RegionsContext) {
    const playerId = requirePlayer(ctx.viewer);
    const valid = parseInput(joinRegionSchema, input);
    return { membership: await ctx.services.memberships.join(playerId, valid) };
  }

  @Mutation(() => LeaveRegionPayload, {
    description:
      'Leaves a region (regional assets stay). Emits region.membership.changed. Errors: UNAUTHENTICATED, BAD_USER_INPUT, NOT_FOUND (not a member).',
  })
  async leaveRegion(@Arg('input') input: LeaveRegionInput, @Ctx() ctx: RegionsContext) {
    const playerId = requirePlayer(ctx.viewer);
    const { regionId } = parseInput(leaveRegionSchema, input);
    const ended = await ctx.services.memberships.leave(playerId, regionId);
    return { regionId, previousType: ended.type };
  }

  @FieldResolver(() => Region, { description: 'The region.' })
  async region(@Root() membership: Membership, @Ctx() ctx: RegionsContext) {
    return ctx.regionLoader.load(membership.regionId);
  }

  @FieldResolver(() => PlayerRef, { description: 'The member.' })
  player(@Root() membership: Membership): PlayerRef {
    return { id: membership.playerId };
  }

  @FieldResolver(() => RegionalAssets, {
    nullable: true,
    description:
      "The member's assets in this region; null unless the viewer is that player, the region owner or an admin.",
  })
  async assets(@Root() membership: Membership, @Ctx() ctx: RegionsContext): Promise<RegionalAssets | null> {
    const { viewer } = ctx;
    if (!viewer.playerId) return null;
    if (viewer.playerId !== membership.playerId && !hasRole(viewer, 'ADMIN')) {
      const region = await ctx.regionLoader.load(membership.regionId);
      if (region?.ownerId !== viewer.playerId) return null;
    }
    return (await ctx.memberLoader.load(`${membership.regionId}:${membership.playerId}`)).assets;
  }
}

@Resolver(() => PlayerRef)
export class PlayerMembershipsResolver {
  @FieldResolver(() => [Membership], { description: "The player's memberships in regions (public), oldest first." })
  memberships(@Root() player: PlayerRef, @Ctx() ctx: RegionsContext) {
    return ctx.membershipsByPlayer.load(player.id);
  }
}
