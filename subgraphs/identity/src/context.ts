import type { DeadLetterStore } from '@sectorwars/events';
import type { RequestContext } from '@sectorwars/platform';
import DataLoader from 'dataloader';
import type { ApiKeyService } from './api-key/api-key.service';
import type { Player } from './player/player.entity';
import type { PlayerService } from './player/player.service';
import type { SessionService } from './session/session.service';

/** Identity's business services, created once per process. */
export interface IdentityServices {
  deadLetters: DeadLetterStore;
  players: PlayerService;
  sessions: SessionService;
  apiKeys: ApiKeyService;
}

/** Resolver context of the identity subgraph. */
export interface IdentityContext extends RequestContext {
  services: IdentityServices;
  /** The admin dead-letter resolver reads it here. */
  deadLetters: DeadLetterStore;
  /** Batches `Player` lookups (entity references from other subgraphs) within one request. */
  playerLoader: DataLoader<string, Player | null>;
}

/** Adds identity's services and request-scoped DataLoaders to the base context. */
export const identityContext =
  (services: IdentityServices) =>
  (base: RequestContext): IdentityContext => ({
    ...base,
    services,
    deadLetters: services.deadLetters,
    playerLoader: new DataLoader((ids: readonly string[]) => services.players.findByIds(ids)),
  });
