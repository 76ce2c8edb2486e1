/**
 * Generation time of the Central Nexus (5,000 sectors) and of a region (500 sectors), printed as
 * one JSON object: `node libs/galaxy/dist/bench.js [runs]` (default 20 runs after 3 warm-ups).
 * Times are wall-clock milliseconds per generation (median, p95, min, max) in this process.
 */
import { performance } from 'node:perf_hooks';
import { generateNexus, generateRegion, regenerateDistrict } from './generate';

function measure(runs: number, generate: (i: number) => unknown) {
  for (let i = 0; i < 3; i++) generate(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    generate(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))] * 100) / 100;
  return { runs, medianMs: at(0.5), p95Ms: at(0.95), minMs: at(0), maxMs: at(1) };
}

function main(): void {
  const runs = Number(process.argv[2] ?? 20);
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError('runs must be a positive integer');
  // A cold first call includes JIT compilation: what a service sees on its first generation.
  const coldStart = performance.now();
  const nexus = generateNexus('bench-cold');
  const coldMs = Math.round((performance.now() - coldStart) * 100) / 100;
  const preserve = nexus.sectors.filter((s) => s.district === 'transit_hub' && s.number % 7 === 0).map((s) => s.number);
  const result = {
    node: process.version,
    nexus: {
      sectors: nexus.summary.sectorCount,
      warps: nexus.summary.warpCount,
      coldFirstCallMs: coldMs,
      ...measure(runs, (i) => generateNexus(`bench-nexus-${i}`)),
    },
    region: {
      sectors: 500,
      ...measure(runs, (i) => generateRegion(`bench-region-${i}`, { scope: `region:${i}` })),
    },
    regenerateTransitHub: {
      preserved: preserve.length,
      ...measure(runs, (i) => regenerateDistrict(nexus, 'transit_hub', { seed: `bench-regen-${i}`, preserve })),
    },
  };
  console.log(JSON.stringify(result, null, 2));
}

main();
