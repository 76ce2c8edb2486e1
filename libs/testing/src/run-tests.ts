#!/usr/bin/env node
/**
 * The test runner behind `npm test`: starts the services tests need and runs
 * every compiled test file (`dist/**\/*.test.js`) with Node's test runner.
 *
 * - Postgres: embedded (throwaway, in a temp dir) unless `DATABASE_URL` is set;
 *   each test file creates its own database on it.
 * - Kafka protocol: the librdkafka mock cluster unless `KAFKA_BROKERS` is set.
 *
 * Arguments filter test files by substring: `npm test -- identity`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, startEmbeddedPostgres, startKafkaMock } from '@sectorwars/devstack';
import { ADMIN_URL_VAR } from './database';

/** Compiled test files under `<group>/<package>/dist`. */
function findTestFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.test.js')) found.push(full);
    }
  };
  for (const group of ['libs', 'subgraphs', 'apps']) {
    const groupDir = path.join(root, group);
    for (const pkg of readdirSync(groupDir)) {
      const dist = path.join(groupDir, pkg, 'dist');
      if (statSync(path.join(groupDir, pkg)).isDirectory() && readdirSync(path.join(groupDir, pkg)).includes('dist'))
        walk(dist);
    }
  }
  return found.sort();
}

async function main(): Promise<number> {
  const root = repoRoot();
  const filters = process.argv.slice(2);
  const files = findTestFiles(root).filter((f) => !filters.length || filters.some((x) => f.includes(x)));
  if (!files.length) {
    console.error('No test files found (did the build run?)');
    return 1;
  }
  const env: NodeJS.ProcessEnv = { ...process.env };
  const cleanups: (() => Promise<void>)[] = [];
  try {
    if (!env.DATABASE_URL) {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'sectorwars-test-pg-'));
      const pg = await startEmbeddedPostgres({ dataDir, persistent: false, fast: true });
      cleanups.push(async () => {
        await pg.stop();
        rmSync(dataDir, { recursive: true, force: true });
      });
      env[ADMIN_URL_VAR] = pg.url('postgres');
      console.log(`test Postgres: 127.0.0.1:${pg.port} (embedded)`);
    } else {
      env[ADMIN_URL_VAR] = env.DATABASE_URL;
    }
    if (!env.KAFKA_BROKERS) {
      const kafka = await startKafkaMock({ brokers: 1 });
      cleanups.push(() => kafka.stop());
      env.KAFKA_BROKERS = kafka.brokers;
      console.log(`test Kafka (librdkafka mock cluster): ${kafka.brokers}`);
    }
    const concurrency = Math.max(2, os.availableParallelism());
    const code = await new Promise<number>((resolve) => {
      const child = spawn(
        process.execPath,
        ['--enable-source-maps', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
        { env, stdio: 'inherit' },
      );
      child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    });
    return code;
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(e));
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
