/** The disk cache alone: whole entries or none, never a failure of the build, and keys that see every input. */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, codeVersion, diskCache } from '../../pipeline/cache/index.ts';

const work = mkdtempSync(join(tmpdir(), 'report-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let folders = 0;
/** A new, empty cache folder for each test. */
const freshRoot = () => join(work, String(folders++));

describe('the disk cache', () => {
  it('gives back what was kept, in a folder of the code version, and nothing for an unknown key', () => {
    const root = freshRoot();
    const cache = diskCache(root, () => {});
    cache.set('chapters-1', { html: '<p>é</p>', list: [1, 2] });
    expect(cache.get('chapters-1')).toEqual({ html: '<p>é</p>', list: [1, 2] });
    expect(cache.get('chapters-2')).toBeUndefined();
    expect(readdirSync(join(root, codeVersion()))).toEqual(['chapters-1.json']);
  });

  it('is read by a later build (another cache object on the same folder)', () => {
    const root = freshRoot();
    diskCache(root, () => {}).set('pdf-1', 'kept');
    expect(diskCache(root, () => {}).get('pdf-1')).toBe('kept');
  });

  it('leaves no half entry when a write fails, and warns once without throwing', () => {
    const root = freshRoot();
    const warnings: string[] = [];
    const cache = diskCache(root, (reason) => warnings.push(reason));
    // A folder where the entry should go: the rename into place fails, after the temporary file was written.
    mkdirSync(join(root, codeVersion(), 'figure-1.json'), { recursive: true });
    cache.set('figure-1', { svg: '<svg/>' });
    cache.set('figure-1', { svg: '<svg/>' });
    expect(warnings).toHaveLength(1);
    expect(readdirSync(join(root, codeVersion()))).toEqual(['figure-1.json']);
    expect(cache.get('figure-1')).toBeUndefined();
  });

  it('takes an entry it cannot read for a missing one', () => {
    const root = freshRoot();
    mkdirSync(join(root, codeVersion()), { recursive: true });
    writeFileSync(join(root, codeVersion(), 'chapters-1.json'), '{"truncated');
    expect(diskCache(root, () => {}).get('chapters-1')).toBeUndefined();
  });

  it('removes the entries of other code versions, which can never be read again', () => {
    const root = freshRoot();
    mkdirSync(join(root, 'an-old-version'), { recursive: true });
    writeFileSync(join(root, 'an-old-version', 'pdf-1.json'), '"old"');
    diskCache(root, () => {}).set('pdf-2', 'new');
    expect(readdirSync(root)).toEqual([codeVersion()]);
  });
});

describe('cache keys', () => {
  it('differ when a part differs, including the entries of a map', () => {
    const countries = (name: string) => ({ countries: new Map([['FRA', { name }]]) });
    expect(cacheKey('chapters', countries('France'))).not.toBe(cacheKey('chapters', countries('Francia')));
    expect(cacheKey('chapters', countries('France'))).toBe(cacheKey('chapters', countries('France')));
  });

  it('tell apart parts split in different places, and bytes that differ', () => {
    expect(cacheKey('pdf', 'ab', 'c')).not.toBe(cacheKey('pdf', 'a', 'bc'));
    expect(cacheKey('pdf', new Uint8Array([1, 2]))).not.toBe(cacheKey('pdf', new Uint8Array([1, 3])));
  });

  it('name the kind of value they hold', () => {
    expect(cacheKey('figure', 'x')).toMatch(/^figure-[0-9a-f]{64}$/);
  });
});
