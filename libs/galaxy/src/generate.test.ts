import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkGalaxy } from './check';
import { type Galaxy, generateGalaxy, generateNexus, generateRegion } from './generate';
import { sectorId } from './ids';
import { degrees, layoutArb, meanDegree, reachableFromFirst, settingsArb, warpFault } from './test-support';
import { NEXUS_DISTRICTS, nexusDistrictOf, REGION_ZONES, type ZoneSpec } from './zones';

// ARCHITECTURE.md → "Game design figures", copied by hand so that a change to NEXUS_DISTRICTS
// that drifts from the design fails here.
const DESIGN_TABLE = [
  ['commerce_central', 1, 500, 8, 9, 'extreme'],
  ['diplomatic_quarter', 501, 800, 10, 10, 'high'],
  ['industrial_zone', 801, 1200, 6, 8, 'very_high'],
  ['residential_district', 1201, 1600, 9, 7, 'medium'],
  ['transit_hub', 1601, 2000, 8, 9, 'extreme'],
  ['high_security_zone', 2001, 2500, 10, 10, 'low'],
  ['cultural_center', 2501, 3000, 7, 9, 'medium'],
  ['research_campus', 3001, 3500, 8, 10, 'low'],
  ['free_trade_zone', 3501, 4000, 5, 8, 'extreme'],
  ['gateway_plaza', 4001, 5000, 9, 10, 'extreme'],
] as const;

const seedArb = fc.string({ unit: 'binary', maxLength: 16 });

function assertSound(galaxy: Galaxy, minWarps: number, maxWarps: number): void {
  assert.equal(warpFault(galaxy), undefined);
  assert.equal(reachableFromFirst(galaxy), galaxy.sectors.length, 'every sector reachable from sector 1');
  const d = degrees(galaxy);
  for (let n = 1; n < d.length; n++)
    assert.ok(d[n] >= minWarps && d[n] <= maxWarps, `sector ${n} has ${d[n]} warps, bounds ${minWarps}–${maxWarps}`);
}

test('NEXUS_DISTRICTS holds exactly the design table', () => {
  assert.equal(NEXUS_DISTRICTS.length, 10);
  NEXUS_DISTRICTS.forEach((d, i) => {
    const [type, first, last, security, development, traffic] = DESIGN_TABLE[i];
    assert.deepEqual(
      [d.type, d.sectorRange[0], d.sectorRange[1], d.securityLevel, d.developmentLevel, d.traffic],
      [type, first, last, security, development, traffic],
    );
  });
  const byType = Object.fromEntries(NEXUS_DISTRICTS.map((d) => [d.type, d]));
  assert.equal(byType.commerce_central.portDensity, 0.8);
  assert.equal(byType.free_trade_zone.portDensity, 0.95);
  assert.equal(byType.free_trade_zone.taxFree, true);
  assert.equal(byType.transit_hub.warpDensity, 2);
  assert.equal(byType.transit_hub.travelTimeMultiplier, 0.5);
  assert.equal(byType.research_campus.researchMultiplier, 2);
  assert.equal(byType.high_security_zone.restrictedAccess, true);
  for (const d of NEXUS_DISTRICTS) if (d.type !== 'transit_hub') assert.equal(d.warpDensity, 1);
  assert.equal(nexusDistrictOf(1600).type, 'residential_district');
  assert.equal(nexusDistrictOf(1601).type, 'transit_hub');
  assert.throws(() => nexusDistrictOf(5001), RangeError);
  assert.throws(() => nexusDistrictOf(0), RangeError);
});

test('the Nexus: 5,000 sectors, each in its table district with its levels, ids from the seed', () => {
  const galaxy = generateNexus('nexus-table');
  assert.equal(galaxy.sectors.length, 5000);
  assert.equal(galaxy.scope, 'nexus');
  const ids = new Set<string>();
  for (const [type, first, last, security, development, traffic] of DESIGN_TABLE)
    for (let n = first; n <= last; n++) {
      const s = galaxy.sectors[n - 1];
      assert.equal(s.number, n);
      assert.deepEqual(
        [s.district, s.securityLevel, s.developmentLevel, s.trafficLevel],
        [type, security, development, traffic],
      );
      assert.equal(s.id, sectorId('nexus', 'nexus-table', n));
      assert.ok(s.hazardLevel >= 0 && s.hazardLevel <= 11 - security);
      assert.equal(s.hazards.length > 0, s.hazardLevel > 0);
      ids.add(s.id);
    }
  assert.equal(ids.size, 5000);
  assert.deepEqual(checkGalaxy(galaxy), []);
  const summary = galaxy.summary;
  assert.equal(summary.warpCount, galaxy.warps.length);
  assert.equal(
    summary.portCount,
    galaxy.sectors.reduce((s, x) => s + x.ports, 0),
  );
  assert.equal(
    summary.zones.reduce((s, z) => s + z.internalWarpCount, 0) + summary.crossZoneWarpCount,
    summary.warpCount,
  );
  // Districts link mostly within themselves: cross-district warps are a small share.
  assert.ok(summary.crossZoneWarpCount >= 9 && summary.crossZoneWarpCount < summary.warpCount * 0.05);
});

test('property: the Nexus is connected with 2–6 warps per sector, whatever the seed', () => {
  fc.assert(
    fc.property(seedArb, (seed) => assertSound(generateNexus(seed), 2, 6)),
    { numRuns: 12 },
  );
});

test('property: any layout and degree bounds give a connected galaxy within the bounds', () => {
  fc.assert(
    fc.property(
      seedArb,
      settingsArb.chain((settings) => fc.tuple(fc.constant(settings), layoutArb(settings.maxWarps))),
      (seed, [settings, zones]) => {
        const galaxy = generateGalaxy(seed, zones, settings);
        assertSound(galaxy, settings.minWarps, settings.maxWarps);
        assert.deepEqual(checkGalaxy(galaxy), []);
      },
    ),
    { numRuns: 150 },
  );
});

test('property: generation is deterministic byte for byte, and the seed matters', () => {
  fc.assert(
    fc.property(seedArb, seedArb, (seed, other) => {
      const json = JSON.stringify(generateRegion(seed));
      assert.equal(JSON.stringify(generateRegion(seed)), json);
      if (other !== seed) assert.notEqual(JSON.stringify(generateRegion(other)), json);
    }),
    { numRuns: 40 },
  );
  fc.assert(
    fc.property(seedArb, (seed) => {
      assert.equal(JSON.stringify(generateNexus(seed)), JSON.stringify(generateNexus(seed)));
    }),
    { numRuns: 4 },
  );
});

test('the generator output is pinned: a persisted galaxy can be generated again, identically', () => {
  // If this fails, the generator changed: every stored galaxy would now regenerate differently
  // (other warps, other ids). Change the pinned digest only on purpose, with a migration note.
  const digest = createHash('sha256')
    .update(JSON.stringify(generateNexus('sectorwars-2102')))
    .digest('hex');
  assert.equal(digest, 'c5772e31372aacb3a80969852a96e5ba4327a06ba6352fcde3949f6d641c33d0');
});

test('port density: free trade zone > commerce central > every other district, near their figures', () => {
  const totals = new Map<string, { ports: number; sectors: number }>();
  for (let i = 0; i < 6; i++)
    for (const s of generateNexus(`ports-${i}`).sectors) {
      const t = totals.get(s.district) ?? { ports: 0, sectors: 0 };
      t.ports += s.ports;
      t.sectors += 1;
      totals.set(s.district, t);
    }
  const mean = (type: string) => {
    const t = totals.get(type);
    assert.ok(t);
    return t.ports / t.sectors;
  };
  // 3,000 sectors each: the standard error of the mean is < 0.01, so ±0.03 only fails on a real bug.
  assert.ok(Math.abs(mean('free_trade_zone') - 0.95) < 0.03, `free trade ${mean('free_trade_zone')}`);
  assert.ok(Math.abs(mean('commerce_central') - 0.8) < 0.03, `commerce ${mean('commerce_central')}`);
  assert.ok(mean('free_trade_zone') > mean('commerce_central'));
  for (const d of NEXUS_DISTRICTS)
    if (d.type !== 'free_trade_zone' && d.type !== 'commerce_central')
      assert.ok(mean(d.type) < mean('commerce_central') - 0.3, `${d.type} ${mean(d.type)}`);
});

test('the transit hub has clearly more warps per sector than any other district', () => {
  for (const seed of ['hub-1', 'hub-2', 'hub-3']) {
    const galaxy = generateNexus(seed);
    const hub = meanDegree(galaxy, 'transit_hub');
    for (const d of NEXUS_DISTRICTS)
      if (d.type !== 'transit_hub') {
        const other = meanDegree(galaxy, d.type);
        // Twice the density of the others' ~3 warps, capped by the maximum of 6.
        assert.ok(hub > 1.5 * other, `${seed}: transit hub ${hub} vs ${d.type} ${other}`);
      }
    assert.ok(hub > 5, `transit hub mean ${hub}`);
  }
});

test('a region: 500 sectors zoned federation / border / frontier, scoped ids', () => {
  const galaxy = generateRegion('region-seed', { scope: 'region:abc' });
  assert.equal(galaxy.sectors.length, 500);
  assertSound(galaxy, 2, 6);
  assert.deepEqual(
    galaxy.summary.zones.map((z) => [z.type, ...z.sectorRange]),
    REGION_ZONES.map((z) => [z.type, ...z.sectorRange]),
  );
  assert.equal(galaxy.sectors[0].district, 'federation');
  assert.equal(galaxy.sectors[499].district, 'frontier');
  assert.equal(galaxy.sectors[0].id, sectorId('region:abc', 'region-seed', 1));
  // Same seed, other region: other ids, so two regions never collide in storage.
  assert.notEqual(generateRegion('region-seed', { scope: 'region:def' }).sectors[0].id, galaxy.sectors[0].id);
  // Frontier is the dangerous, sparsely linked edge.
  assert.ok(meanDegree(galaxy, 'frontier') < meanDegree(galaxy, 'federation'));
  const hazardShare = (type: string) => {
    const z = galaxy.summary.zones.find((x) => x.type === type);
    assert.ok(z);
    return z.hazardousSectorCount / z.sectorCount;
  };
  assert.ok(hazardShare('frontier') > hazardShare('federation'));
});

test('bad inputs are refused with a RangeError naming the problem', () => {
  assert.throws(() => generateNexus('x', { minWarps: 0 }), /minWarps/);
  assert.throws(() => generateNexus('x', { minWarps: 3, maxWarps: 3 }), /maxWarps/);
  assert.throws(() => generateNexus('x', { maxWarps: 2 }), /maxWarps/);
  assert.throws(() => generateNexus('x', { baseWarps: 0 }), /baseWarps/);
  assert.throws(() => generateNexus('x', { crossLinkRate: 0.5 }), /crossLinkRate/);
  const zones: ZoneSpec[] = [...REGION_ZONES];
  assert.throws(() => generateRegion('x', { zones: zones.slice(0, 2) }), /500/);
  assert.throws(
    () => generateGalaxy('x', [{ ...REGION_ZONES[0], sectorRange: [2, 50] }]),
    (e: unknown) => e instanceof RangeError && /federation: sectorRange must start at 1/.test(e.message),
  );
  assert.throws(() => generateGalaxy('x', [{ ...REGION_ZONES[0], sectorRange: [1, 5] }]), /at least maxWarps \+ 1/);
  assert.throws(() => generateGalaxy('x', [{ ...REGION_ZONES[0], securityLevel: 11 }]), /securityLevel/);
  assert.throws(() => generateGalaxy('x', [REGION_ZONES[0], REGION_ZONES[0]]), RangeError);
  assert.throws(() => generateGalaxy('x', []), RangeError);
});

test('checkGalaxy reports a broken galaxy', () => {
  const galaxy = generateRegion('broken');
  assert.deepEqual(checkGalaxy(galaxy), []);
  // Cut every warp of sector 500: it drops below the minimum and becomes unreachable.
  const cut = { ...galaxy, warps: galaxy.warps.filter((w) => w.to !== 500 && w.from !== 500) };
  const problems = checkGalaxy(cut);
  assert.ok(problems.some((p) => /sector 500 has 0 warps/.test(p)));
  assert.ok(problems.some((p) => /499 of 500 sectors are reachable/.test(p)));
  const twice = { ...galaxy, warps: [...galaxy.warps, galaxy.warps[0]] };
  assert.ok(checkGalaxy(twice).some((p) => /listed twice/.test(p)));
  const moved = {
    ...galaxy,
    sectors: galaxy.sectors.map((s) => (s.number === 3 ? { ...s, district: 'frontier' as const } : s)),
  };
  assert.ok(checkGalaxy(moved).some((p) => /sector 3 does not match/.test(p)));
});
