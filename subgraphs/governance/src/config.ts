import { portVar, subgraphConfigSchema } from '@sectorwars/platform';
import { z } from 'zod';

/** Seconds in a real day: the default of `GOVERNANCE_DAY_SECONDS`. */
export const SECONDS_PER_DAY = 86_400;

/**
 * The governance subgraph's environment: the common subgraph variables (PORT, DATABASE_URL,
 * JWKS_URL, LOG_LEVEL, KAFKA_BROKERS, EVENTBUS_DATABASE_URL), port 4003 by default, and:
 *
 * - `GOVERNANCE_DAY_SECONDS` (integer ≥ 1, default 86400): how long one game "day" lasts in
 *   seconds, for every duration counted in days (policy `votingDays`, election `votingDays`,
 *   terms of `electionFrequencyDays`, treaty `durationDays`). Tests and demos shorten it
 *   (e.g. `1`: a 7-day vote closes after 7 s); production leaves the default.
 * - `GOVERNANCE_JOB_POLL_SECONDS` (0.5–60, default 1): how often the job worker looks for
 *   due jobs (votes closing, elections ending, treaties expiring).
 */
export const governanceConfigSchema = subgraphConfigSchema.extend({
  PORT: portVar(4003),
  GOVERNANCE_DAY_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .default(SECONDS_PER_DAY)
    .describe('a whole number of seconds ≥ 1 (86400 = real days)'),
  GOVERNANCE_JOB_POLL_SECONDS: z.coerce
    .number()
    .min(0.5)
    .max(60)
    .default(1)
    .describe('seconds between job polls, 0.5–60'),
});

export type GovernanceConfig = z.infer<typeof governanceConfigSchema>;

/**
 * Converts game days to seconds (the database computes instants from them, so every
 * deadline is on the database clock that also checks it).
 */
export class GameClock {
  /** @param daySeconds length of one game day in seconds (`GOVERNANCE_DAY_SECONDS`) */
  constructor(readonly daySeconds: number = SECONDS_PER_DAY) {}

  /** @returns `days` game days in seconds */
  seconds(days: number): number {
    return days * this.daySeconds;
  }
}
