/** The console's production server (`next start`), started by tests against a test stack's gateway. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '@sectorwars/devstack';

/** Folder of the console package (compiled tests run from its dist/test/). */
export const CONSOLE_DIR = path.join(__dirname, '..', '..');

/** A running console server. */
export interface ConsoleServer {
  /** e.g. http://127.0.0.1:43123 */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the production build (`.next/`, made by the package's `build`) on a free port.
 * @param gatewayUrl the gateway's `/graphql` the console talks to
 * @throws Error when there is no build or the server does not answer within 30 s
 */
export async function startConsole(gatewayUrl: string): Promise<ConsoleServer> {
  if (!existsSync(path.join(CONSOLE_DIR, '.next', 'BUILD_ID'))) {
    throw new Error('No production build of the console: run `npm run build` first.');
  }
  const port = await freePort();
  // The same entry `npm start` runs.
  const child: ChildProcess = spawn(process.execPath, [path.join(CONSOLE_DIR, 'dist', 'server', 'main.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', GATEWAY_URL: gatewayUrl, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`console server exited:\n${output}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`console server not ready after 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
