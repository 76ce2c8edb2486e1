import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { repoRoot, SUBGRAPHS } from '@sectorwars/devstack';
import { parse, printSchema } from 'graphql';
import { SUBGRAPH_SCHEMAS } from './subgraph-schemas';

/** Printed subgraph SDLs and the composed supergraph, keyed by the file they belong in (relative to the repo root). */
export type ComposedFiles = Map<string, string>;

/**
 * Prints each subgraph's SDL and composes the supergraph with
 * `@apollo/composition`. Subgraph URLs are the `npm start` defaults; the
 * gateway overrides them with `SUBGRAPH_<NAME>_URL`. Also prints the API schema
 * (`schema/api.graphql`: what clients see, without `join__`/`link__` machinery),
 * which the web apps' code generators read.
 *
 * @throws Error listing every composition error
 */
export async function composeSupergraph(): Promise<ComposedFiles> {
  const files: ComposedFiles = new Map();
  const services = [];
  for (const spec of SUBGRAPHS) {
    const build = SUBGRAPH_SCHEMAS[spec.name];
    if (!build) throw new Error(`no schema builder registered for subgraph ${spec.name}`);
    const sdl = printSubgraphSchema(await build());
    files.set(`schema/subgraphs/${spec.name}.graphql`, `${sdl.trim()}\n`);
    services.push({ name: spec.name, url: `http://localhost:${spec.port}/graphql`, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`);
  }
  files.set('schema/supergraph.graphql', `${result.supergraphSdl.trim()}\n`);
  // graphql-js's printer, not federation's: codegen and other GraphQL tools read it as plain SDL.
  files.set('schema/api.graphql', `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`);
  return files;
}

/** Folder of the governor console, whose typed documents are generated from `schema/api.graphql`. */
const CONSOLE_DIR = 'apps/governor-console';

/**
 * Runs the console's GraphQL code generator (`graphql-codegen`, client preset).
 * @param check only report whether the committed generated files are current
 * @returns the exit status and output of the generator (status 0: written, or current with `check`)
 */
export function generateConsoleTypes(check = false): { status: number; output: string } {
  const cwd = path.join(repoRoot(), CONSOLE_DIR);
  // Resolved from the console: @graphql-codegen/cli is its dev dependency, not the CLI's.
  const bin = path.join(
    path.dirname(require.resolve('@graphql-codegen/cli/package.json', { paths: [cwd] })),
    'cjs',
    'bin.js',
  );
  const run = spawnSync(process.execPath, [bin, '--config', 'codegen.ts', ...(check ? ['--check'] : [])], {
    cwd,
    encoding: 'utf8',
  });
  return { status: run.status ?? 1, output: `${run.stdout ?? ''}${run.stderr ?? ''}` };
}

/**
 * Writes the composed files under the repository root, then regenerates the
 * console's typed documents from the new `schema/api.graphql` (so one
 * `npm run compose` leaves nothing stale).
 * @throws Error with the generator's output when code generation fails
 */
export function writeComposed(files: ComposedFiles): string[] {
  const root = repoRoot();
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  const written = [...files.keys()];
  if (existsSync(path.join(root, CONSOLE_DIR, 'codegen.ts'))) {
    const codegen = generateConsoleTypes();
    if (codegen.status !== 0) throw new Error(`governor console codegen failed:\n${codegen.output}`);
    written.push(`${CONSOLE_DIR}/src/gql/`);
  }
  return written;
}

/** @returns the committed files that differ from a fresh composition (missing counts as stale) */
export function staleFiles(files: ComposedFiles): string[] {
  const root = repoRoot();
  return [...files]
    .filter(([file, content]) => {
      const full = path.join(root, file);
      return !existsSync(full) || readFileSync(full, 'utf8') !== content;
    })
    .map(([file]) => file);
}
