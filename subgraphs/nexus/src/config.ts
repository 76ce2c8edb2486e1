import { portVar, subgraphConfigSchema } from '@sectorwars/platform';
import type { z } from 'zod';

/**
 * Nexus's environment: the common subgraph variables (PORT, DATABASE_URL, JWKS_URL,
 * LOG_LEVEL, KAFKA_BROKERS, EVENTBUS_DATABASE_URL), listening on 4004 by default.
 */
export const nexusConfigSchema = subgraphConfigSchema.extend({ PORT: portVar(4004) });

export type NexusConfig = z.infer<typeof nexusConfigSchema>;
