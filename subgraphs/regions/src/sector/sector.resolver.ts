import { ConnectionArgs, parseConnectionArgs, toConnection } from '@sectorwars/platform';
import { Arg, Args, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { RegionsContext } from '../context';
import { Region } from '../region/region.types';
import { RegionSector, RegionSectorConnection, RegionZone } from './sector.types';

/** `Region.sectors`: a region's sectors, public. */
@Resolver(() => Region)
export class RegionSectorsResolver {
  @FieldResolver(() => RegionSectorConnection, {
    description:
      "The region's sectors in sector-number order, optionally of one zone. Public. Errors: BAD_USER_INPUT (paging).",
  })
  async sectors(
    @Root() region: Region,
    @Args() args: ConnectionArgs,
    @Arg('zone', () => RegionZone, { nullable: true, description: 'Only sectors of this zone.' })
    zone: RegionZone | null,
    @Ctx() ctx: RegionsContext,
  ) {
    const { first, after } = parseConnectionArgs(args);
    return toConnection(await ctx.services.sectors.page(region.id, zone ?? null, first, after));
  }
}

/** `RegionSector.warps`, batched per request by `ctx.warpLoader`. */
@Resolver(() => RegionSector)
export class RegionSectorResolver {
  @FieldResolver(() => [Int], {
    description: 'Numbers of the sectors of the same region this one has a (two-way) warp to, ascending.',
  })
  warps(@Root() sector: RegionSector, @Ctx() ctx: RegionsContext): Promise<number[]> {
    return ctx.warpLoader.load(`${sector.regionId}:${sector.number}`);
  }
}
