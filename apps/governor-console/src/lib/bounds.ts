/**
 * The server's bounds of region settings, mirrored so forms can say at once what is
 * allowed. The regions service (subgraphs/regions/src/region/region.rules.ts and its
 * input validation) stays the authority: forms still send what the user typed and
 * show the server's refusal next to the field.
 */
export const BOUNDS = {
  taxRate: { min: 0.05, max: 0.25 },
  startingCredits: { min: 100, max: 10_000 },
  tradeBonus: { min: 1, max: 3 },
  resourceKey: /^[a-z_]{2,32}$/,
  specializationMax: 32,
  votingThreshold: { min: 0.1, max: 0.9 },
  electionFrequencyDays: { min: 30, max: 365 },
  constitutionMax: 20_000,
  mottoMax: 200,
  languagePackMax: 500,
  languageKey: /^[A-Za-z0-9._-]{1,64}$/,
  languageTextMax: 2_000,
  traditionsMax: 20,
  traditionMax: 200,
  colour: /^#[0-9a-fA-F]{6}$/,
  fontMax: 64,
  regionName: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  regionNameLength: { min: 3, max: 48 },
  displayNameMax: 64,
  seedMax: 64,
} as const;

/** Message for a number outside `[min, max]`, or undefined when inside (or not a number yet). */
export function rangeMessage(value: number, min: number, max: number, unit = ''): string | undefined {
  if (Number.isNaN(value)) return 'Enter a number.';
  if (value < min || value > max) return `Must be between ${min}${unit} and ${max}${unit}.`;
  return undefined;
}

/** A fraction shown as a percentage with at most two decimals (0.125 → "12.5"). */
export const toPercent = (fraction: number) => String(Math.round(fraction * 10_000) / 100);

/** A percentage typed by the user as a fraction, rounded to 4 decimals ("12.5" → 0.125). */
export const fromPercent = (percent: string) => Math.round(Number(percent) * 100) / 10_000;

/**
 * The governance service's bounds (subgraphs/governance/src/*\/*.inputs.ts and
 * policy/policy.rules.ts), mirrored for the Policies, Elections and Diplomacy forms.
 */
export const GOVERNANCE_BOUNDS = {
  policyTitle: { min: 3, max: 120 },
  policyDescriptionMax: 4_000,
  votingDays: { min: 1, max: 30 },
  tariffRate: { min: 0, max: 0.5 },
  defenseLevel: { min: 1, max: 10 },
  platformMax: 2_000,
  treatyTerms: { min: 1, max: 4_000 },
  treatyDays: { min: 1, max: 365 },
} as const;

/** A whole number in `[min, max]`, or the message saying what is allowed. */
export function wholeMessage(text: string, min: number, max: number, unit = ''): string | undefined {
  if (!/^-?\d+$/.test(text.trim())) return 'Enter a whole number.';
  return rangeMessage(Number(text), min, max, unit);
}
