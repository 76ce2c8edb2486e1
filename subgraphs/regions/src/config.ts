import { portVar, subgraphConfigSchema } from '@sectorwars/platform';
import { z } from 'zod';

/**
 * The regions subgraph's environment: the common subgraph variables, port 4002 by default,
 * and `REGIONS_COUNT_SQL` (`0` or `1`, default `0`): test instrumentation that adds the SQL
 * statements sent per request to each response as `extensions.sqlStatements`.
 */
export const regionsConfigSchema = subgraphConfigSchema.extend({
  PORT: portVar(4002),
  REGIONS_COUNT_SQL: z.enum(['0', '1'], { message: 'must be 0 or 1' }).default('0'),
});

export type RegionsConfig = z.infer<typeof regionsConfigSchema>;
