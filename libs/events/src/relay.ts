import type { Logger } from '@sectorwars/platform';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import type { EventMetrics } from './metrics';
import { outboxChannel, quoteIdent } from './tables';
import type { OutboundRecord, OutboxMover, Transport } from './transport';
import { WakeSignal } from './wake-signal';

/** Options of {@link OutboxRelay}. */
export interface RelayOptions {
  /** The service's data source (its outbox lives in `schema`). */
  dataSource: DataSource;
  schema: string;
  transport: Transport;
  logger: Logger;
  metrics?: EventMetrics;
  /** Events per batch (500). */
  batchSize?: number;
  /** Poll interval when no NOTIFY arrives, ms (1000): the fallback wake-up. */
  pollIntervalMs?: number;
  /**
   * After a wake-up, wait this long (ms) before draining, so events committed
   * close together travel in one batch (Kafka's linger.ms). 0 by default.
   */
  lingerMs?: number;
  /** Longest wait between retries while the transport is down, ms (30 000). */
  maxBackoffMs?: number;
  /**
   * Called after the transport acknowledged a batch, before the batch is
   * deleted from the outbox (benchmarks time it; crash tests die here).
   */
  onBatchSent?: (records: OutboundRecord[]) => void | Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Drains one service's outbox to the transport, in outbox order (so in order
 * per aggregate key), in batches. A batch leaves the outbox only after the
 * transport acknowledged it, in the same transaction that locked it: a relay
 * killed mid-batch resends the batch on restart (duplicates, never losses).
 * When the transport's log lives in the outbox's own database (the Postgres bus
 * on the service's database), a batch instead moves inside the database in one
 * transaction (`Transport.outboxMover`): neither lost nor duplicated.
 *
 * One relay per service is active at a time (a Postgres advisory lock); other
 * instances wait as standbys. Woken by LISTEN/NOTIFY on commit, with polling
 * as the fallback; backs off exponentially while the transport is down.
 */
export class OutboxRelay {
  private readonly batchSize: number;
  private readonly table: string;
  private listener?: pg.Client;
  private leader = false;
  private stopped = true;
  private loop?: Promise<void>;
  private readonly signal = new WakeSignal();
  /** Set when the transport's log is in the outbox's database: batches move inside it. */
  private readonly mover?: OutboxMover;

  constructor(private readonly options: RelayOptions) {
    this.batchSize = options.batchSize ?? 500;
    this.table = `${quoteIdent(options.schema)}.outbox`;
    this.mover = options.transport.outboxMover?.(this.databaseUrl);
  }

  private get databaseUrl(): string {
    return (this.options.dataSource.options as { url?: string }).url ?? '';
  }

  /** Starts relaying in the background. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.loop = this.run();
  }

  /** Stops after the batch in hand; releases leadership. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.signal.wake();
    await this.loop;
    await this.listener?.end().catch(() => {});
    this.listener = undefined;
    this.leader = false;
  }

  /**
   * Sends one batch and deletes it from the outbox.
   * @returns the number of events relayed
   * @throws when the transport or the database fails (the batch stays in the outbox)
   */
  async drainOnce(): Promise<number> {
    if (this.mover) {
      const moved = await this.mover.move(this.table, this.batchSize, this.options.onBatchSent);
      this.options.metrics?.relayed.inc(moved);
      return moved;
    }
    const runner = this.options.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const rows = (await runner.query(
        `SELECT seq, topic, key, envelope::text AS value FROM ${this.table} ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      )) as { seq: string; topic: string; key: string; value: string }[];
      if (!rows.length) {
        await runner.commitTransaction();
        return 0;
      }
      const records: OutboundRecord[] = rows.map(({ topic, key, value }) => ({ topic, key, value }));
      await this.options.transport.send(records);
      await this.options.onBatchSent?.(records);
      await runner.query(`DELETE FROM ${this.table} WHERE seq = ANY($1::bigint[])`, [rows.map((r) => r.seq)]);
      await runner.commitTransaction();
      this.options.metrics?.relayed.inc(rows.length);
      return rows.length;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => {});
      throw error;
    } finally {
      await runner.release();
    }
  }

  /** Events waiting in the outbox (metrics). */
  async backlog(): Promise<number> {
    const [{ n }] = await this.options.dataSource.query(`SELECT count(*)::int AS n FROM ${this.table}`);
    return n;
  }

  private async run(): Promise<void> {
    const { logger } = this.options;
    let failures = 0;
    while (!this.stopped) {
      try {
        if (!this.leader) {
          this.leader = await this.becomeLeader();
          if (!this.leader) {
            await this.signal.wait(this.options.pollIntervalMs ?? 1000);
            continue;
          }
          logger.info({ schema: this.options.schema }, 'outbox relay is the leader');
        }
        const sent = await this.drainOnce();
        if (failures) logger.info({ schema: this.options.schema }, 'outbox relay recovered');
        failures = 0;
        if (sent < this.batchSize) {
          await this.signal.wait(this.options.pollIntervalMs ?? 1000);
          if (this.options.lingerMs) await sleep(this.options.lingerMs);
        }
      } catch (error) {
        failures += 1;
        const delay = Math.min(this.options.maxBackoffMs ?? 30_000, 100 * 2 ** Math.min(failures, 16));
        logger.warn({ err: error, attempt: failures, retryInMs: delay }, 'outbox relay failed; retrying');
        if (this.listener && !(await this.listenerAlive())) await this.dropListener();
        await sleep(delay);
      }
    }
  }

  /** Connects the listener session, LISTENs, and tries the leadership lock on it. */
  private async becomeLeader(): Promise<boolean> {
    if (!this.listener) {
      const client = new pg.Client({ connectionString: this.databaseUrl });
      client.on('error', () => void this.dropListener());
      client.on('notification', () => this.signal.wake());
      await client.connect();
      await client.query(`LISTEN ${quoteIdent(outboxChannel(this.options.schema))}`);
      this.listener = client;
    }
    const { rows } = await this.listener.query(
      `SELECT pg_try_advisory_lock(hashtext('sectorwars.outbox-relay'), hashtext($1)) AS locked`,
      [this.options.schema],
    );
    return rows[0].locked as boolean;
  }

  private async listenerAlive(): Promise<boolean> {
    try {
      await this.listener?.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  }

  private async dropListener(): Promise<void> {
    const client = this.listener;
    this.listener = undefined;
    this.leader = false;
    await client?.end().catch(() => {});
  }
}
