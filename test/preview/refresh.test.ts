/** What a change re-runs and what it reloads, without a server. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentHash } from '../../pipeline/preview/hash.ts';
import { changedPages } from '../../pipeline/preview/index.ts';
import { inputGroupOf } from '../../pipeline/preview/live-report.ts';
import { memo } from '../../pipeline/preview/memo.ts';
import { memoryCache } from '../../pipeline/cache/memory.ts';

describe('memo', () => {
  it('runs again only when an input is not the same', async () => {
    const stage = memo<number>();
    let runs = 0;
    const run = () => ++runs;
    const data = { cases: 1 };
    expect(await stage.get([data, 'text'], run)).toBe(1);
    expect(await stage.get([data, 'text'], run)).toBe(1);
    expect(await stage.get([{ cases: 1 }, 'text'], run)).toBe(2);
    expect(await stage.get([{ cases: 1 }, 'other text'], run)).toBe(3);
  });

  it('keeps nothing from a run that throws', async () => {
    const stage = memo<string>();
    await expect(stage.get(['a'], () => Promise.reject(new Error('broken')))).rejects.toThrow('broken');
    expect(await stage.get(['a'], () => 'made')).toBe('made');
  });
});

describe('memoryCache', () => {
  it('once full, drops the entry used least recently', () => {
    const cache = memoryCache<string>(2);
    cache.set('a', 'A');
    cache.set('b', 'B');
    expect(cache.get('a')).toBe('A');
    cache.set('c', 'C');
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual(['A', undefined, 'C']);
  });
});

describe('contentHash', () => {
  it('tells contents apart, whatever holds them', () => {
    const file = (bytes: number[]) => ({ path: 'a.csv', bytes: new Uint8Array(bytes) });
    expect(contentHash([file([1, 2])])).toBe(contentHash([file([1, 2])]));
    expect(contentHash([file([1, 2])])).not.toBe(contentHash([file([1, 3])]));
    expect(contentHash(new Map([[2024, { title: 'A' }]]))).not.toBe(contentHash(new Map([[2024, { title: 'B' }]])));
    // Lengths are hashed with the parts, so moving text from one part to the next changes the hash.
    expect(contentHash(['ab', 'c'])).not.toBe(contentHash(['a', 'bc']));
  });
});

describe('inputGroupOf', () => {
  const options = { data: ['data/cases'], reference: 'data', templates: 'templates' };
  it.each([
    ['templates/editions/2024/chapters/01-introduction.md', 'chapters'],
    ['templates/editions/2024/figures/cases-by-trend.vl.json', 'figures'],
    ['templates/editions/2024/edition.yaml', 'editions'],
    ['templates/layouts/html-page.hbs', 'templates'],
    ['templates/styles/screen.css', 'templates'],
    ['templates/scripts/search.js', 'templates'],
    [join(process.cwd(), 'templates/editions/2024/chapters/01-introduction.md'), 'chapters'],
    ['data/cases/2024-call.csv', 'data'],
    ['data/countries.csv', 'data'],
    ['templates/README.md', undefined],
  ])('%s → %s', (path, group) => {
    expect(inputGroupOf(path, options)).toBe(group);
  });
});

describe('changedPages', () => {
  const files = (entries: Record<string, string | Uint8Array>) => new Map(Object.entries(entries));
  const before = files({ 'index.html': 'home', 'a.html': 'A', 'b.html': 'B', 'assets/fonts/f.woff2': new Uint8Array([1]) });

  it('lists the pages whose content changed, came or went', () => {
    expect(changedPages(before, files({ 'index.html': 'home', 'a.html': 'A again', 'c.html': 'C', 'assets/fonts/f.woff2': new Uint8Array([1]) }))).toEqual([
      'a.html',
      'b.html',
      'c.html',
    ]);
  });

  it('lists every page when something they load changed, and none when nothing did', () => {
    expect(changedPages(before, files({ ...Object.fromEntries(before), 'assets/fonts/f.woff2': new Uint8Array([2]) }))).toEqual(['index.html', 'a.html', 'b.html']);
    expect(changedPages(before, files({ ...Object.fromEntries(before), 'assets/fonts/f.woff2': new Uint8Array([1]) }))).toEqual([]);
  });
});
