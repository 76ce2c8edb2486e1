/**
 * Helpers of the galaxy tests, written independently of `check.ts` so that the tests do not
 * trust the code they test. Not exported from the package.
 */
import fc from 'fast-check';
import type { Galaxy } from './generate';
import { TRAFFIC_LEVELS, type ZoneSpec } from './zones';

/** Number of warps of each sector, indexed by sector number (index 0 unused). */
export function degrees(galaxy: Galaxy): number[] {
  const d = new Array<number>(galaxy.sectors.length + 1).fill(0);
  for (const w of galaxy.warps) {
    d[w.from]++;
    d[w.to]++;
  }
  return d;
}

/** Sectors reachable from sector 1 by breadth-first search over the warps. */
export function reachableFromFirst(galaxy: Galaxy): number {
  const count = galaxy.sectors.length;
  const next: number[][] = Array.from({ length: count + 1 }, () => []);
  for (const w of galaxy.warps) {
    next[w.from].push(w.to);
    next[w.to].push(w.from);
  }
  const seen = new Set<number>([1]);
  const queue = [1];
  while (queue.length) {
    const n = queue.shift() as number;
    for (const m of next[n])
      if (!seen.has(m)) {
        seen.add(m);
        queue.push(m);
      }
  }
  return seen.size;
}

/** Warps well-formed: from < to, in range, no duplicates. Returns the first fault or undefined. */
export function warpFault(galaxy: Galaxy): string | undefined {
  const seen = new Set<string>();
  for (const { from, to } of galaxy.warps) {
    if (!(from >= 1 && from < to && to <= galaxy.sectors.length)) return `bad warp ${from}-${to}`;
    if (seen.has(`${from}-${to}`)) return `duplicate warp ${from}-${to}`;
    seen.add(`${from}-${to}`);
  }
  return undefined;
}

/** Mean warps per sector over the sectors of a zone. */
export function meanDegree(galaxy: Galaxy, type: string): number {
  const d = degrees(galaxy);
  const sectors = galaxy.sectors.filter((s) => s.district === type);
  return sectors.reduce((sum, s) => sum + d[s.number], 0) / sectors.length;
}

const REGION_TYPES = ['federation', 'border', 'frontier'] as const;

/** Valid warp settings: 1 ≤ min < max, max ≥ 3, any positive base warps, any cross-link rate. */
export const settingsArb = fc
  .record({
    minWarps: fc.integer({ min: 1, max: 4 }),
    extra: fc.integer({ min: 1, max: 4 }),
    baseWarps: fc.double({ min: 0.5, max: 8, noNaN: true }),
    crossLinkRate: fc.double({ min: 0, max: 0.25, noNaN: true }),
  })
  .map(({ minWarps, extra, baseWarps, crossLinkRate }) => ({
    minWarps,
    maxWarps: Math.max(3, minWarps + extra),
    baseWarps,
    crossLinkRate,
  }));

/**
 * A random layout of 1–3 zones (the region zone types) with sizes from `maxWarps + 1` up to
 * 150 and random levels and densities, tiling 1…N.
 */
export function layoutArb(maxWarps: number): fc.Arbitrary<ZoneSpec[]> {
  const zone = fc.record({
    size: fc.integer({ min: maxWarps + 1, max: 150 }),
    securityLevel: fc.integer({ min: 1, max: 10 }),
    developmentLevel: fc.integer({ min: 1, max: 10 }),
    traffic: fc.constantFrom(...TRAFFIC_LEVELS),
    portDensity: fc.double({ min: 0, max: 2, noNaN: true }),
    planetDensity: fc.double({ min: 0, max: 2, noNaN: true }),
    warpDensity: fc.double({ min: 0.2, max: 3, noNaN: true }),
    hazardChance: fc.double({ min: 0, max: 1, noNaN: true }),
  });
  return fc.array(zone, { minLength: 1, maxLength: 3 }).map((zones) => {
    let next = 1;
    return zones.map(({ size, ...z }, i) => {
      const spec: ZoneSpec = {
        ...z,
        type: REGION_TYPES[i],
        name: REGION_TYPES[i],
        sectorRange: [next, next + size - 1],
        characteristics: 'test zone',
      };
      next += size;
      return spec;
    });
  });
}
