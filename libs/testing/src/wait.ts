/**
 * Polls `read` every 100 ms until it returns something other than `undefined`.
 * For effects that happen asynchronously (events relayed, jobs finished).
 * @returns the first defined value
 * @throws Error naming `what` after `timeoutMs`
 */
export async function waitFor<T>(what: string, read: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
