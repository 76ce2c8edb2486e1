import type { IdentityContext } from '../context';
import type { Player } from './player.entity';

/** Federation entity resolver: other subgraphs reference `Player` by `id`. Batched per request. */
export function resolvePlayerReference(reference: Pick<Player, 'id'>, ctx: IdentityContext) {
  return ctx.playerLoader.load(reference.id);
}
