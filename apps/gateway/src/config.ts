import path from 'node:path';
import { logLevelVar, portVar } from '@sectorwars/platform';
import { z } from 'zod';

/** Gateway environment. `SUBGRAPH_<NAME>_URL` variables (read separately) override subgraph URLs. */
export const gatewayConfigSchema = z.object({
  PORT: portVar(4000),
  LOG_LEVEL: logLevelVar,
  SUPERGRAPH_PATH: z
    .string()
    .default(path.resolve(__dirname, '../../../schema/supergraph.graphql'))
    .describe('path of the composed supergraph SDL'),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** Subgraph URL overrides from `SUBGRAPH_<NAME>_URL` (e.g. tests on free ports). */
export function subgraphUrlOverrides(env: Record<string, string | undefined>): Map<string, string> {
  const overrides = new Map<string, string>();
  for (const [key, value] of Object.entries(env)) {
    const match = /^SUBGRAPH_([A-Z0-9_]+)_URL$/.exec(key);
    if (match && value) overrides.set(match[1].toLowerCase(), value);
  }
  return overrides;
}
