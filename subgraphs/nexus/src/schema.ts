import { createDeadLetterResolver } from '@sectorwars/events';
import { buildFederatedSchema } from '@sectorwars/platform';
import { NexusResolver } from './galaxy/nexus.resolver';
import { GateResolver } from './gate/gate.resolver';
import { GenerationResolver } from './generation/generation.resolver';

/** The nexus subgraph schema (Federation 2). Needs no database: `npm run compose` prints it. */
export function buildNexusSchema() {
  return buildFederatedSchema({
    resolvers: [NexusResolver, GenerationResolver, GateResolver, createDeadLetterResolver('nexus')],
  });
}
