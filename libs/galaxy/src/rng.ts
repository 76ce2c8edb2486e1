/**
 * Seeded pseudo-random numbers. Everything the generator draws comes from here, never from
 * `Math.random` or the clock: that is what makes a galaxy a pure function of its seed.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counter, 128-bit state, passes
 * PractRand) seeded by cyrb128, a 128-bit string hash. Both are a few lines of 32-bit integer
 * arithmetic, so the sequence is identical on every JavaScript engine and platform.
 */

/** A stream of pseudo-random numbers; every method advances the stream. */
export interface Rng {
  /** A float uniformly distributed in [0, 1), with 32 bits of randomness. */
  next(): number;
  /**
   * An integer uniformly distributed in [0, n).
   * @throws RangeError when `n` is not a positive integer.
   */
  int(n: number): number;
  /** `true` with probability `p` (p ≤ 0: never, p ≥ 1: always). */
  chance(p: number): boolean;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
}

/**
 * cyrb128: hashes a string (its UTF-16 code units) into four 32-bit unsigned words.
 * Used only to seed {@link createRng}; it is not a cryptographic hash.
 */
export function hashString(input: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < input.length; i++) {
    const k = input.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * A deterministic random stream for a string seed: the same seed always yields the same
 * sequence. Any string is a valid seed (including the empty string).
 */
export function createRng(seed: string): Rng {
  let [a, b, c, d] = hashString(seed);
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // The first outputs of sfc32 still carry structure from the seed words; skipping a few
  // is the usual remedy and costs nothing.
  for (let i = 0; i < 12; i++) next();
  const int = (n: number): number => {
    if (!Number.isInteger(n) || n <= 0) throw new RangeError(`Rng.int: n must be a positive integer, got ${n}`);
    return Math.floor(next() * n);
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = items[i];
        items[i] = items[j];
        items[j] = tmp;
      }
      return items;
    },
  };
}

/**
 * A named sub-stream of a seed: independent parts of a galaxy (each zone's sectors, each zone's
 * warps, the links between zones) draw from their own stream, so regenerating one part with the
 * same seed replays exactly the numbers it drew the first time, whatever the other parts did.
 * The parts are JSON-encoded so that no two different (seed, scope, label) triples collide.
 */
export function streamFor(seed: string, scope: string, label: string): Rng {
  return createRng(JSON.stringify([seed, scope, label]));
}
