import path from 'node:path';
import { repoRoot } from './paths';

/** A service of the platform as the local runner starts it. */
export interface ServiceSpec {
  name: string;
  /** Process entry, relative to the repository root. */
  entry: string;
  /** Default port under `npm start`. */
  port: number;
}

/**
 * The subgraphs, in start order (identity first: the others fetch its JWKS).
 * Later issues append regions, governance, nexus, travel, billing.
 */
export const SUBGRAPHS: ServiceSpec[] = [
  { name: 'identity', entry: 'subgraphs/identity/dist/main.js', port: 4001 },
  { name: 'regions', entry: 'subgraphs/regions/dist/main.js', port: 4002 },
  { name: 'governance', entry: 'subgraphs/governance/dist/main.js', port: 4003 },
  { name: 'nexus', entry: 'subgraphs/nexus/dist/main.js', port: 4004 },
];

/** The gateway. */
export const GATEWAY: ServiceSpec = { name: 'gateway', entry: 'apps/gateway/dist/main.js', port: 4000 };

/** Absolute path of a service's entry script. */
export const entryPath = (spec: ServiceSpec) => path.join(repoRoot(), spec.entry);

/** `SUBGRAPH_<NAME>_URL`: the variable that points the gateway at a subgraph. */
export const subgraphUrlVar = (name: string) => `SUBGRAPH_${name.toUpperCase()}_URL`;
