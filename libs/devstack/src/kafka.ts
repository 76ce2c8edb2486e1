import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from './paths';

/** A running librdkafka mock cluster. */
export interface RunningKafkaMock {
  /** Bootstrap list, e.g. `127.0.0.1:40123`: the value for `KAFKA_BROKERS`. */
  brokers: string;
  stop(): Promise<void>;
}

/**
 * Compiles `infra/kafka/mock-cluster.c` against Debian's librdkafka-dev when
 * the binary is missing or older than its source.
 * @throws Error explaining how to install librdkafka-dev when it is missing
 */
export function buildKafkaMock(): string {
  const dir = path.join(repoRoot(), 'infra', 'kafka');
  const source = path.join(dir, 'mock-cluster.c');
  const binary = path.join(dir, 'kafka-mock');
  if (existsSync(binary) && statSync(binary).mtimeMs >= statSync(source).mtimeMs) return binary;
  const flags = rdkafkaFlags() ?? (installRdkafka() ? rdkafkaFlags() : null);
  if (!flags) {
    throw new Error(
      'librdkafka-dev is not installed (needed for the Kafka mock cluster): apt-get install -y librdkafka-dev',
    );
  }
  execFileSync('gcc', ['-O2', '-o', binary, source, ...flags, '-lpthread'], { stdio: 'inherit' });
  return binary;
}

/**
 * Starts the mock cluster with `brokers` brokers and pre-created `topics`
 * (`name:partitions`), and resolves once it printed its bootstrap list.
 */
export async function startKafkaMock(options: { brokers?: number; topics?: string[] } = {}): Promise<RunningKafkaMock> {
  const binary = buildKafkaMock();
  const child: ChildProcess = spawn(binary, [String(options.brokers ?? 1), ...(options.topics ?? [])], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const brokers = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const match = /^BOOTSTRAP (\S+)/.exec(line);
      if (match) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`kafka mock exited early (code ${code})`)));
    child.once('error', reject);
  });
  return {
    brokers,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function rdkafkaFlags(): string[] | null {
  try {
    return execFileSync('pkg-config', ['--cflags', '--libs', 'rdkafka'], { encoding: 'utf8' }).trim().split(/\s+/);
  } catch {
    return null;
  }
}

/**
 * On a fresh Debian machine as root (CI, a new developer box), installs
 * librdkafka-dev so that `npm ci && npm test` works with nothing installed
 * beforehand. Elsewhere it does nothing and the caller explains what to install.
 */
function installRdkafka(): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  process.stderr.write('librdkafka-dev is missing: installing it with apt-get (once)…\n');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'librdkafka-dev', 'pkg-config'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}
