import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { SECTOR_ID_NAMESPACE, sectorId, uuidV5 } from './ids';
import { createRng } from './rng';

test('the same seed gives the same stream; different seeds give different streams', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 24 }), fc.string({ maxLength: 24 }), (seed, other) => {
      const a = createRng(seed);
      const b = createRng(seed);
      const xs = Array.from({ length: 32 }, () => a.next());
      assert.deepEqual(
        Array.from({ length: 32 }, () => b.next()),
        xs,
      );
      for (const x of xs) assert.ok(x >= 0 && x < 1);
      if (other !== seed) {
        const c = createRng(other);
        assert.notDeepEqual(
          Array.from({ length: 32 }, () => c.next()),
          xs,
        );
      }
    }),
  );
});

test('the stream is roughly uniform and int(n) stays in [0, n)', () => {
  const rng = createRng('uniformity');
  const buckets = new Array<number>(10).fill(0);
  const draws = 100_000;
  for (let i = 0; i < draws; i++) buckets[rng.int(10)]++;
  // Each bucket expects 10,000 (sd ≈ 95): ±500 is > 5 sd, so only a broken generator fails.
  for (const count of buckets) assert.ok(Math.abs(count - draws / 10) < 500, `bucket count ${count}`);
  assert.throws(() => rng.int(0), RangeError);
  assert.throws(() => rng.int(2.5), RangeError);
});

test('shuffle is a permutation and depends on the seed', () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  const a = createRng('s1').shuffle([...items]);
  const b = createRng('s2').shuffle([...items]);
  assert.deepEqual(
    [...a].sort((x, y) => x - y),
    items,
  );
  assert.notDeepEqual(a, b);
  assert.deepEqual(createRng('s1').shuffle([...items]), a);
});

test('uuidV5 matches the RFC test vector', () => {
  // Python: uuid.uuid5(uuid.NAMESPACE_DNS, 'www.example.com')
  assert.equal(
    uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'),
    '2ed6657d-e927-568b-95e1-2665a8aea6a2',
  );
  assert.throws(() => uuidV5('x', 'not-a-uuid'), TypeError);
});

test('sector ids are stable v5 UUIDs, distinct per scope, seed and number', () => {
  const id = sectorId('nexus', 'seed', 1);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(sectorId('nexus', 'seed', 1), id);
  assert.equal(id, uuidV5(JSON.stringify(['nexus', 'seed', 1]), SECTOR_ID_NAMESPACE));
  const ids = new Set([
    id,
    sectorId('nexus', 'seed', 2),
    sectorId('region:1', 'seed', 1),
    sectorId('nexus', 'seed2', 1),
    // The JSON encoding keeps ("a:b", "c") and ("a", "b:c") apart.
    sectorId('nexus:seed', '', 1),
  ]);
  assert.equal(ids.size, 5);
  assert.throws(() => sectorId('nexus', 'seed', 0), RangeError);
  assert.throws(() => sectorId('nexus', 'seed', 1.5), RangeError);
});
