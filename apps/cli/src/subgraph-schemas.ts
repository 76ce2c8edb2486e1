import { buildGovernanceSchema } from '@sectorwars/governance';
import { buildIdentitySchema } from '@sectorwars/identity';
import { buildNexusSchema } from '@sectorwars/nexus';
import { buildRegionsSchema } from '@sectorwars/regions';
import type { GraphQLSchema } from 'graphql';

/** Schema builder of every subgraph, by name (names match devstack's SUBGRAPHS). No database needed. */
export const SUBGRAPH_SCHEMAS: Record<string, () => Promise<GraphQLSchema>> = {
  identity: buildIdentitySchema,
  regions: buildRegionsSchema,
  governance: buildGovernanceSchema,
  nexus: buildNexusSchema,
};
