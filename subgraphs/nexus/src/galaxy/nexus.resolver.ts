import { badInput, ConnectionArgs, parseConnectionArgs, toConnection } from '@sectorwars/platform';
import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { NexusContext } from '../context';
import { Nexus, NexusDistrict, NexusDistrictType, NexusSector, NexusSectorConnection, NexusStats } from './nexus.types';

@Resolver(() => NexusSector)
export class NexusResolver {
  @Query(() => Nexus, {
    description:
      'Status (NOT_GENERATED / GENERATING / READY), seed, generation time and totals of the Central Nexus. Public.',
  })
  nexus(@Ctx() ctx: NexusContext) {
    return ctx.services.nexus.nexus();
  }

  @Query(() => [NexusDistrict], {
    description: 'The 10 districts in sector order, with design figures and live counts. Public.',
  })
  nexusDistricts(@Ctx() ctx: NexusContext) {
    return ctx.services.nexus.districts();
  }

  @Query(() => NexusDistrict, { description: 'One district. Public.' })
  nexusDistrict(
    @Arg('type', () => NexusDistrictType, { description: 'The district.' }) type: string,
    @Ctx() ctx: NexusContext,
  ) {
    return ctx.services.nexus.district(type);
  }

  @Query(() => NexusSectorConnection, {
    description:
      'Sectors by ascending number, optionally of one district (Relay connection, first ≤ 100). Public. Errors: BAD_USER_INPUT.',
  })
  async nexusSectors(
    @Arg('district', () => NexusDistrictType, { nullable: true, description: 'Only this district.' })
    district: string | null,
    @Args() args: ConnectionArgs,
    @Ctx() ctx: NexusContext,
  ) {
    const { first, after } = parseConnectionArgs(args);
    return toConnection(await ctx.services.nexus.sectors(district ?? null, first, after));
  }

  @Query(() => NexusSector, {
    nullable: true,
    description:
      'One sector by number (null before generation), with its warps. Public. Errors: BAD_USER_INPUT (number outside 1–5000).',
  })
  async nexusSector(
    @Arg('number', () => Int, { description: 'Sector number, 1–5000.' }) number: number,
    @Ctx() ctx: NexusContext,
  ) {
    if (!Number.isInteger(number) || number < 1 || number > 5000) {
      throw badInput('number', 'number: must be between 1 and 5000', { min: 1, max: 5000 });
    }
    return ctx.sectorLoader.load(number);
  }

  @Query(() => NexusStats, {
    description: 'Statistics of the Nexus galaxy (warps, ports, hazards, player data, gates). Public.',
  })
  nexusStats(@Ctx() ctx: NexusContext) {
    return ctx.services.nexus.stats();
  }

  @FieldResolver(() => [NexusSector], {
    description: 'Sectors one warp away (two-way warps), by ascending number. Batched per request (DataLoader).',
  })
  warps(@Root() sector: NexusSector, @Ctx() ctx: NexusContext) {
    return ctx.warpLoader.load(sector.number);
  }
}
