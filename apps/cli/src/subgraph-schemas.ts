import { buildIdentitySchema } from '@sectorwars/identity';
import type { GraphQLSchema } from 'graphql';

/** Schema builder of every subgraph, by name (names match devstack's SUBGRAPHS). No database needed. */
export const SUBGRAPH_SCHEMAS: Record<string, () => Promise<GraphQLSchema>> = {
  identity: buildIdentitySchema,
  // regions
  // nexus
};
