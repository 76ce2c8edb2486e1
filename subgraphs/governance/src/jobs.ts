import type { JobScheduler } from '@sectorwars/events';

/** What services need of the scheduler: durable, idempotent timers (pg-boss, schema `governance_jobs`). */
export type JobQueue = Pick<JobScheduler, 'schedule' | 'cancel'>;

/**
 * Governance's durable jobs (queue names). Each is scheduled with an idempotency key, so
 * scheduling again (a retried request, the sweep at start) keeps one job, and each handler is
 * guarded by the state it changes (`WHERE status = 'ACTIVE'`), so a job that runs twice
 * (a worker died after the change, before pg-boss recorded completion) takes effect once.
 * Jobs carry a row id only; each handler runs confined to that row's region (row-level
 * security, `inRegionOfRow` in src/db.ts).
 */
export const JOBS = {
  /** Closes a policy vote at `votingClosesAt`; key: the policy id. */
  policyClose: 'policy-vote-close',
  /** Decides an election at `endsAt`; key: the election id. */
  electionClose: 'election-close',
  /** Opens the next election for a position when a term ends; key: the completed election id. */
  electionNext: 'election-next',
  /** Expires an active treaty at `endsAt`; key: the treaty id. */
  treatyExpire: 'treaty-expire',
} as const;
