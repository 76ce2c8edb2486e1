import { NEXUS_DISTRICTS } from '@sectorwars/galaxy';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { NexusDistrictType } from '../galaxy/nexus.types';

/** Kind of a background job. */
export enum NexusJobKind {
  GENERATE = 'generate',
  REGENERATE_DISTRICT = 'regenerate_district',
}
registerEnumType(NexusJobKind, {
  name: 'NexusJobKind',
  description: 'GENERATE builds the whole Nexus; REGENERATE_DISTRICT rebuilds one district.',
  valuesConfig: {
    GENERATE: { description: 'Generation of the whole Nexus (generateNexus).' },
    REGENERATE_DISTRICT: { description: 'Rebuild of one district (regenerateDistrict).' },
  },
});

/** Status of a background job (the same values as the `generationProgressed` event). */
export enum NexusJobStatus {
  GENERATING = 'GENERATING',
  READY = 'READY',
  FAILED = 'FAILED',
}
registerEnumType(NexusJobStatus, {
  name: 'NexusJobStatus',
  description: 'GENERATING while the job runs, then READY (done) or FAILED (nothing changed; see message).',
  valuesConfig: {
    GENERATING: { description: 'Queued or running.' },
    READY: { description: 'Done: the result is stored.' },
    FAILED: { description: 'Failed; nothing was changed and the previous Nexus status is back.' },
  },
});

@ObjectType({ description: 'A Nexus generation or district regeneration job and its progress.' })
export class NexusGenerationJob {
  @Field(() => ID, { description: 'Job id (also `jobId` of the generationProgressed events).' })
  id: string;

  @Field(() => NexusJobKind, { description: 'What the job does.' })
  kind: NexusJobKind;

  @Field(() => NexusJobStatus, { description: 'GENERATING, READY or FAILED.' })
  status: NexusJobStatus;

  @Field(() => Int, { description: 'Progress, 0–100 percent.' })
  percent: number;

  @Field({ description: 'What the job is doing or did, in words (the error when FAILED).' })
  message: string;

  @Field({ description: 'Seed the job generates from.' })
  seed: string;

  @Field(() => NexusDistrictType, { nullable: true, description: 'District rebuilt (REGENERATE_DISTRICT only).' })
  district: string | null;

  @Field({ description: 'REGENERATE_DISTRICT: sectors holding player data are kept.' })
  preservePlayerData: boolean;

  @Field({ description: 'GENERATE: replaces a READY Nexus.' })
  force: boolean;

  @Field(() => ID, { description: 'Admin who asked for the job.' })
  requestedBy: string;

  @Field({ description: 'When the job was asked for.' })
  createdAt: Date;

  @Field({ description: 'Last progress update.' })
  updatedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When it ended (READY or FAILED); null while running.' })
  finishedAt: Date | null;
}

const SEED_RULE = 'must be 1–64 characters';
const seedSchema = z.string().trim().min(1, SEED_RULE).max(64, SEED_RULE);

@InputType({ description: 'Generation of the whole Central Nexus.' })
export class GenerateNexusInput {
  @Field(() => String, {
    nullable: true,
    description: 'Seed, 1–64 characters; the same seed gives the same galaxy. Default: a random one.',
  })
  seed?: string | null;

  @Field({
    defaultValue: false,
    description: 'Replace a READY Nexus (every sector, warp and player datum in it). Without it: CONFLICT.',
  })
  force: boolean;
}

/** Bounds of {@link GenerateNexusInput}. */
export const generateNexusSchema = z.object({ seed: seedSchema.nullish(), force: z.boolean().default(false) });

@InputType({ description: 'Rebuild of one district of a READY Nexus.' })
export class RegenerateDistrictInput {
  @Field(() => NexusDistrictType, { description: 'The district to rebuild.' })
  district: string;

  @Field({
    defaultValue: true,
    description:
      'Keep every sector holding player data (owned planets, player ports, deployed assets): same number, id and data.',
  })
  preservePlayerData: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Seed of the new district, 1–64 characters. Default: derived from the Nexus seed and the job.',
  })
  seed?: string | null;
}

const DISTRICT_TYPES = NEXUS_DISTRICTS.map((d) => d.type) as [string, ...string[]];

/** Bounds of {@link RegenerateDistrictInput}. */
export const regenerateDistrictSchema = z.object({
  district: z.enum(DISTRICT_TYPES, { message: `must be one of ${DISTRICT_TYPES.join(', ')}` }),
  preservePlayerData: z.boolean().default(true),
  seed: seedSchema.nullish(),
});

@ObjectType({ description: 'Result of generateNexus: the queued job (poll nexusGenerationProgress).' })
export class GenerateNexusPayload {
  @Field(() => NexusGenerationJob, { description: 'The background job, GENERATING at 0 %.' })
  job: NexusGenerationJob;
}

@ObjectType({ description: 'Result of regenerateDistrict: the queued job (poll nexusGenerationProgress).' })
export class RegenerateDistrictPayload {
  @Field(() => NexusGenerationJob, { description: 'The background job, GENERATING at 0 %.' })
  job: NexusGenerationJob;
}
