import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkGalaxy } from './check';
import { type Galaxy, type GalaxySnapshot, generateGalaxy, generateNexus, regenerateDistrict } from './generate';
import { sectorId } from './ids';
import { degrees, layoutArb, reachableFromFirst, settingsArb, warpFault } from './test-support';
import { NEXUS_DISTRICTS, type ZoneSpec } from './zones';

const seedArb = fc.string({ unit: 'binary', maxLength: 16 });

/**
 * Everything regeneration promises, checked against the galaxy before:
 * preserved and outside sectors unchanged, warps not inside the zone unchanged, new sectors
 * from the new seed, still connected and within bounds.
 */
function assertRegenerated(
  before: Galaxy,
  after: Galaxy,
  zone: ZoneSpec,
  seed: string,
  preserve: ReadonlySet<number>,
): void {
  const [first, last] = zone.sectorRange;
  const inZone = (n: number) => n >= first && n <= last;
  assert.equal(after.sectors.length, before.sectors.length);
  for (const s of after.sectors) {
    const old = before.sectors[s.number - 1];
    if (!inZone(s.number) || preserve.has(s.number)) assert.deepEqual(s, old, `sector ${s.number} must be unchanged`);
    else {
      assert.equal(s.id, sectorId(before.scope, seed, s.number));
      assert.equal(s.district, zone.type);
    }
  }
  const outside = (g: Galaxy) =>
    g.warps.filter((w) => !(inZone(w.from) && inZone(w.to))).map((w) => `${w.from}-${w.to}`);
  assert.deepEqual(outside(after), outside(before), 'warps with an end outside the zone are kept');
  assert.equal(warpFault(after), undefined);
  assert.equal(reachableFromFirst(after), after.sectors.length, 'still connected');
  const d = degrees(after);
  const { minWarps, maxWarps } = after.settings;
  for (let n = 1; n < d.length; n++) assert.ok(d[n] >= minWarps && d[n] <= maxWarps, `sector ${n}: ${d[n]} warps`);
  assert.deepEqual(checkGalaxy(after), []);
  const record = after.regenerations[after.regenerations.length - 1];
  assert.deepEqual(record, {
    district: zone.type,
    seed,
    preserved: [...preserve].filter(inZone).sort((a, b) => a - b),
  });
}

test('property: regenerating a Nexus district keeps preserved sectors, other districts, connectivity and bounds', () => {
  const nexus = generateNexus('regen-base');
  fc.assert(
    fc.property(
      fc.constantFrom(...NEXUS_DISTRICTS),
      seedArb,
      fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 60 }),
      fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 5 }),
      (district, seed, picks, elsewhere) => {
        const [first, last] = district.sectorRange;
        const preserve = new Set([
          ...picks.map((p) => first + Math.floor(p * (last - first + 1))),
          // Numbers of other districts may be listed too: they are kept anyway.
          ...elsewhere,
        ]);
        const after = regenerateDistrict(nexus, district.type, { seed, preserve });
        assertRegenerated(nexus, after, district, seed, preserve);
      },
    ),
    { numRuns: 25 },
  );
});

test('property: regeneration holds on any layout and degree bounds, also twice in a row', () => {
  fc.assert(
    fc.property(
      seedArb,
      seedArb,
      settingsArb.chain((s) => fc.tuple(fc.constant(s), layoutArb(s.maxWarps))),
      fc.nat(),
      fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { maxLength: 30 }),
      (seed, newSeed, [settings, zones], which, picks) => {
        const before = generateGalaxy(seed, zones, { ...settings, scope: 'test' });
        const zone = zones[which % zones.length];
        const [first, last] = zone.sectorRange;
        const preserve = new Set(picks.map((p) => first + Math.floor(p * (last - first + 1))));
        const after = regenerateDistrict(before, zone.type, { seed: newSeed, preserve });
        assertRegenerated(before, after, zone, newSeed, preserve);
        const other = zones[(which + 1) % zones.length];
        const again = regenerateDistrict(after, other.type, { seed: `${newSeed}!`, preserve });
        assertRegenerated(after, again, other, `${newSeed}!`, preserve);
        assert.equal(again.regenerations.length, 2);
      },
    ),
    { numRuns: 100 },
  );
});

test('regenerating with the original seed and nothing preserved gives the same galaxy back', () => {
  const nexus = generateNexus('replay');
  for (const district of ['commerce_central', 'transit_hub', 'gateway_plaza'] as const) {
    const again = regenerateDistrict(nexus, district, { seed: 'replay' });
    assert.equal(JSON.stringify({ ...again, regenerations: [] }), JSON.stringify(nexus));
  }
});

test('regeneration is deterministic and actually changes the district', () => {
  const nexus = generateNexus('regen-determinism');
  const preserve = [1601, 1700, 1999];
  const a = regenerateDistrict(nexus, 'transit_hub', { seed: 'new', preserve });
  const b = regenerateDistrict(nexus, 'transit_hub', { seed: 'new', preserve: new Set(preserve) });
  assert.equal(JSON.stringify(a), JSON.stringify(b));
  const hub = (g: Galaxy) => g.warps.filter((w) => w.from >= 1601 && w.to <= 2000);
  assert.notDeepEqual(hub(a), hub(nexus));
  assert.notEqual(a.sectors[1650].id, nexus.sectors[1650].id);
  assert.equal(a.sectors[1699].id, nexus.sectors[1699].id);
});

test('a galaxy reloaded from storage (plain JSON, no summary) can be regenerated', () => {
  const nexus = generateNexus('stored');
  const { summary: _summary, regenerations: _regenerations, ...stored } = JSON.parse(JSON.stringify(nexus)) as Galaxy;
  const snapshot: GalaxySnapshot = { ...stored, zones: NEXUS_DISTRICTS };
  const after = regenerateDistrict(snapshot, 'cultural_center', { seed: 'fresh', preserve: [2600] });
  assertRegenerated(nexus, after, NEXUS_DISTRICTS[6], 'fresh', new Set([2600]));
});

test('regeneration refuses bad input', () => {
  const nexus = generateNexus('regen-errors');
  assert.throws(() => regenerateDistrict(nexus, 'federation', { seed: 's' }), /not a zone/);
  assert.throws(
    () => regenerateDistrict(nexus, 'transit_hub', { seed: 's', preserve: [5001] }),
    /preserved sector 5001/,
  );
  assert.throws(() => regenerateDistrict(nexus, 'transit_hub', { seed: 's', preserve: [1.5] }), RangeError);
  assert.throws(
    () => regenerateDistrict({ ...nexus, sectors: nexus.sectors.slice(1) }, 'transit_hub', { seed: 's' }),
    /4999 sectors/,
  );
  assert.throws(
    () => regenerateDistrict({ ...nexus, warps: [...nexus.warps, { from: 3, to: 2 }] }, 'transit_hub', { seed: 's' }),
    /bad warp 3–2/,
  );
  assert.throws(
    () => regenerateDistrict({ ...nexus, warps: [...nexus.warps, nexus.warps[5]] }, 'transit_hub', { seed: 's' }),
    /listed twice/,
  );
});
