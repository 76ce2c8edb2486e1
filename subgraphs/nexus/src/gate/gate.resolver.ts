import { ConnectionArgs, parseConnectionArgs, parseInput, requireRole, toConnection } from '@sectorwars/platform';
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { NexusContext } from '../context';
import { NexusSector } from '../galaxy/nexus.types';
import { NexusGate, NexusGateConnection } from './gate.types';

const regionIdSchema = z.object({ regionId: z.uuid('must be a region id (UUID)') });

@Resolver(() => NexusGate)
export class GateResolver {
  @Query(() => NexusGate, {
    nullable: true,
    description: "A region's Gateway Plaza warp gate; null until assigned. Public. Errors: BAD_USER_INPUT.",
  })
  nexusGate(@Arg('regionId', () => ID, { description: 'Region id.' }) regionId: string, @Ctx() ctx: NexusContext) {
    parseInput(regionIdSchema, { regionId });
    return ctx.services.gates.byRegion(regionId);
  }

  @Query(() => NexusGateConnection, {
    description:
      'Admin: every assigned warp gate, in assignment order. Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT.',
  })
  async nexusGates(@Args() args: ConnectionArgs, @Ctx() ctx: NexusContext) {
    requireRole(ctx.viewer, 'ADMIN');
    const { first, after } = parseConnectionArgs(args);
    return toConnection(await ctx.services.gates.list(first, after));
  }

  @FieldResolver(() => NexusSector, {
    nullable: true,
    description: 'The plaza sector; null before the Nexus is generated.',
  })
  sector(@Root() gate: NexusGate, @Ctx() ctx: NexusContext) {
    return ctx.sectorLoader.load(gate.sectorNumber);
  }
}
