import { randomBytes, randomUUID } from 'node:crypto';
import { type JobScheduler, nexusEvents, type Outbox } from '@sectorwars/events';
import { generateNexus, NEXUS_DISTRICTS, regenerateDistrict } from '@sectorwars/galaxy';
import { conflict, type Logger } from '@sectorwars/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit';
import type { NexusStateRow } from '../galaxy/nexus.service';
import { NexusStatus } from '../galaxy/nexus.types';
import { HOLDS_PLAYER_DATA, loadSnapshot, replaceDistrict, replaceGalaxy } from '../galaxy/sector.store';
import { type NexusGenerationJob, NexusJobKind, NexusJobStatus } from './generation.types';

/** pg-boss queue of Nexus jobs. */
export const GENERATION_QUEUE = 'nexus-generation';

interface JobRow {
  id: string;
  kind: NexusJobKind;
  status: NexusJobStatus;
  percent: number;
  message: string;
  seed: string;
  district: string | null;
  preserve_player_data: boolean;
  force: boolean;
  previous_status: NexusStatus;
  requested_by: string;
  created_at: Date;
  updated_at: Date;
  finished_at: Date | null;
}

const toJob = (r: JobRow): NexusGenerationJob => ({
  id: r.id,
  kind: r.kind,
  status: r.status,
  percent: r.percent,
  message: r.message,
  seed: r.seed,
  district: r.district,
  preservePlayerData: r.preserve_player_data,
  force: r.force,
  requestedBy: r.requested_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  finishedAt: r.finished_at,
});

/** Where jobs are queued: the pg-boss scheduler in the service, or a direct runner (bench). */
export type JobQueue = Pick<JobScheduler, 'schedule'>;

/**
 * Generation of the Central Nexus and regeneration of one district, as durable background jobs.
 *
 * A request checks the state and records the job (status GENERATING, 0 %) in one transaction
 * with the audit record and the first `nexus.generation.progressed` event; the job itself runs on
 * pg-boss (`GENERATION_QUEUE`), so it survives a restart: at start, {@link resume} queues again
 * any job still GENERATING (scheduling is idempotent by job id). The job writes all sectors and
 * warps in one transaction (bulk `unnest` inserts), together with the READY state, the job's
 * 100 % and the last progress event; a failure rolls that back and restores the previous status.
 */
export class GenerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
    private readonly queue: JobQueue,
    private readonly logger: Pick<Logger, 'info' | 'warn' | 'error'>,
  ) {}

  /**
   * Queues the generation of the whole Nexus.
   * @throws CONFLICT while a job runs, or when READY without `force` (nothing written)
   */
  async requestGeneration(
    actorId: string,
    input: { seed?: string | null; force: boolean },
  ): Promise<NexusGenerationJob> {
    const seed = input.seed ?? randomBytes(8).toString('hex');
    const job = await this.dataSource.transaction(async (manager) => {
      const state = await this.lockState(manager);
      if (state.status === NexusStatus.GENERATING) throw conflict('A Nexus generation job is already running');
      if (state.status === NexusStatus.READY && !input.force) {
        throw conflict(
          'The Nexus is already generated; pass force: true to replace it (its player data is lost)',
          'force',
        );
      }
      const row = await this.insertJob(manager, state, {
        kind: NexusJobKind.GENERATE,
        seed,
        district: null,
        preservePlayerData: false,
        force: input.force,
        actorId,
      });
      await recordAudit(manager, {
        actorId,
        action: 'nexus.generate',
        target: 'nexus',
        before: { status: state.status, seed: state.seed, generatedAt: state.generated_at },
        after: { jobId: row.id, seed, force: input.force },
      });
      return row;
    });
    await this.enqueue(job.id);
    return job;
  }

  /**
   * Queues the regeneration of one district.
   * @throws CONFLICT while a job runs or before the Nexus is generated (nothing written)
   */
  async requestRegeneration(
    actorId: string,
    input: { district: string; preservePlayerData: boolean; seed?: string | null },
  ): Promise<NexusGenerationJob> {
    const job = await this.dataSource.transaction(async (manager) => {
      const state = await this.lockState(manager);
      if (state.status === NexusStatus.GENERATING) throw conflict('A Nexus generation job is already running');
      if (state.status !== NexusStatus.READY) throw conflict('The Nexus is not generated yet: run generateNexus first');
      const id = randomUUID();
      const seed = input.seed ?? `${state.seed}:${input.district}:${id.slice(0, 8)}`;
      const [{ n }] = await manager.query(
        `SELECT count(*)::int AS n FROM nexus.sectors WHERE district = $1 AND ${HOLDS_PLAYER_DATA}`,
        [input.district],
      );
      const row = await this.insertJob(
        manager,
        state,
        {
          kind: NexusJobKind.REGENERATE_DISTRICT,
          seed,
          district: input.district,
          preservePlayerData: input.preservePlayerData,
          force: false,
          actorId,
        },
        id,
      );
      await recordAudit(manager, {
        actorId,
        action: 'nexus.district.regenerate',
        target: `district:${input.district}`,
        before: { nexusSeed: state.seed, sectorsWithPlayerData: n },
        after: { jobId: id, seed, preservePlayerData: input.preservePlayerData },
      });
      return row;
    });
    await this.enqueue(job.id);
    return job;
  }

  /** The running job, else the last one; null when none ever ran. */
  async progress(): Promise<NexusGenerationJob | null> {
    const [row] = await this.dataSource.query(
      `SELECT * FROM nexus.generation_jobs ORDER BY (status = 'GENERATING') DESC, created_at DESC LIMIT 1`,
    );
    return row ? toJob(row) : null;
  }

  /** Queues again every job still GENERATING (after a crash or restart). */
  async resume(): Promise<void> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM nexus.generation_jobs WHERE status = 'GENERATING'`,
    );
    for (const { id } of rows) await this.enqueue(id);
  }

  /**
   * Runs a job (the pg-boss handler). Idempotent: a job no longer GENERATING is skipped, and the
   * writes are one transaction, so running it again after a crash starts over cleanly.
   * Never throws for a generation failure: the job becomes FAILED and the state is restored.
   */
  async runJob(jobId: string): Promise<void> {
    const [row]: JobRow[] = await this.dataSource.query('SELECT * FROM nexus.generation_jobs WHERE id = $1', [jobId]);
    if (!row || row.status !== NexusJobStatus.GENERATING) return;
    const started = Date.now();
    try {
      if (row.kind === NexusJobKind.GENERATE) await this.runGeneration(row);
      else await this.runRegeneration(row);
      this.logger.info({ jobId, kind: row.kind, ms: Date.now() - started }, 'nexus job done');
    } catch (error) {
      this.logger.error({ err: error, jobId }, 'nexus job failed');
      await this.dataSource.transaction(async (manager) => {
        await manager.query(`UPDATE nexus.state SET status = $1, updated_at = now() WHERE id = 1`, [
          row.previous_status,
        ]);
        await this.finish(manager, row, NexusJobStatus.FAILED, row.percent, `Failed: ${(error as Error).message}`);
      });
    }
  }

  private async runGeneration(row: JobRow): Promise<void> {
    await this.report(row, 5, 'Generating 5,000 sectors and their warps');
    const galaxy = generateNexus(row.seed);
    await this.report(row, 50, `Persisting ${galaxy.sectors.length} sectors and ${galaxy.warps.length} warps`);
    await this.dataSource.transaction(async (manager) => {
      await replaceGalaxy(manager, galaxy);
      await manager.query(
        `UPDATE nexus.state SET status = 'READY', seed = $1, settings = $2, regenerations = '[]',
           generated_at = now(), current_job_id = $3, updated_at = now() WHERE id = 1`,
        [row.seed, JSON.stringify(galaxy.settings), row.id],
      );
      await this.finish(
        manager,
        row,
        NexusJobStatus.READY,
        100,
        `Ready: ${galaxy.sectors.length} sectors, ${galaxy.warps.length} warps`,
      );
    });
  }

  private async runRegeneration(row: JobRow): Promise<void> {
    const district = row.district as string;
    const spec = NEXUS_DISTRICTS.find((d) => d.type === district);
    if (!spec) throw new Error(`unknown district ${district}`);
    await this.report(row, 10, `Loading the Nexus to rebuild ${spec.name}`);
    await this.dataSource.transaction(async (manager) => {
      const [state]: NexusStateRow[] = await manager.query('SELECT * FROM nexus.state WHERE id = 1 FOR UPDATE');
      // Player data written while the job runs waits for this transaction (row locks), so nothing is lost.
      const keep: { number: number }[] = row.preserve_player_data
        ? await manager.query(
            `SELECT number FROM nexus.sectors WHERE district = $1 AND ${HOLDS_PLAYER_DATA} FOR UPDATE`,
            [district],
          )
        : [];
      const preserved = new Set(keep.map((k) => k.number));
      const snapshot = await loadSnapshot(manager, {
        seed: state.seed as string,
        settings: state.settings,
        regenerations: state.regenerations,
      });
      const galaxy = regenerateDistrict(snapshot, spec.type, { seed: row.seed, preserve: preserved });
      await replaceDistrict(manager, galaxy, spec.sectorRange, preserved);
      await manager.query(
        `UPDATE nexus.state SET status = 'READY', regenerations = $1, current_job_id = $2, updated_at = now() WHERE id = 1`,
        [JSON.stringify(galaxy.regenerations), row.id],
      );
      const rebuilt = spec.sectorRange[1] - spec.sectorRange[0] + 1 - preserved.size;
      await this.finish(
        manager,
        row,
        NexusJobStatus.READY,
        100,
        `Ready: ${spec.name} rebuilt (${rebuilt} sectors new, ${preserved.size} with player data kept)`,
      );
    });
  }

  private async lockState(manager: EntityManager): Promise<NexusStateRow> {
    const [state] = await manager.query('SELECT * FROM nexus.state WHERE id = 1 FOR UPDATE');
    return state;
  }

  private async insertJob(
    manager: EntityManager,
    state: NexusStateRow,
    job: {
      kind: NexusJobKind;
      seed: string;
      district: string | null;
      preservePlayerData: boolean;
      force: boolean;
      actorId: string;
    },
    id: string = randomUUID(),
  ): Promise<NexusGenerationJob> {
    const [row]: JobRow[] = await manager.query(
      `INSERT INTO nexus.generation_jobs
         (id, kind, status, percent, message, seed, district, preserve_player_data, force, previous_status, requested_by)
       VALUES ($1, $2, 'GENERATING', 0, 'Queued', $3, $4, $5, $6, $7, $8) RETURNING *`,
      [id, job.kind, job.seed, job.district, job.preservePlayerData, job.force, state.status, job.actorId],
    );
    await manager.query(
      `UPDATE nexus.state SET status = 'GENERATING', current_job_id = $1, updated_at = now() WHERE id = 1`,
      [id],
    );
    await this.publish(manager, row);
    return toJob(row);
  }

  /** Records progress of a running job and publishes it (its own small transaction). */
  private async report(row: JobRow, percent: number, message: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // TypeORM answers UPDATE … RETURNING with [rows, affected count].
      const [[updated]] = await manager.query(
        `UPDATE nexus.generation_jobs SET percent = $2, message = $3, updated_at = now() WHERE id = $1 RETURNING *`,
        [row.id, percent, message],
      );
      await this.publish(manager, updated);
    });
  }

  private async finish(manager: EntityManager, row: JobRow, status: NexusJobStatus, percent: number, message: string) {
    const [[updated]] = await manager.query(
      `UPDATE nexus.generation_jobs SET status = $2, percent = $3, message = $4, updated_at = now(), finished_at = now()
       WHERE id = $1 RETURNING *`,
      [row.id, status, percent, message],
    );
    await this.publish(manager, updated);
  }

  private async publish(manager: EntityManager, row: JobRow): Promise<void> {
    await this.outbox.publish(manager, nexusEvents.generationProgressed, {
      subject: row.id,
      data: { jobId: row.id, kind: row.kind, status: row.status, percent: row.percent, message: row.message },
    });
  }

  private async enqueue(jobId: string): Promise<void> {
    await this.queue.schedule(GENERATION_QUEUE, { runAt: new Date(), key: jobId, data: { jobId } });
  }
}
