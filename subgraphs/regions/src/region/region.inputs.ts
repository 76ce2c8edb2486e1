import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { GovernanceType, REGION_RULES } from './region.rules';
import { Region } from './region.types';

const R = REGION_RULES;
const uuid = (what: string) => z.uuid(`must be a ${what} id (UUID)`);
/** A number within [min, max]; the message names the allowed range. */
const between = (min: number, max: number, opts: { int?: boolean } = {}) => {
  const range = `must be between ${min} and ${max}`;
  const base = z.number({ message: range }).min(min, range).max(max, range);
  return opts.int ? base.int(`must be a whole number between ${min} and ${max}`) : base;
};
const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single dashes')
  .min(3, 'must be 3–48 characters')
  .max(48, 'must be 3–48 characters');
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1e3a8a');

@InputType({ description: 'A new region to provision.' })
export class ProvisionRegionInput {
  @Field({ description: 'Unique slug: 3–48 lower-case letters, digits and single dashes.' })
  name: string;

  @Field({ description: 'Name shown to players, 1–64 characters.' })
  displayName: string;

  @Field(() => ID, { nullable: true, description: "Owner's player id; null for a platform-owned region." })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Seed of the sector graph (default: the region id).' })
  seed?: string | null;
}

export const provisionRegionSchema = z.object({
  name: slug,
  displayName: z.string().trim().min(1, 'must be 1–64 characters').max(64, 'must be 1–64 characters'),
  ownerId: uuid('player').nullish(),
  seed: z.string().min(1, 'must not be empty').max(128, 'must be at most 128 characters').nullish(),
});
export type ProvisionRegion = z.infer<typeof provisionRegionSchema>;

@InputType({ description: 'A trade multiplier on one resource.' })
export class TradeBonusInput {
  @Field({ description: 'Resource key: 2–32 lower-case letters or underscores.' })
  resource: string;

  @Field(() => Float, { description: `Multiplier, ${R.tradeBonus.min}–${R.tradeBonus.max}.` })
  multiplier: number;
}

@InputType({ description: 'Economy settings to change; omitted fields keep their value.' })
export class UpdateRegionEconomyInput {
  @Field(() => ID, { description: 'Region id.' })
  regionId: string;

  @Field(() => Float, { nullable: true, description: `Tax rate as a fraction, ${R.taxRate.min}–${R.taxRate.max}.` })
  taxRate?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Credits for new citizens, ${R.startingCredits.min}–${R.startingCredits.max}.`,
  })
  startingCredits?: number | null;

  @Field(() => [TradeBonusInput], {
    nullable: true,
    description: 'Replaces every trade bonus (one entry per resource, each 1.0–3.0).',
  })
  tradeBonuses?: TradeBonusInput[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Specialization, 1–32 characters; an empty string clears it.',
  })
  specialization?: string | null;
}

export const updateEconomySchema = z.object({
  regionId: uuid('region'),
  taxRate: between(R.taxRate.min, R.taxRate.max).nullish(),
  startingCredits: between(R.startingCredits.min, R.startingCredits.max, { int: true }).nullish(),
  tradeBonuses: z
    .array(
      z.object({
        resource: z.string().regex(/^[a-z_]{2,32}$/, 'must be 2–32 lower-case letters or underscores'),
        multiplier: between(R.tradeBonus.min, R.tradeBonus.max),
      }),
    )
    .max(32, 'must list at most 32 resources')
    .refine((list) => new Set(list.map((b) => b.resource)).size === list.length, 'must name each resource once')
    .nullish(),
  specialization: z.string().max(32, 'must be at most 32 characters').nullish(),
});
export type UpdateEconomy = z.infer<typeof updateEconomySchema>;

@InputType({ description: 'Governance settings to change; omitted fields keep their value.' })
export class UpdateRegionGovernanceInput {
  @Field(() => ID, { description: 'Region id.' })
  regionId: string;

  @Field(() => GovernanceType, { nullable: true, description: 'Form of government.' })
  type?: GovernanceType | null;

  @Field(() => Float, {
    nullable: true,
    description: `Share of votes a policy needs, ${R.votingThreshold.min}–${R.votingThreshold.max}.`,
  })
  votingThreshold?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Days between elections, ${R.electionFrequencyDays.min}–${R.electionFrequencyDays.max}.`,
  })
  electionFrequencyDays?: number | null;

  @Field(() => String, { nullable: true, description: 'Constitution text, at most 20,000 characters.' })
  constitution?: string | null;
}

export const updateGovernanceSchema = z.object({
  regionId: uuid('region'),
  type: z.enum(GovernanceType).nullish(),
  votingThreshold: between(R.votingThreshold.min, R.votingThreshold.max).nullish(),
  electionFrequencyDays: between(R.electionFrequencyDays.min, R.electionFrequencyDays.max, { int: true }).nullish(),
  constitution: z.string().max(20_000, 'must be at most 20,000 characters').nullish(),
});
export type UpdateGovernance = z.infer<typeof updateGovernanceSchema>;

@InputType({ description: 'One language-pack text.' })
export class LanguageEntryInput {
  @Field({ description: 'Text key: 1–64 letters, digits, dots, dashes or underscores.' })
  key: string;

  @Field({ description: 'The text, at most 2,000 characters.' })
  text: string;
}

@InputType({ description: 'Theme settings to change; omitted fields keep their value.' })
export class RegionThemeInput {
  @Field(() => String, { nullable: true, description: 'Primary colour, `#rrggbb`.' })
  primaryColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Secondary colour, `#rrggbb`.' })
  secondaryColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Accent colour, `#rrggbb`.' })
  accentColor?: string | null;

  @Field(() => String, { nullable: true, description: 'Font family name, 1–64 characters.' })
  font?: string | null;

  @Field(() => String, { nullable: true, description: 'https URL of the logo; an empty string removes it.' })
  logoUrl?: string | null;
}

@InputType({ description: 'Culture settings to change; omitted fields keep their value.' })
export class UpdateRegionCultureInput {
  @Field(() => ID, { description: 'Region id.' })
  regionId: string;

  @Field(() => String, { nullable: true, description: 'Motto, at most 200 characters.' })
  motto?: string | null;

  @Field(() => [LanguageEntryInput], {
    nullable: true,
    description: 'Replaces the whole language pack (at most 500 entries, each key once).',
  })
  languagePack?: LanguageEntryInput[] | null;

  @Field(() => RegionThemeInput, { nullable: true, description: 'Theme changes.' })
  theme?: RegionThemeInput | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Replaces the traditions (at most 20, each ≤ 200 characters).',
  })
  traditions?: string[] | null;
}

export const updateCultureSchema = z.object({
  regionId: uuid('region'),
  motto: z.string().max(200, 'must be at most 200 characters').nullish(),
  languagePack: z
    .array(
      z.object({
        key: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1–64 letters, digits, dots, dashes or underscores'),
        text: z.string().max(2000, 'must be at most 2,000 characters'),
      }),
    )
    .max(500, 'must have at most 500 entries')
    .refine((list) => new Set(list.map((e) => e.key)).size === list.length, 'must name each key once')
    .nullish(),
  theme: z
    .object({
      primaryColor: colour.nullish(),
      secondaryColor: colour.nullish(),
      accentColor: colour.nullish(),
      font: z.string().min(1, 'must be 1–64 characters').max(64, 'must be 1–64 characters').nullish(),
      logoUrl: z.union([z.literal(''), z.url({ protocol: /^https$/, message: 'must be an https URL' })]).nullish(),
    })
    .nullish(),
  traditions: z
    .array(z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'))
    .max(20, 'must list at most 20 traditions')
    .nullish(),
});
export type UpdateCulture = z.infer<typeof updateCultureSchema>;

@ObjectType({ description: 'Result of provisioning a region.' })
export class ProvisionRegionPayload {
  @Field(() => Region, { description: 'The new region, ACTIVE with its 500 sectors.' })
  region: Region;
}

@ObjectType({ description: 'Result of changing region settings.' })
export class UpdateRegionPayload {
  @Field(() => Region, { description: 'The region after the change.' })
  region: Region;
}
