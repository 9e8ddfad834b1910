/**
 * The caches the live report keeps for the stages between saves (the Markdown of each chapter, the pages of the HTML
 * edition), in memory. Each save adds an entry for what it changed, so the cache is bounded: once full, the entry
 * used least recently goes, and what every save reuses (the chapters not being edited) stays.
 */
import type { Cache } from '../chapters/cache.ts';

/** The report has a score of chapters and pages: this keeps several versions of each. */
const LIMIT = 128;

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
