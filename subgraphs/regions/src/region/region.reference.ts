import type { RegionsContext } from '../context';
import type { Region } from './region.types';

/** Federation entity resolver: other subgraphs reference `Region` by `id`. Batched per request. */
export function resolveRegionReference(reference: Pick<Region, 'id'>, ctx: RegionsContext) {
  return ctx.regionLoader.load(reference.id);
}
