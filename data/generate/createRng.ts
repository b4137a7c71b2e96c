import { createHash } from 'node:crypto';
import type { Rng } from './types.ts';

/**
 * A seeded generator (mulberry32) so the same seed gives the same corpus on every machine. Seeds are strings,
 * hashed to 32 bits, so each (seed, template, index) gets its own independent stream.
 */
export function createRng(seed: string): Rng {
  let state = createHash('sha256').update(seed).digest().readUInt32LE(0);
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    real: (min, max, decimals) => {
      const value = min + next() * (max - min);
      return decimals === undefined ? value : Number(value.toFixed(decimals));
    },
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    sample: (items, count) => rng.shuffle(items).slice(0, count),
    chance: (probability) => next() < probability,
  };
  return rng;
}
