import { ConnectionArgs, parseConnectionArgs, requireRole, toConnection } from '@sectorwars/platform';
import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { NexusContext } from '../context';
import { NexusAuditEntryConnection } from './audit.types';

@Resolver()
export class NexusAuditResolver {
  @Query(() => NexusAuditEntryConnection, {
    description:
      'Admin: who generated the Nexus or regenerated a district, when, with what settings; newest first. Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT (cursor).',
  })
  async nexusAuditLog(@Args() args: ConnectionArgs, @Ctx() ctx: NexusContext) {
    requireRole(ctx.viewer, 'ADMIN');
    const { first, after } = parseConnectionArgs(args);
    return toConnection(await ctx.services.audit.page(first, after));
  }
}
