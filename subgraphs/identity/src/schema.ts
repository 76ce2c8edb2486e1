import { createDeadLetterResolver } from '@sectorwars/events';
import { buildFederatedSchema } from '@sectorwars/platform';
import { ApiKeyResolver } from './api-key/api-key.resolver';
import { Player } from './player/player.entity';
import { resolvePlayerReference } from './player/player.reference';
import { PlayerResolver } from './player/player.resolver';
import { SessionResolver } from './session/session.resolver';

/** The identity subgraph schema (Federation 2). Needs no database: `npm run compose` prints it. */
export function buildIdentitySchema() {
  return buildFederatedSchema(
    {
      resolvers: [PlayerResolver, SessionResolver, ApiKeyResolver, createDeadLetterResolver('identity')],
      orphanedTypes: [Player],
    },
    { Player: { __resolveReference: resolvePlayerReference } },
  );
}
