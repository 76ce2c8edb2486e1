import { governanceEvents } from '@sectorwars/events';
import { z } from 'zod';

/** Policy types (ARCHITECTURE.md, "Game design figures"), as the event catalog spells them. */
export const POLICY_TYPES = governanceEvents.POLICY_TYPES;
export type PolicyTypeName = (typeof POLICY_TYPES)[number];

/**
 * Bounds of policies. Figures from ARCHITECTURE.md ("Game design figures": tax 0.05–0.25,
 * a policy vote lasts 7 days by default, voting power 0–5); the rest decided here:
 * a vote lasts 1–30 days; tariffs 0–0.5; defense level 1–10; cultural texts as regions'
 * culture settings (motto ≤ 200 characters, ≤ 20 traditions of ≤ 200 characters).
 */
export const POLICY_RULES = {
  votingDays: { min: 1, max: 30, default: 7 },
  title: { min: 3, max: 120 },
  description: { max: 4000 },
  taxRate: { min: 0.05, max: 0.25 },
  tariffRate: { min: 0, max: 0.5 },
  defenseLevel: { min: 1, max: 10 },
  motto: { max: 200 },
  traditions: { max: 20, length: 200 },
} as const;

/** An immigration stance: who may settle in the region. */
export const IMMIGRATION_STANCES = ['open', 'treaty_only', 'closed'] as const;
/** Player-versus-player combat rules of a region. */
export const PVP_MODES = ['open', 'restricted', 'disabled'] as const;

const R = POLICY_RULES;
/** A number within [min, max]; the message names the allowed range. */
export const between = (min: number, max: number, opts: { int?: boolean } = {}) => {
  const range = `must be between ${min} and ${max}`;
  const base = z.number({ message: range }).min(min, range).max(max, range);
  return opts.int ? base.int(`must be a whole number between ${min} and ${max}`) : base;
};

/**
 * What each policy type proposes (`proposedChanges`), validated per type; the same object
 * travels in `governance.policy.passed` for regions to apply:
 *
 * - `tax_rate`: `{ taxRate }`, the region's tax on trade as a fraction, 0.05–0.25;
 * - `immigration`: `{ immigration }`, one of `open` (anyone may settle), `treaty_only` (only
 *   players of regions with an active treaty), `closed` (no new citizens or residents);
 * - `pvp_rules`: `{ pvpMode }`, one of `open` (combat everywhere), `restricted` (not in
 *   sectors of security level ≥ 8), `disabled` (no combat between players);
 * - `trade_policy`: `{ tariffRate }`, a tariff as a fraction, 0–0.5, on trade by players of
 *   regions without a trade agreement;
 * - `defense`: `{ defenseLevel }`, a whole number 1–10 (patrols and defenses of the region);
 * - `cultural`: `{ motto?, traditions? }`, at least one: the motto (≤ 200 characters) and/or
 *   the whole list of traditions (≤ 20, each 1–200 characters).
 *
 * A policy gives exactly the fields of its type; a field of another type is refused.
 */
export const POLICY_CHANGES = {
  tax_rate: z.object({ taxRate: between(R.taxRate.min, R.taxRate.max) }),
  immigration: z.object({
    immigration: z.enum(IMMIGRATION_STANCES, { message: `must be one of ${IMMIGRATION_STANCES.join(', ')}` }),
  }),
  pvp_rules: z.object({ pvpMode: z.enum(PVP_MODES, { message: `must be one of ${PVP_MODES.join(', ')}` }) }),
  trade_policy: z.object({ tariffRate: between(R.tariffRate.min, R.tariffRate.max) }),
  defense: z.object({ defenseLevel: between(R.defenseLevel.min, R.defenseLevel.max, { int: true }) }),
  cultural: z
    .object({
      motto: z.string().trim().max(R.motto.max, `must be at most ${R.motto.max} characters`).optional(),
      traditions: z
        .array(
          z
            .string()
            .trim()
            .min(1, 'must not be empty')
            .max(R.traditions.length, `must be at most ${R.traditions.length} characters`),
        )
        .max(R.traditions.max, `must list at most ${R.traditions.max} traditions`)
        .optional(),
    })
    .refine((c) => c.motto !== undefined || c.traditions !== undefined, 'must give a motto, traditions, or both'),
} satisfies Record<PolicyTypeName, z.ZodType>;

/** Validated `proposedChanges` of a policy (the keys of its type only). */
export type PolicyChangesValue = Record<string, unknown>;

/** The fields each type takes (for the "field of another type" message). */
export const CHANGE_FIELDS: Record<PolicyTypeName, string[]> = {
  tax_rate: ['taxRate'],
  immigration: ['immigration'],
  pvp_rules: ['pvpMode'],
  trade_policy: ['tariffRate'],
  defense: ['defenseLevel'],
  cultural: ['motto', 'traditions'],
};

/** Who decides a region's policies, by governance type. */
export type Electorate = 'CITIZENS' | 'COUNCIL' | 'OWNER';

/**
 * The electorate of a new policy (issue 5): democracy — citizens and residents, weighted by
 * voting power; council — council members, one vote (weight 1) each; autocracy — the owner
 * alone, whose proposal passes at once (a decree, no vote). Fixed when the policy is proposed.
 */
export const ELECTORATE = { democracy: 'CITIZENS', council: 'COUNCIL', autocracy: 'OWNER' } as const;
