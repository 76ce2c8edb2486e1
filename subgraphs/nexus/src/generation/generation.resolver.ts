import { parseInput, requireRole } from '@sectorwars/platform';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
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
