import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSchema } from '@apollo/subgraph';
import { repoRoot, SUBGRAPHS } from '@sectorwars/devstack';
import { parse } from 'graphql';
import { SUBGRAPH_SCHEMAS } from './subgraph-schemas';

/** Printed subgraph SDLs and the composed supergraph, keyed by the file they belong in (relative to the repo root). */
export type ComposedFiles = Map<string, string>;

/**
 * Prints each subgraph's SDL and composes the supergraph with
 * `@apollo/composition`. Subgraph URLs are the `npm start` defaults; the
 * gateway overrides them with `SUBGRAPH_<NAME>_URL`.
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
  return files;
}

/** Writes the composed files under the repository root. */
export function writeComposed(files: ComposedFiles): string[] {
  const root = repoRoot();
  for (const [file, content] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return [...files.keys()];
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
