import type { RegionRef } from './region.types';

/**
 * Federation entity resolver: a `Region` reference is just its id here (no query: the
 * contributed fields check access and load what they need, batched per request).
 */
export const resolveRegionReference = (reference: { id: string }): RegionRef => ({ id: reference.id });
