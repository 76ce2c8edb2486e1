/**
 * A sleep that can be cut short. A `wake()` that arrives while nobody waits is
 * remembered, so the next `wait()` returns at once: a NOTIFY received while a
 * batch was being processed is never lost.
 */
export class WakeSignal {
  private pending = false;
  private release?: () => void;

  /** Ends the current wait, or the next one if none is under way. */
  wake(): void {
    this.pending = true;
    this.release?.();
  }

  /** Resolves after `timeoutMs`, or as soon as `wake()` is called. */
  wait(timeoutMs: number): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.release = undefined;
        this.pending = false;
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.release = done;
    });
  }
}
