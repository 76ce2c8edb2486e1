import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import {
  entryPath,
  freePort,
  GATEWAY,
  generateSigningKeyPem,
  repoRoot,
  ServiceProcess,
  type ServiceSpec,
  SUBGRAPHS,
  subgraphUrlVar,
} from '@sectorwars/devstack';
import { parse } from 'graphql';
import { GraphQLClient } from './client';
import { createTestDatabase, type TestDatabase } from './database';

/** A platform started for one test file: real processes on free ports, a fresh database. */
export interface TestStack {
  /** Gateway `/graphql` URL. */
  gatewayUrl: string;
  /** A client for the gateway. */
  gateway: GraphQLClient;
  /** Base URL (no path) of each started subgraph, by name. */
  subgraphUrls: Record<string, string>;
  /** Base URL of the gateway (no path). */
  gatewayBaseUrl: string;
  /** The access-token signing key identity runs with (tests can mint their own tokens with it). */
  signingKeyPem: string;
  database: TestDatabase;
  /** Stops every process and drops the database. */
  stop(): Promise<void>;
}

/** Options of {@link startStack}. */
export interface StackOptions {
  /** Subgraphs to start (identity is always started first); all by default. */
  subgraphs?: string[];
  /** Extra environment for every service. */
  env?: Record<string, string>;
}

/**
 * Starts the subgraphs and the gateway as child processes, exactly as
 * `npm start` does, but on free ports against a fresh database. Needs a built
 * tree (`npm test` builds first).
 */
export async function startStack(options: StackOptions = {}): Promise<TestStack> {
  const wanted = new Set(['identity', ...(options.subgraphs ?? SUBGRAPHS.map((s) => s.name))]);
  const specs = SUBGRAPHS.filter((s) => wanted.has(s.name));
  const database = await createTestDatabase();
  const signingKeyPem = generateSigningKeyPem();
  const processes: ServiceProcess[] = [];
  const subgraphUrls: Record<string, string> = {};

  const launch = async (spec: ServiceSpec, env: Record<string, string>) => {
    const port = await freePort();
    const child = new ServiceProcess({
      name: spec.name,
      entry: entryPath(spec),
      // Services use the embedded default (the Postgres event bus) unless a test asks for Kafka.
      env: { LOG_LEVEL: 'warn', KAFKA_BROKERS: '', ...env, ...options.env, PORT: String(port) },
      // STACK_LOGS=1 echoes every service's log lines (debugging a failing test).
      onLine: process.env.STACK_LOGS ? (line) => process.stderr.write(`[${spec.name}] ${line}\n`) : undefined,
      onCrash: (code, signal, lines) =>
        process.stderr.write(`[test stack] ${spec.name} died (${signal ?? code}):\n${lines.join('\n')}\n`),
    });
    processes.push(child);
    child.start();
    await child.waitReady(`http://127.0.0.1:${port}/ready`, 30_000);
    return `http://127.0.0.1:${port}`;
  };

  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop(5000)));
    await database.drop();
  };

  try {
    for (const spec of specs) {
      const env: Record<string, string> = { DATABASE_URL: database.url };
      if (spec.name === 'identity') env.JWT_PRIVATE_KEY = signingKeyPem;
      else env.JWKS_URL = `${subgraphUrls.identity}/.well-known/jwks.json`;
      subgraphUrls[spec.name] = await launch(spec, env);
    }
    const gatewayEnv: Record<string, string> = {
      ...Object.fromEntries(specs.map((s) => [subgraphUrlVar(s.name), `${subgraphUrls[s.name]}/graphql`])),
      // The gateway plans over (and waits for) exactly the subgraphs started here.
      SUPERGRAPH_PATH: composeSubset(specs.map((s) => s.name)),
      // The event bus its subscriptions tail (the Postgres bus of the stack's database).
      DATABASE_URL: database.url,
    };
    const gatewayBaseUrl = await launch(GATEWAY, gatewayEnv);
    const gatewayUrl = `${gatewayBaseUrl}/graphql`;
    return {
      gatewayUrl,
      gatewayBaseUrl,
      gateway: new GraphQLClient(gatewayUrl),
      subgraphUrls,
      signingKeyPem,
      database,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Composes a supergraph of just `names` from the committed `schema/subgraphs/<name>.graphql`
 * (so a test starting only some subgraphs gets a gateway that plans over those only).
 * @returns the path of the composed file (in a temp folder)
 * @throws Error when the subset does not compose
 */
export function composeSubset(names: string[]): string {
  const root = repoRoot();
  const result = composeServices(
    names.map((name) => ({
      name,
      url: `http://localhost/${name}/graphql`,
      typeDefs: parse(readFileSync(path.join(root, 'schema', 'subgraphs', `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors)
    throw new Error(`subset ${names.join('+')} does not compose: ${result.errors.map((e) => e.message).join('; ')}`);
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sectorwars-supergraph-')), 'supergraph.graphql');
  writeFileSync(file, result.supergraphSdl);
  return file;
}
