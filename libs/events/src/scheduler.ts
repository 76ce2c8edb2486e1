import { createHash } from 'node:crypto';
import type { Logger } from '@sectorwars/platform';
import PgBoss from 'pg-boss';

/** Options of {@link JobScheduler}. */
export interface SchedulerOptions {
  connectionString: string;
  /** Postgres schema of the job tables, one per service (e.g. `governance_jobs`). */
  schema: string;
  logger: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** How often idle workers look for due jobs, seconds (1). */
  pollingIntervalSeconds?: number;
}

/** Handler of a scheduled job; must be idempotent (a worker dying mid-job means the job runs again). */
export type JobHandler<T> = (data: T, job: { id: string; name: string }) => Promise<void>;

/** Deterministic job id (a UUID shape) from a job name and an idempotency key. */
export function jobId(name: string, key: string): string {
  const h = createHash('sha256').update(`${name}\u0000${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * Durable timers on pg-boss: a job scheduled for a time runs after it, once,
 * and survives restarts (it is a row in Postgres). Scheduling is idempotent:
 * the same (name, key) always maps to the same job id, so scheduling it again
 * (a redelivered event, a retried request) does nothing. Used for policy votes
 * closing, elections ending, grace periods and treaty expiry.
 */
export class JobScheduler {
  private readonly boss: PgBoss;
  private readonly queues = new Set<string>();

  constructor(private readonly options: SchedulerOptions) {
    this.boss = new PgBoss({
      connectionString: options.connectionString,
      schema: options.schema,
      application_name: `sectorwars-${options.schema}`,
      max: 4,
    });
    this.boss.on('error', (error) => options.logger.error({ err: error }, 'job scheduler error'));
  }

  /** Creates the job tables (pg-boss migrations) and starts maintenance. */
  async start(): Promise<void> {
    await this.boss.start();
  }

  /**
   * Schedules `name` to run at `runAt` (now or in the past: as soon as possible).
   * @param key idempotency key, e.g. the policy id
   * @returns the job id; the same id when it was already scheduled
   */
  async schedule<T extends object>(name: string, options: { runAt: Date; key: string; data: T }): Promise<string> {
    await this.ensureQueue(name);
    const id = jobId(name, options.key);
    await this.boss.send(name, options.data, {
      id,
      startAfter: options.runAt,
      retryLimit: 10,
      retryDelay: 1,
      retryBackoff: true,
    });
    return id;
  }

  /** Cancels a scheduled job that has not run yet. */
  async cancel(name: string, key: string): Promise<void> {
    await this.boss.cancel(name, jobId(name, key)).catch(() => {});
  }

  /** Runs `handler` for every due job of `name`, one at a time per worker. */
  async work<T extends object>(name: string, handler: JobHandler<T>): Promise<void> {
    await this.ensureQueue(name);
    await this.boss.work<T>(
      name,
      { batchSize: 1, pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 1 },
      async ([job]) => handler(job.data, { id: job.id, name }),
    );
  }

  /** Stops workers (letting running jobs finish) and the maintenance loop. */
  async stop(): Promise<void> {
    await this.boss.stop({ graceful: true, wait: true, timeout: 10_000 });
  }

  private async ensureQueue(name: string): Promise<void> {
    if (this.queues.has(name)) return;
    if (!(await this.boss.getQueue(name))) await this.boss.createQueue(name);
    this.queues.add(name);
  }
}
