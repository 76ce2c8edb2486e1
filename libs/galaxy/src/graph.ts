/**
 * The warp graph: how sectors get linked. Internal to the package; `generate.ts` drives it.
 *
 * Sectors are the integers 1…N. `degree[n]` is the current number of warps of sector n and is
 * updated in place as warps are added, so the zone builders see warps made before them (the
 * links between zones, or kept warps when one zone is regenerated).
 *
 * Why connectivity holds: the links between zones form a chain through all zones (plus extra
 * random links), and each zone's own warps contain a spanning tree of the zone. A chain of
 * connected zones is connected. When one zone is regenerated, every old path through it can be
 * rerouted through its new spanning tree, so the whole galaxy stays connected as long as the
 * rest of the galaxy keeps its warps, which `regenerateDistrict` guarantees.
 */
import type { Rng } from './rng';
import type { ZoneSpec } from './zones';

/** Degree bounds and densities of the warp graph (see `WarpSettings` in generate.ts). */
export interface GraphSettings {
  minWarps: number;
  maxWarps: number;
  baseWarps: number;
  crossLinkRate: number;
}

/** Largest sector number the edge keys can hold (2^22 − 1, far above the 5,000 of the Nexus). */
export const MAX_SECTORS = 4194303;
const KEY_BASE = 4194304;

/** A warp as one number: `from * 2^22 + to` with from < to (exact in a double). */
export function edgeKey(a: number, b: number): number {
  return a < b ? a * KEY_BASE + b : b * KEY_BASE + a;
}

/** The endpoints of an {@link edgeKey}, smaller first. */
export function keyEnds(key: number): [number, number] {
  const from = Math.floor(key / KEY_BASE);
  return [from, key - from * KEY_BASE];
}

/** Error thrown when degree bounds cannot be met for the zone or layout given. */
export class GalaxyGenerationError extends Error {
  override name = 'GalaxyGenerationError';
}

/**
 * Links between zones, drawn before any zone's own warps. One warp joins each pair of
 * consecutive zones (the chain that guarantees connectivity), more consecutive-pair warps and
 * random extra warps between any two zones follow at `crossLinkRate` per sector. A sector gets
 * at most one such link, so its own zone keeps `maxWarps − 1 ≥ 2` free warp slots for its tree.
 * Extra links pick zones in proportion to size × warp density: transit hubs attract them.
 * @returns edge keys; `degree` is updated.
 */
export function linkZones(zones: readonly ZoneSpec[], settings: GraphSettings, degree: Int32Array, rng: Rng): number[] {
  const used = new Uint8Array(degree.length);
  const edges: number[] = [];
  // A free sector of a zone: random probes first (zones are large, links few), then a scan
  // from a random start so that a nearly full zone is still handled deterministically.
  const pick = (zone: ZoneSpec): number | undefined => {
    const [first, last] = zone.sectorRange;
    const size = last - first + 1;
    for (let i = 0; i < 8; i++) {
      const n = first + rng.int(size);
      if (!used[n]) return n;
    }
    const start = rng.int(size);
    for (let i = 0; i < size; i++) {
      const n = first + ((start + i) % size);
      if (!used[n]) return n;
    }
    return undefined;
  };
  const link = (a: ZoneSpec, b: ZoneSpec): boolean => {
    const x = pick(a);
    const y = x === undefined ? undefined : pick(b);
    if (x === undefined || y === undefined) return false;
    used[x] = 1;
    used[y] = 1;
    degree[x]++;
    degree[y]++;
    edges.push(edgeKey(x, y));
    return true;
  };
  const size = (z: ZoneSpec) => z.sectorRange[1] - z.sectorRange[0] + 1;
  // The mandatory chain first: each zone has ≥ 2 sectors, so these never run out.
  for (let i = 0; i + 1 < zones.length; i++)
    if (!link(zones[i], zones[i + 1]))
      throw new GalaxyGenerationError(`no free sector to link ${zones[i].type} to ${zones[i + 1].type}`);
  for (let i = 0; i + 1 < zones.length; i++) {
    const more = Math.round((settings.crossLinkRate * (size(zones[i]) + size(zones[i + 1]))) / 2) - 1;
    for (let k = 0; k < more; k++) link(zones[i], zones[i + 1]);
  }
  if (zones.length > 1) {
    const weights = zones.map((z) => size(z) * z.warpDensity);
    const total = weights.reduce((s, w) => s + w, 0);
    const draw = (): number => {
      let r = rng.next() * total;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0) return i;
      }
      return weights.length - 1;
    };
    const sectors = zones.reduce((s, z) => s + size(z), 0);
    const extra = Math.round(settings.crossLinkRate * sectors);
    for (let k = 0; k < extra; k++) {
      const a = draw();
      let b = draw();
      // Redraw a few times for a different zone; with one huge zone, give up on this link.
      for (let t = 0; b === a && t < 8; t++) b = draw();
      if (b !== a) link(zones[a], zones[b]);
    }
  }
  return edges;
}

/**
 * The warps inside one zone, given the warps its sectors already have (`degree`):
 *
 * 1. a random spanning tree of the zone (random recursive tree: each sector, in shuffled order,
 *    attaches to a random earlier sector that still has a free slot), so the zone is connected;
 * 2. extra warps towards a per-sector target of `baseWarps × warpDensity ± 1` (clamped to the
 *    bounds), by pairing the missing warp "stubs" at random and skipping loops and duplicates;
 * 3. repairs for sectors still below `minWarps` (tree leaves, unlucky stubs): a warp to a random
 *    sector with a free slot, or, when none is free, splitting a warp a–b into v–a and v–b,
 *    which keeps a's and b's degrees and keeps a and b connected through v.
 *
 * Every step respects `maxWarps`. Runs in O(zone size + warps) expected time.
 * @returns edge keys of the new warps; `degree` is updated.
 * @throws GalaxyGenerationError when a sector already has `maxWarps` warps to other zones, or
 * when the bounds cannot be met.
 */
export function linkZone(zone: ZoneSpec, settings: GraphSettings, degree: Int32Array, rng: Rng): number[] {
  const { minWarps, maxWarps } = settings;
  const [first, last] = zone.sectorRange;
  const size = last - first + 1;
  const keys = new Set<number>();
  const edges: number[] = [];
  const add = (a: number, b: number) => {
    const key = edgeKey(a, b);
    keys.add(key);
    edges.push(key);
    degree[a]++;
    degree[b]++;
  };
  const adjacent = (a: number, b: number) => keys.has(edgeKey(a, b));

  // 1. Spanning tree. Sectors with a single free slot can only be leaves, so they attach last;
  // every other sector leaves at least one slot open for the next, so `open` never runs dry
  // before them.
  const order: number[] = [];
  for (let n = first; n <= last; n++) {
    if (maxWarps - degree[n] < 1 && size > 1)
      throw new GalaxyGenerationError(
        `sector ${n} already has ${degree[n]} warps to other zones: no slot left to join zone ${zone.type}`,
      );
    order.push(n);
  }
  rng.shuffle(order);
  const roomy = order.filter((n) => maxWarps - degree[n] >= 2);
  const tight = order.filter((n) => maxWarps - degree[n] < 2);
  const ordered = roomy.concat(tight);
  const open: number[] = [ordered[0]];
  for (let i = 1; i < ordered.length; i++) {
    const n = ordered[i];
    if (!open.length) throw new GalaxyGenerationError(`zone ${zone.type}: too few free warp slots for a spanning tree`);
    const at = rng.int(open.length);
    const parent = open[at];
    add(n, parent);
    if (degree[parent] >= maxWarps) {
      open[at] = open[open.length - 1];
      open.pop();
    }
    if (degree[n] < maxWarps) open.push(n);
  }

  // 2. Extra warps towards the targets.
  const mean = settings.baseWarps * zone.warpDensity;
  let stubs: number[] = [];
  for (let n = first; n <= last; n++) {
    const target = Math.min(maxWarps, Math.max(minWarps, Math.round(mean + rng.next() * 2 - 1)));
    for (let k = degree[n]; k < target; k++) stubs.push(n);
  }
  for (let pass = 0; pass < 3 && stubs.length > 1; pass++) {
    rng.shuffle(stubs);
    const left: number[] = [];
    for (let i = 0; i + 1 < stubs.length; i += 2) {
      const a = stubs[i];
      const b = stubs[i + 1];
      if (a === b || degree[a] >= maxWarps || degree[b] >= maxWarps || adjacent(a, b)) left.push(a, b);
      else add(a, b);
    }
    if (stubs.length % 2) left.push(stubs[stubs.length - 1]);
    stubs = left;
  }

  // 3. Repairs up to the minimum.
  for (let v = first; v <= last; v++) {
    while (degree[v] < minWarps) {
      if (!connectToFree(v) && !splitInto(v))
        throw new GalaxyGenerationError(
          `zone ${zone.type}: cannot give sector ${v} ${minWarps} warps within a maximum of ${maxWarps}`,
        );
    }
  }
  return edges;

  function connectToFree(v: number): boolean {
    const free = (u: number) => u !== v && degree[u] < maxWarps && !adjacent(u, v);
    for (let t = 0; t < 16; t++) {
      const u = first + rng.int(size);
      if (free(u)) {
        add(u, v);
        return true;
      }
    }
    const start = rng.int(size);
    for (let i = 0; i < size; i++) {
      const u = first + ((start + i) % size);
      if (free(u)) {
        add(u, v);
        return true;
      }
    }
    return false;
  }

  function splitInto(v: number): boolean {
    if (degree[v] + 2 > maxWarps || !edges.length) return false;
    const usable = (key: number) => {
      const [a, b] = keyEnds(key);
      return a !== v && b !== v && !adjacent(a, v) && !adjacent(b, v);
    };
    let at = -1;
    for (let t = 0; t < 16 && at < 0; t++) {
      const i = rng.int(edges.length);
      if (usable(edges[i])) at = i;
    }
    if (at < 0) {
      const start = rng.int(edges.length);
      for (let i = 0; i < edges.length && at < 0; i++) {
        const j = (start + i) % edges.length;
        if (usable(edges[j])) at = j;
      }
    }
    if (at < 0) return false;
    const key = edges[at];
    const [a, b] = keyEnds(key);
    edges[at] = edges[edges.length - 1];
    edges.pop();
    keys.delete(key);
    degree[a]--;
    degree[b]--;
    add(v, a);
    add(v, b);
    return true;
  }
}
