/** One vote waiting for its policy's next statement. */
interface PendingVote<R> {
  voterId: string;
  support: boolean;
  resolve(result: R | null): void;
  reject(error: unknown): void;
}

/** Writes one policy's batch of votes; answers, per vote in order, what was counted (null: not counted). */
export type CastBatch<R> = (policyId: string, votes: { voterId: string; support: boolean }[]) => Promise<(R | null)[]>;

/**
 * Group commit of votes, per policy: at most one statement per policy is in flight from this
 * process; the votes that arrive meanwhile wait and go together in the next one (at most
 * `maxBatch`). A lone vote is sent at once (no timer, no added delay when the policy is quiet);
 * under load the batch grows by itself with the arrival rate. Votes of different policies never
 * wait for each other.
 *
 * Why: every vote of a policy updates the same tally row. One statement per vote made hundreds
 * of statements queue on that row lock under load; one statement per batch takes the lock once,
 * writes the votes, updates the tally once and publishes one tally event (bench/votes).
 *
 * A failing statement rejects every vote of its batch (nothing of it was written: one statement).
 */
export class PolicyVoteBatcher<R> {
  private readonly queues = new Map<string, { waiting: PendingVote<R>[]; running: boolean }>();

  /**
   * @param castBatch writes one batch in one statement
   * @param maxBatch most votes per statement (the arrays Postgres unnests)
   */
  constructor(
    private readonly castBatch: CastBatch<R>,
    private readonly maxBatch = 500,
  ) {}

  /**
   * Queues `voterId`'s vote on `policyId`.
   * @returns what `castBatch` answered for this vote: the result, or null when it was not counted
   * @throws what the batch's statement threw
   */
  cast(policyId: string, voterId: string, support: boolean): Promise<R | null> {
    return new Promise<R | null>((resolve, reject) => {
      let queue = this.queues.get(policyId);
      if (!queue) {
        queue = { waiting: [], running: false };
        this.queues.set(policyId, queue);
      }
      queue.waiting.push({ voterId, support, resolve, reject });
      if (!queue.running) void this.drain(policyId, queue);
    });
  }

  /** Sends the policy's waiting votes, batch after batch, until none is left; then forgets the policy. */
  private async drain(policyId: string, queue: { waiting: PendingVote<R>[]; running: boolean }): Promise<void> {
    queue.running = true;
    while (queue.waiting.length) {
      const batch = queue.waiting.splice(0, this.maxBatch);
      try {
        const results = await this.castBatch(
          policyId,
          batch.map(({ voterId, support }) => ({ voterId, support })),
        );
        for (const [i, vote] of batch.entries()) vote.resolve(results[i] ?? null);
      } catch (error) {
        for (const vote of batch) vote.reject(error);
      }
    }
    queue.running = false;
    this.queues.delete(policyId);
  }
}
