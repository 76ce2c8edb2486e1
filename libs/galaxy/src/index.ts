/**
 * @sectorwars/galaxy — the sector-graph generator (issue 4). Pure functions, no I/O:
 * the same seed gives the same galaxy, byte for byte.
 *
 * - `generateNexus(seed)`: the Central Nexus, 5,000 sectors in the 10 districts of ARCHITECTURE.md.
 * - `generateRegion(seed, { scope })`: a region's 500 sectors (federation / border / frontier).
 * - `regenerateDistrict(galaxy, district, { seed, preserve })`: one district anew, keeping
 *   chosen sectors (same number, id and attributes) and every other district untouched.
 * - `sectorId(scope, seed, number)`: the stable v5 UUID of a sector.
 */
export * from './check';
export * from './generate';
export { SECTOR_ID_NAMESPACE, sectorId, uuidV5 } from './ids';
export { createRng, hashString, type Rng } from './rng';
export * from './zones';
