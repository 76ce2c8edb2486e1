import type { ExecutionResult } from 'graphql';

/**
 * The async generator graphql-ws reads one subscription's payloads from. Pushed by its topic
 * group; while the socket is slower than the updates, a payload about an entity replaces the
 * unsent one about the same entity (latest wins), so a slow client never builds a backlog.
 */
export class LiveQueue implements AsyncGenerator<ExecutionResult, undefined, unknown> {
  private readonly pending: { entity: string; result: ExecutionResult }[] = [];
  private waiter?: {
    resolve: (result: IteratorResult<ExecutionResult, undefined>) => void;
    reject: (error: unknown) => void;
  };
  private failure?: Error;
  private done = false;

  /** @param onEnd called once when the subscription ends (client completed, socket closed, or {@link end}) */
  constructor(private readonly onEnd: () => void) {}

  /** Queues a payload (no-op after the end). */
  push(entity: string, result: ExecutionResult): void {
    if (this.done) return;
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = undefined;
      resolve({ value: result, done: false });
      return;
    }
    const unsent = this.pending.findIndex((item) => item.entity === entity);
    if (unsent >= 0) this.pending.splice(unsent, 1);
    this.pending.push({ entity, result });
  }

  /**
   * Ends the subscription with an error (graphql-ws sends it as an `error` message, keeping
   * `extensions.code`); unsent payloads are dropped.
   */
  fail(error: Error): void {
    if (this.done) return;
    this.pending.length = 0;
    this.failure = error;
    const waiter = this.waiter;
    this.waiter = undefined;
    this.finish();
    waiter?.reject(error);
  }

  /** Ends the subscription from the server side after the queued payloads. */
  end(): void {
    this.finish();
  }

  async next(): Promise<IteratorResult<ExecutionResult, undefined>> {
    const item = this.pending.shift();
    if (item) return { value: item.result, done: false };
    if (this.failure) {
      const failure = this.failure;
      this.failure = undefined;
      throw failure;
    }
    if (this.done) return { value: undefined, done: true };
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  async return(): Promise<IteratorResult<ExecutionResult, undefined>> {
    this.pending.length = 0;
    this.finish();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult, undefined>> {
    await this.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    this.waiter?.resolve({ value: undefined, done: true });
    this.waiter = undefined;
    this.onEnd();
  }
}
