/**
 * Values kept in memory between runs of a stage, by a key that hashes everything the kept value is made from, so a
 * kept value is never stale. The caller owns the cache and passes it in (the preview keeps one for as long as it
 * serves; the build plugs in the disk cache of ./index.ts through the same interface): a run given none makes
 * everything afresh, and nothing is shared between runs behind the caller's back.
 */
import { createHash } from 'node:crypto';

export interface Cache<T = unknown> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/**
 * The key of what is made from `inputs`: plain data (text, numbers, booleans, arrays and objects of them), hashed.
 * Plain JSON, without the disk cache's handling of maps and sets, because it runs on every preview save.
 */
export const hashOf = (inputs: unknown): string => createHash('sha256').update(JSON.stringify(inputs)).digest('hex');

/**
 * What `make` makes, or what `cache` kept from `make` for the same inputs. `inputs` is called only when there is a
 * cache: without one, nothing is hashed.
 */
export function cached<T>(cache: Cache<T> | undefined, inputs: () => unknown, make: () => T): T {
  if (cache === undefined) return make();
  const key = hashOf(inputs());
  const kept = cache.get(key);
  if (kept !== undefined) return kept;
  const made = make();
  cache.set(key, made);
  return made;
}

/** The report has a score of chapters, pages and figures: this keeps several versions of each. */
const LIMIT = 128;

/** A cache in memory, bounded: once full, the entry used least recently goes. */
export function memoryCache<T>(limit = LIMIT): Cache<T> {
  const entries = new Map<string, T>();
  /** A Map iterates in insertion order, so putting an entry last makes the first the least recently used. */
  const touch = (key: string, value: T) => {
    entries.delete(key);
    entries.set(key, value);
  };
  return {
    get(key) {
      const value = entries.get(key);
      if (value !== undefined) touch(key, value);
      return value;
    },
    set(key, value) {
      touch(key, value);
      if (entries.size > limit) entries.delete(entries.keys().next().value!);
    },
  };
}
