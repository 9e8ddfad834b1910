/**
 * What a stage keeps between runs, by a key that hashes everything the kept value is made from, so a kept value is
 * never stale. The caller owns the cache and passes it in (the preview keeps one for as long as it serves): a run
 * given none makes everything afresh, and nothing is shared between runs behind the caller's back. The same shape as
 * the figures stage's drawing cache.
 */
import { createHash } from 'node:crypto';

export interface Cache<T> {
  get(key: string): T | undefined;
  set(key: string, value: T): void;
}

/** The key of what is made from `inputs`: plain data (text, numbers, booleans, arrays and objects of them), hashed. */
export const cacheKey = (inputs: unknown): string => createHash('sha256').update(JSON.stringify(inputs)).digest('hex');

/**
 * What `make` makes, or what `cache` kept from `make` for the same inputs. `inputs` is called only when there is a
 * cache: without one, nothing is hashed.
 */
export function cached<T>(cache: Cache<T> | undefined, inputs: () => unknown, make: () => T): T {
  if (cache === undefined) return make();
  const key = cacheKey(inputs());
  const kept = cache.get(key);
  if (kept !== undefined) return kept;
  const made = make();
  cache.set(key, made);
  return made;
}
