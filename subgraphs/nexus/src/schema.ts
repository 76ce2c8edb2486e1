import { createDeadLetterResolver } from '@sectorwars/events';
import { buildFederatedSchema } from '@sectorwars/platform';
import type { PubSub } from 'type-graphql';
import { NexusAuditResolver } from './audit/audit.resolver';
import { NexusResolver } from './galaxy/nexus.resolver';
import { GateResolver } from './gate/gate.resolver';
import { GenerationResolver } from './generation/generation.resolver';

/**
 * type-graphql insists on a pubSub once any `@Subscription` exists, even one with its own
 * `subscribe`. Subscriptions are served by the gateway from the event bus, so nothing is
 * ever published or subscribed here.
 */
const gatewayServedPubSub: PubSub = {
  publish: () => {
    throw new Error('nexus publishes subscription updates as events (outbox), not through a pubSub');
  },
  subscribe: () => {
    throw new Error('subscriptions are served by the gateway over graphql-ws');
  },
};

/** The nexus subgraph schema (Federation 2). Needs no database: `npm run compose` prints it. */
export function buildNexusSchema() {
  return buildFederatedSchema({
    resolvers: [NexusResolver, GenerationResolver, GateResolver, NexusAuditResolver, createDeadLetterResolver('nexus')],
    pubSub: gatewayServedPubSub,
  });
}
