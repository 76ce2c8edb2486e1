/**
 * Reading and checking a galaxy: neighbour lists and the invariants every galaxy must hold.
 * Useful to a service that loads a galaxy back from storage before regenerating part of it.
 */
import type { Galaxy } from './generate';
import { zoneOf } from './zones';

/**
 * Neighbour lists: `adjacency(g)[n]` holds the sector numbers one warp away from sector n,
 * ascending (index 0 is unused and empty). Warps with an end outside 1…N are ignored.
 */
export function adjacency(galaxy: Pick<Galaxy, 'sectors' | 'warps'>): number[][] {
  const count = galaxy.sectors.length;
  const lists: number[][] = Array.from({ length: count + 1 }, () => []);
  for (const { from, to } of galaxy.warps) {
    if (from < 1 || to < 1 || from > count || to > count) continue;
    lists[from].push(to);
    lists[to].push(from);
  }
  for (const list of lists) list.sort((a, b) => a - b);
  return lists;
}

/**
 * Every way the galaxy breaks the rules, in words (empty when it is sound):
 * sectors numbered 1…N in order, each in the zone whose range holds it, with that zone's levels;
 * warps with `from < to`, inside 1…N, listed once, sorted; every sector with
 * `settings.minWarps`–`settings.maxWarps` warps; every sector reachable from sector 1.
 * Reports at most `limit` problems (default 20) so a broken galaxy does not flood a log.
 */
export function checkGalaxy(galaxy: Pick<Galaxy, 'zones' | 'sectors' | 'warps' | 'settings'>, limit = 20): string[] {
  const problems: string[] = [];
  const report = (message: string) => {
    if (problems.length < limit) problems.push(message);
  };
  const count = galaxy.sectors.length;
  galaxy.sectors.forEach((s, i) => {
    if (s.number !== i + 1) report(`sectors[${i}] has number ${s.number}, expected ${i + 1}`);
    const zone = zoneOf(galaxy.zones, s.number);
    if (!zone) report(`sector ${s.number} lies in no zone`);
    else if (
      s.district !== zone.type ||
      s.securityLevel !== zone.securityLevel ||
      s.developmentLevel !== zone.developmentLevel ||
      s.trafficLevel !== zone.traffic
    )
      report(`sector ${s.number} does not match its zone ${zone.type}`);
  });
  let previous = 0;
  const seen = new Set<string>();
  for (const { from, to } of galaxy.warps) {
    if (!(Number.isInteger(from) && Number.isInteger(to) && from >= 1 && from < to && to <= count)) {
      report(`warp ${from}–${to} is not a pair 1 ≤ from < to ≤ ${count}`);
      continue;
    }
    const key = `${from}-${to}`;
    if (seen.has(key)) report(`warp ${key} is listed twice`);
    seen.add(key);
    const order = from * (count + 1) + to;
    if (order < previous) report(`warp ${key} is out of order`);
    previous = order;
  }
  const lists = adjacency(galaxy);
  const { minWarps, maxWarps } = galaxy.settings;
  for (let n = 1; n <= count; n++) {
    const d = lists[n].length;
    if (d < minWarps || d > maxWarps) report(`sector ${n} has ${d} warps, outside ${minWarps}–${maxWarps}`);
  }
  if (count) {
    const reached = new Uint8Array(count + 1);
    const queue = [1];
    reached[1] = 1;
    for (let i = 0; i < queue.length; i++)
      for (const m of lists[queue[i]])
        if (!reached[m]) {
          reached[m] = 1;
          queue.push(m);
        }
    if (queue.length !== count) report(`only ${queue.length} of ${count} sectors are reachable from sector 1`);
  }
  return problems;
}
