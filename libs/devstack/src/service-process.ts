import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

/** How to run one service as its own process. */
export interface ServiceProcessOptions {
  name: string;
  /** Script run with `node`, absolute path. */
  entry: string;
  env: Record<string, string>;
  /** Append the process's output to this file. */
  logFile?: string;
  /** Called for every output line (stdout and stderr). */
  onLine?: (line: string) => void;
  /** Rewrites a line before it is kept or written to the log file (e.g. to hide a secret shown once). */
  redact?: (line: string) => string;
  /** Called when the process exits without having been asked to stop. */
  onCrash?: (code: number | null, signal: NodeJS.Signals | null, lastLines: string[]) => void;
}

const KEPT_LINES = 40;

/**
 * One supervised child process: output kept (last lines in memory, all in a
 * log file), readiness polled over HTTP, stop by SIGTERM then SIGKILL.
 */
export class ServiceProcess {
  private child?: ChildProcess;
  private stopping = false;
  private log?: WriteStream;
  readonly lastLines: string[] = [];

  constructor(private readonly options: ServiceProcessOptions) {}

  get name() {
    return this.options.name;
  }

  get pid() {
    return this.child?.pid;
  }

  /** Spawns the process. */
  start(): void {
    const { options } = this;
    if (options.logFile) {
      mkdirSync(path.dirname(options.logFile), { recursive: true });
      this.log = createWriteStream(options.logFile, { flags: 'a' });
    }
    const env = { ...process.env, ...options.env };
    // SECTORWARS_NODE_ARGS: extra Node flags for every service, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
    // (profiling a benchmark; Node refuses --cpu-prof in NODE_OPTIONS).
    const extraArgs = env.SECTORWARS_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, ['--enable-source-maps', ...extraArgs, options.entry], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    for (const stream of [child.stdout!, child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => {
        options.onLine?.(line);
        const kept = options.redact ? options.redact(line) : line;
        this.lastLines.push(kept);
        if (this.lastLines.length > KEPT_LINES) this.lastLines.shift();
        this.log?.write(`${kept}\n`);
      });
    }
    child.once('exit', (code, signal) => {
      this.log?.end();
      if (!this.stopping) options.onCrash?.(code, signal, [...this.lastLines]);
    });
  }

  /**
   * Polls `url` until it answers 200.
   * @throws Error with the last output lines when the process exits or `timeoutMs` passes first
   */
  async waitReady(url: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.child?.exitCode !== null || this.child.signalCode !== null) {
        throw new Error(`${this.name} exited before it was ready:\n${this.lastLines.join('\n')}`);
      }
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 150));
    }
    throw new Error(`${this.name} not ready at ${url} after ${timeoutMs} ms:\n${this.lastLines.join('\n')}`);
  }

  /** SIGTERM, then SIGKILL after `graceMs`. */
  async stop(graceMs = 10_000): Promise<void> {
    const child = this.child;
    this.stopping = true;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  }
}
