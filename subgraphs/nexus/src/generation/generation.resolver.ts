import { parseInput, requireRole } from '@sectorwars/platform';
import { GraphQLError } from 'graphql';
import { Arg, Ctx, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { NexusContext } from '../context';
import {
  GenerateNexusInput,
  GenerateNexusPayload,
  generateNexusSchema,
  NexusGenerationJob,
  RegenerateDistrictInput,
  RegenerateDistrictPayload,
  regenerateDistrictSchema,
} from './generation.types';

@Resolver()
export class GenerationResolver {
  @Query(() => NexusGenerationJob, {
    nullable: true,
    description:
      'Admin: the running generation job, else the last one (percent, status, message); null if none ran. Errors: UNAUTHENTICATED, FORBIDDEN.',
  })
  nexusGenerationProgress(@Ctx() ctx: NexusContext) {
    requireRole(ctx.viewer, 'ADMIN');
    return ctx.services.generation.progress();
  }

  /**
   * Declared here so the supergraph (and codegen) has it; the gateway serves it over
   * graphql-ws from `nexus.generation.progressed` events, resolving each payload with the
   * `nexusGenerationProgress` query (hence the same admin-only rule). A subgraph is never asked
   * to subscribe: it has no WebSocket endpoint.
   */
  @Subscription(() => NexusGenerationJob, {
    description:
      'Admin: the running (else last) generation job each time it progresses, ending at READY (100 %) or FAILED; at most 10 updates per second, the latest state wins. Served by the gateway over graphql-ws (ws://<gateway>/graphql). Errors: UNAUTHENTICATED, FORBIDDEN.',
    subscribe: () => {
      throw new GraphQLError('nexusGenerationProgressed is served by the gateway over graphql-ws, not by the subgraph');
    },
  })
  nexusGenerationProgressed(@Root() job: NexusGenerationJob): NexusGenerationJob {
    return job;
  }

  @Mutation(() => GenerateNexusPayload, {
    description:
      'Admin: generates the 5,000 sectors of the Central Nexus as a background job (poll nexusGenerationProgress). Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, CONFLICT (a job runs, or READY without force).',
  })
  async generateNexus(@Arg('input') input: GenerateNexusInput, @Ctx() ctx: NexusContext) {
    const actorId = requireRole(ctx.viewer, 'ADMIN');
    const parsed = parseInput(generateNexusSchema, input);
    return { job: await ctx.services.generation.requestGeneration(actorId, parsed) };
  }

  @Mutation(() => RegenerateDistrictPayload, {
    description:
      'Admin: rebuilds one district of a READY Nexus as a background job; with preservePlayerData, sectors holding player data keep number, id and data. Errors: UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, CONFLICT (a job runs, or not generated).',
  })
  async regenerateDistrict(@Arg('input') input: RegenerateDistrictInput, @Ctx() ctx: NexusContext) {
    const actorId = requireRole(ctx.viewer, 'ADMIN');
    const parsed = parseInput(regenerateDistrictSchema, input);
    return { job: await ctx.services.generation.requestRegeneration(actorId, parsed) };
  }
}
