import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { Treaty, TreatyType } from './treaty.types';

/** Bounds of treaties (decided here): terms 1–4,000 characters; a term of 1–365 days, 90 by default. */
export const TREATY_RULES = {
  terms: { min: 1, max: 4000 },
  durationDays: { min: 1, max: 365, default: 90 },
} as const;
const R = TREATY_RULES;
const days = `must be between ${R.durationDays.min} and ${R.durationDays.max}`;

@InputType({ description: 'A treaty to propose to another region.' })
export class ProposeTreatyInput {
  @Field(() => ID, { description: 'The proposing region (the viewer is its owner, governor or ambassador).' })
  fromRegionId: string;

  @Field(() => ID, { description: 'The other region; must differ from `fromRegionId`.' })
  toRegionId: string;

  @Field(() => TreatyType, { description: 'Kind of treaty.' })
  type: TreatyType;

  @Field({ description: `The terms, ${R.terms.min}–${R.terms.max} characters.` })
  terms: string;

  @Field(() => Int, {
    nullable: true,
    description: `Length of the term once signed, ${R.durationDays.min}–${R.durationDays.max} days (default ${R.durationDays.default}).`,
  })
  durationDays?: number | null;
}

export const proposeTreatySchema = z
  .object({
    fromRegionId: z.uuid('must be a region id (UUID)'),
    toRegionId: z.uuid('must be a region id (UUID)'),
    type: z.enum(TreatyType, { message: 'must be a treaty type' }),
    terms: z
      .string()
      .trim()
      .min(R.terms.min, `must be ${R.terms.min}–${R.terms.max} characters`)
      .max(R.terms.max, `must be ${R.terms.min}–${R.terms.max} characters`),
    durationDays: z
      .number({ message: days })
      .int(`must be a whole number between ${R.durationDays.min} and ${R.durationDays.max}`)
      .min(R.durationDays.min, days)
      .max(R.durationDays.max, days)
      .nullish()
      .transform((d) => d ?? R.durationDays.default),
  })
  .refine((t) => t.fromRegionId !== t.toRegionId, {
    path: ['toRegionId'],
    message: 'must be another region: a region cannot make a treaty with itself',
  });
export type ProposeTreaty = z.output<typeof proposeTreatySchema>;

@InputType({ description: "The other region's answer to a proposed treaty." })
export class RespondToTreatyInput {
  @Field(() => ID, { description: 'Treaty answered.' })
  treatyId: string;

  @Field({ description: 'True to accept (the treaty is signed and in force), false to reject it.' })
  accept: boolean;
}

export const respondToTreatySchema = z.object({
  treatyId: z.uuid('must be a treaty id (UUID)'),
  accept: z.boolean({ message: 'must be true or false' }),
});
export type RespondToTreaty = z.infer<typeof respondToTreatySchema>;

@InputType({ description: 'A treaty to end.' })
export class TerminateTreatyInput {
  @Field(() => ID, { description: 'Treaty ended.' })
  treatyId: string;
}

export const terminateTreatySchema = z.object({ treatyId: z.uuid('must be a treaty id (UUID)') });

@ObjectType({ description: 'Result of a treaty action.' })
export class TreatyPayload {
  @Field(() => Treaty, { description: 'The treaty after the action.' })
  treaty: Treaty;
}
