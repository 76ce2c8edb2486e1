import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { CHANGE_FIELDS, POLICY_CHANGES, POLICY_RULES, POLICY_TYPES, type PolicyTypeName } from './policy.rules';
import { ImmigrationStance, Policy, PolicyType, PvpMode } from './policy.types';

const R = POLICY_RULES;

@InputType({ description: 'What a policy proposes: give exactly the fields of its type (see `PolicyType`).' })
export class PolicyChangesInput {
  @Field(() => Float, { nullable: true, description: `TAX_RATE: tax on trade, ${R.taxRate.min}–${R.taxRate.max}.` })
  taxRate?: number | null;

  @Field(() => ImmigrationStance, { nullable: true, description: 'IMMIGRATION: who may settle.' })
  immigration?: ImmigrationStance | null;

  @Field(() => PvpMode, { nullable: true, description: 'PVP_RULES: combat between players.' })
  pvpMode?: PvpMode | null;

  @Field(() => Float, {
    nullable: true,
    description: `TRADE_POLICY: tariff on trade with regions without a trade agreement, ${R.tariffRate.min}–${R.tariffRate.max}.`,
  })
  tariffRate?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `DEFENSE: defense level, ${R.defenseLevel.min}–${R.defenseLevel.max}.`,
  })
  defenseLevel?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `CULTURAL: the motto, at most ${R.motto.max} characters.`,
  })
  motto?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: `CULTURAL: the whole list of traditions (at most ${R.traditions.max}, each 1–${R.traditions.length} characters).`,
  })
  traditions?: string[] | null;
}

@InputType({ description: 'A policy to propose.' })
export class ProposePolicyInput {
  @Field(() => ID, { description: 'Region the policy is for.' })
  regionId: string;

  @Field(() => PolicyType, { description: 'What it changes.' })
  type: PolicyType;

  @Field({ description: `Short title, ${R.title.min}–${R.title.max} characters.` })
  title: string;

  @Field({ description: `Why and what, at most ${R.description.max} characters (may be empty).` })
  description: string;

  @Field(() => PolicyChangesInput, { description: 'The proposed change: exactly the fields of `type`.' })
  proposedChanges: PolicyChangesInput;

  @Field(() => Int, {
    nullable: true,
    description: `Days the vote stays open, ${R.votingDays.min}–${R.votingDays.max} (default ${R.votingDays.default}). Ignored for decrees.`,
  })
  votingDays?: number | null;
}

/** Drops null/undefined fields of a GraphQL input object. */
const present = (o: unknown): Record<string, unknown> =>
  Object.fromEntries(Object.entries((o ?? {}) as object).filter(([, v]) => v !== undefined && v !== null));

export const proposePolicySchema = z
  .object({
    regionId: z.uuid('must be a region id (UUID)'),
    type: z.enum(POLICY_TYPES, { message: `must be one of ${POLICY_TYPES.join(', ')}` }),
    title: z
      .string()
      .trim()
      .min(R.title.min, `must be ${R.title.min}–${R.title.max} characters`)
      .max(R.title.max, `must be ${R.title.min}–${R.title.max} characters`),
    description: z.string().max(R.description.max, `must be at most ${R.description.max} characters`),
    proposedChanges: z.unknown().transform(present),
    votingDays: z
      .number({ message: `must be between ${R.votingDays.min} and ${R.votingDays.max}` })
      .int(`must be a whole number between ${R.votingDays.min} and ${R.votingDays.max}`)
      .min(R.votingDays.min, `must be between ${R.votingDays.min} and ${R.votingDays.max}`)
      .max(R.votingDays.max, `must be between ${R.votingDays.min} and ${R.votingDays.max}`)
      .nullish()
      .transform((days) => days ?? R.votingDays.default),
  })
  .transform((input, ctx) => {
    const type = input.type as PolicyTypeName;
    const allowed = CHANGE_FIELDS[type];
    for (const key of Object.keys(input.proposedChanges)) {
      if (!allowed.includes(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['proposedChanges', key],
          message: `is not part of a ${type} policy (it takes ${allowed.join(', ')})`,
        });
        return z.NEVER;
      }
    }
    const changes = POLICY_CHANGES[type].safeParse(input.proposedChanges);
    if (!changes.success) {
      for (const issue of changes.error.issues) {
        ctx.addIssue({ code: 'custom', path: ['proposedChanges', ...issue.path], message: issue.message });
      }
      return z.NEVER;
    }
    return { ...input, type, proposedChanges: changes.data as Record<string, unknown> };
  });
export type ProposePolicy = z.output<typeof proposePolicySchema>;

@InputType({ description: 'A vote on a policy.' })
export class CastVoteInput {
  @Field(() => ID, { description: 'Policy voted on.' })
  policyId: string;

  @Field({ description: 'True to vote in favour, false to vote against.' })
  support: boolean;
}

export const castVoteSchema = z.object({
  policyId: z.uuid('must be a policy id (UUID)'),
  support: z.boolean({ message: 'must be true or false' }),
});
export type CastVote = z.infer<typeof castVoteSchema>;

@InputType({ description: 'A policy vote to close before its time.' })
export class ClosePolicyVoteInput {
  @Field(() => ID, { description: 'Policy whose vote closes.' })
  policyId: string;
}

export const closePolicyVoteSchema = z.object({ policyId: z.uuid('must be a policy id (UUID)') });

@ObjectType({ description: 'Result of proposing a policy.' })
export class ProposePolicyPayload {
  @Field(() => Policy, { description: 'The new policy: ACTIVE (vote open), or PASSED when decreed by an autocrat.' })
  policy: Policy;
}

@ObjectType({ description: 'Result of a vote.' })
export class CastVotePayload {
  @Field(() => Policy, { description: 'The policy with the tally including this vote.' })
  policy: Policy;

  @Field(() => Float, { description: "Weight the vote was counted with: the voter's voting power at vote time." })
  weight: number;
}

@ObjectType({ description: 'Result of closing a vote early.' })
export class ClosePolicyVotePayload {
  @Field(() => Policy, { description: 'The policy, now PASSED or REJECTED.' })
  policy: Policy;
}
