import { portVar, subgraphConfigSchema } from '@sectorwars/platform';
import type { z } from 'zod';

/** The regions subgraph's environment: the common subgraph variables, port 4002 by default. */
export const regionsConfigSchema = subgraphConfigSchema.extend({ PORT: portVar(4002) });

export type RegionsConfig = z.infer<typeof regionsConfigSchema>;
