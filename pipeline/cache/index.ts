/**
 * The build's cache: values kept on disk under the hash of everything that made them, so that a build whose inputs
 * did not change reuses what an earlier build made (figure drawings, chapters, the PDF) instead of making it again.
 *
 *   .cache/report/<code version>/<kind>-<sha256 of the inputs>.json
 *
 * The code version is a hash of the pipeline's own files, package-lock.json and the Node.js version: code that
 * changed never reads what older code wrote. Entries are written under a temporary name and renamed into place, so
 * a reader finds a whole entry or none. Deleting the folder at any time changes nothing but the next build's time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cache as MemoryCache } from './memory.ts';

/**
 * Synchronous, as the in-memory caches it stands in for are. It holds JSON values of every kind; `get` gives
 * undefined when there is no entry, or none that can be read, and `set` never throws: a build goes on, slower,
 * without the cache.
 */
export type Cache = MemoryCache<unknown>;

/** `--no-cache`: every stage runs, and nothing is kept. */
export const noCache: Cache = { get: () => undefined, set: () => {} };

/** The key of a value of this kind made from `parts` (see `digestOf`). */
export const cacheKey = (kind: string, ...parts: readonly unknown[]): string => `${kind}-${digestOf(...parts)}`;

/**
 * The SHA-256 of `parts`: strings and bytes hashed as they are, anything else as JSON. Each part is preceded by its
 * length in bytes, so that ["ab", "c"] and ["a", "bc"] differ, and a text digests as the file written from it.
 */
export function digestOf(...parts: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const data = typeof part === 'string' || part instanceof Uint8Array ? part : String(JSON.stringify(part, withCollections));
    hash.update(`${Buffer.byteLength(data)}:`).update(data);
  }
  return hash.digest('hex');
}

/** JSON writes a Map or a Set as `{}`: their entries are what a stage reads (the reference tables are maps). */
const withCollections = (_key: string, value: unknown): unknown => (value instanceof Map || value instanceof Set ? [...value] : value);

/**
 * A cache of a few PDFs (about 10 MB each in JSON) and many small entries; past this size, the entries used least
 * recently go first.
 */
const SIZE_LIMIT = 256 * 1024 * 1024;

/** The cache under `root`; `warn` hears, once, that it could not be written (a full disk, a read-only folder). */
export function diskCache(root: string, warn: (reason: string) => void): Cache {
  const dir = join(root, codeVersion());
  let warned = false;
  const failed = (error: unknown) => {
    if (!warned) warn(error instanceof Error ? error.message : String(error));
    warned = true;
  };
  try {
    prune(root, dir);
  } catch (error) {
    failed(error);
  }
  const entry = (key: string) => join(dir, `${key}.json`);
  return {
    get(key) {
      let value: unknown;
      try {
        value = JSON.parse(readFileSync(entry(key), 'utf8'));
      } catch {
        return undefined;
      }
      markUsed(entry(key));
      return value;
    },
    set(key, value) {
      const temporary = `${entry(key)}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        writeFileSync(temporary, JSON.stringify(value));
        renameSync(temporary, entry(key));
      } catch (error) {
        rmSync(temporary, { force: true });
        failed(error);
      }
    },
  };
}

/**
 * Removes what no build can use any more: the folders of other code versions, and the least recently used entries
 * of this one beyond the size limit. Another build may be pruning at the same time: whatever has gone is skipped.
 */
function prune(root: string, dir: string): void {
  for (const name of list(root)) if (join(root, name) !== dir) rmSync(join(root, name), { recursive: true, force: true });
  const entries = list(dir).flatMap((name) => {
    const stats = statSync(join(dir, name), { throwIfNoEntry: false });
    return stats ? [{ path: join(dir, name), bytes: stats.size, used: stats.mtimeMs }] : [];
  });
  let size = 0;
  for (const { path, bytes } of entries.sort((a, b) => b.used - a.used)) {
    size += bytes;
    if (size > SIZE_LIMIT) rmSync(path, { force: true });
  }
}

/** Sets the entry's time to now: pruning keeps the entries used last. */
function markUsed(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // A read-only cache is still read; only its pruning order suffers.
  }
}

/** The names in a folder; none when it does not exist (yet, or any more). */
function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
let version: string | undefined;

/** What every cached value depends on besides its inputs: computed once per process (reading ~100 files). */
export function codeVersion(): string {
  version ??= hashOfCode();
  return version;
}

function hashOfCode(): string {
  const pipeline = join(PACKAGE_ROOT, 'pipeline');
  const files = readdirSync(pipeline, { recursive: true, encoding: 'utf8' })
    .map((name) => join(pipeline, name))
    .filter((path) => statSync(path).isFile());
  const hash = createHash('sha256').update(process.version);
  for (const path of [...files.sort(), join(PACKAGE_ROOT, 'package-lock.json')]) {
    hash.update(relative(PACKAGE_ROOT, path)).update(readFileSync(path));
  }
  return hash.digest('hex').slice(0, 16);
}
