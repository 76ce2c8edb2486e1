import {
  ConnectionArgs,
  forbidden,
  parseConnectionArgs,
  parseInput,
  requirePlayer,
  requireRole,
  toConnection,
} from '@sectorwars/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuditEntryConnection } from '../audit/audit.types';
import type { RegionsContext } from '../context';
import { MembershipConnection, MembershipType } from '../membership/membership.types';
import { PlayerRef } from '../player/player.ref';
import {
  ProvisionRegionInput,
  ProvisionRegionPayload,
  provisionRegionSchema,
  UpdateRegionCultureInput,
  UpdateRegionEconomyInput,
  UpdateRegionGovernanceInput,
  UpdateRegionPayload,
  updateCultureSchema,
  updateEconomySchema,
  updateGovernanceSchema,
} from './region.inputs';
import { RegionRole } from './region.rules';
import { Region, RegionConnection } from './region.types';
import { RegionStats } from './region-stats.types';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: 'A region by id; null when there is none.' })
  region(@Arg('id', () => ID, { description: 'Region id.' }) id: string, @Ctx() ctx: RegionsContext) {
    return ctx.regionLoader.load(id);
  }

  @Query(() => Region, { nullable: true, description: 'A region by its slug, e.g. `original-galaxy`; null when none.' })
  regionByName(@Arg('name', { description: 'Region slug.' }) name: string, @Ctx() ctx: RegionsContext) {
    return ctx.services.regions.findByName(name);
  }

  @Query(() => RegionConnection, { description: 'Every region, oldest first. Errors: BAD_USER_INPUT (paging).' })
  async regions(@Args() args: ConnectionArgs, @Ctx() ctx: RegionsContext) {
    const { first, after } = parseConnectionArgs(args);
    return toConnection(await ctx.services.regions.page(first, after));
  }

  @Mutation(() => ProvisionRegionPayload, {
    description:
      'Admin: creates a region with its 500 sectors and warps, ACTIVE at once, and emits region.provisioned. Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, CONFLICT (name taken).',
  })
  async provisionRegion(@Arg('input') input: ProvisionRegionInput, @Ctx() ctx: RegionsContext) {
    const actorId = requireRole(ctx.viewer, 'ADMIN');
    const valid = parseInput(provisionRegionSchema, input);
    return { region: await ctx.services.regions.provision(valid, actorId) };
  }

  @Mutation(() => UpdateRegionPayload, {
    description:
      "Owner, elected governor or admin: changes the region's economy; audited; emits region.economy-changed. Errors: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (field and allowed range).",
  })
  async updateRegionEconomy(@Arg('input') input: UpdateRegionEconomyInput, @Ctx() ctx: RegionsContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(updateEconomySchema, input);
    return { region: await ctx.services.regions.updateEconomy(ctx.viewer, valid) };
  }

  @Mutation(() => UpdateRegionPayload, {
    description:
      "Owner or admin: changes the region's governance; audited; emits region.governance-changed. Errors: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT.",
  })
  async updateRegionGovernance(@Arg('input') input: UpdateRegionGovernanceInput, @Ctx() ctx: RegionsContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(updateGovernanceSchema, input);
    return { region: await ctx.services.regions.updateGovernance(ctx.viewer, valid) };
  }

  @Mutation(() => UpdateRegionPayload, {
    description:
      "Owner, elected governor or admin: changes the region's culture; audited; emits region.culture-changed. Errors: UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT.",
  })
  async updateRegionCulture(@Arg('input') input: UpdateRegionCultureInput, @Ctx() ctx: RegionsContext) {
    requirePlayer(ctx.viewer);
    const valid = parseInput(updateCultureSchema, input);
    return { region: await ctx.services.regions.updateCulture(ctx.viewer, valid) };
  }

  @FieldResolver(() => PlayerRef, {
    nullable: true,
    description: "The region's owner; null for platform-owned regions.",
  })
  owner(@Root() region: Region): PlayerRef | null {
    return region.ownerId ? { id: region.ownerId } : null;
  }

  @FieldResolver(() => MembershipConnection, {
    description: "The region's members, oldest membership first, optionally of one type. Public.",
  })
  async members(
    @Root() region: Region,
    @Args() args: ConnectionArgs,
    @Arg('type', () => MembershipType, { nullable: true, description: 'Only members of this type.' })
    type: MembershipType | null,
    @Ctx() ctx: RegionsContext,
  ) {
    const { first, after } = parseConnectionArgs(args);
    return toConnection(await ctx.services.memberships.page(region.id, type ?? null, first, after));
  }

  @FieldResolver(() => AuditEntryConnection, {
    description:
      "The region's audit log, newest first. Owner, elected governor and admins only. Errors: UNAUTHENTICATED, FORBIDDEN.",
  })
  async auditLog(@Root() region: Region, @Args() args: ConnectionArgs, @Ctx() ctx: RegionsContext) {
    const playerId = requirePlayer(ctx.viewer);
    const { offices } = await ctx.memberLoader.load(`${region.id}:${playerId}`);
    if (!ctx.services.regions.canReadAuditLog(ctx.viewer, region, offices)) {
      throw forbidden('Only the owner, the elected governor and admins read the audit log');
    }
    const { first, after } = parseConnectionArgs(args);
    return toConnection(await ctx.services.audit.page(region.id, first, after));
  }

  @FieldResolver(() => RegionStats, {
    description:
      "Figures about the region: population by membership type, active members, sectors by development level, tax income and treasury. The owner, the region's members and admins only. Errors: UNAUTHENTICATED, FORBIDDEN.",
  })
  stats(@Root() region: Region, @Ctx() ctx: RegionsContext): Promise<RegionStats> {
    return ctx.services.regions.stats(ctx.viewer, region);
  }

  @FieldResolver(() => [RegionRole], {
    description: 'Roles the signed-in player holds in this region (empty for anonymous callers and non-members).',
  })
  async viewerRoles(@Root() region: Region, @Ctx() ctx: RegionsContext): Promise<RegionRole[]> {
    const playerId = ctx.viewer.playerId;
    if (!playerId) return [];
    const roles: RegionRole[] = [];
    if (region.ownerId === playerId) roles.push(RegionRole.OWNER);
    const { membership, offices } = await ctx.memberLoader.load(`${region.id}:${playerId}`);
    roles.push(...offices.map((office) => RegionRole[office]));
    if (membership) roles.push(membership.type === MembershipType.CITIZEN ? RegionRole.CITIZEN : RegionRole.VISITOR);
    return roles;
  }
}
