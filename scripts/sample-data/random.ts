/**
 * A small seeded pseudo-random generator, so the sample data is the same on every run and every machine.
 * Math.random cannot be seeded, which is why it is never used here.
 */

/** A weighted choice: the value and its relative weight (any positive number). */
export type Weighted<T> = readonly (readonly [T, number])[];

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: Weighted<T>): T;
  /** `count` distinct items, drawn by weight without replacement, in the order drawn. */
  weightedSample<T>(entries: Weighted<T>, count: number): T[];
  shuffle<T>(items: readonly T[]): T[];
  /** An independent stream for a named part of the data: adding draws to one part leaves the others unchanged. */
  fork(label: string): Random;
}

/** cyrb53-style string hash: turns a seed label into the 32-bit state the generator starts from. */
function hashSeed(seed: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < seed.length; i++) {
    const code = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 ^ h2) >>> 0;
}

/** mulberry32: tiny, fast and well distributed enough for invented data. */
function mulberry32(state: number): () => number {
  let a = state;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: string): Random {
  const next = mulberry32(hashSeed(seed));

  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)]!;
  };

  const weightedIndex = (weights: readonly number[]): number => {
    const total = weights.reduce((sum, w) => sum + w, 0);
    if (!(total > 0)) throw new Error('weighted choice needs a positive total weight');
    let target = next() * total;
    for (let i = 0; i < weights.length; i++) {
      target -= weights[i]!;
      if (target < 0) return i;
    }
    return weights.length - 1;
  };

  const weighted = <T>(entries: Weighted<T>): T => entries[weightedIndex(entries.map(([, w]) => w))]![0];

  const weightedSample = <T>(entries: Weighted<T>, count: number): T[] => {
    const pool = entries.filter(([, w]) => w > 0).map(([value, w]) => [value, w] as const);
    const drawn: T[] = [];
    while (drawn.length < count && pool.length > 0) {
      const index = weightedIndex(pool.map(([, w]) => w));
      drawn.push(pool[index]![0]);
      pool.splice(index, 1);
    }
    return drawn;
  };

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };

  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted,
    weightedSample,
    shuffle,
    fork: (label) => createRandom(`${seed}/${label}`),
  };
}
