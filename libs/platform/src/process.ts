import { ConfigError } from './config';

/**
 * Runs a service as a process: starts it, stops it cleanly on SIGTERM/SIGINT,
 * and exits non-zero with a readable message when it cannot start (bad
 * configuration names the variable and the expected form).
 *
 * @param name service name for messages
 * @param start starts the service and returns something that can stop it
 */
export function runService(name: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  let stopping = false;
  start().then(
    (running) => {
      const shutdown = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        process.stderr.write(`${name}: ${signal} received, stopping\n`);
        const timer = setTimeout(() => process.exit(1), 10_000);
        timer.unref();
        await running.stop();
        process.exit(0);
      };
      process.on('SIGTERM', () => void shutdown('SIGTERM'));
      process.on('SIGINT', () => void shutdown('SIGINT'));
    },
    (error: unknown) => {
      if (error instanceof ConfigError) {
        process.stderr.write(`${name}: ${error.message}\n`);
      } else {
        process.stderr.write(`${name}: failed to start: ${(error as Error).stack ?? String(error)}\n`);
      }
      process.exit(1);
    },
  );
}
