/**
 * Builds from the same inputs write the same bytes in every file (statistics, figures, HTML pages, print page, PDF),
 * whether made from nothing, taken from the cache, or made again after part of the cache was deleted; the real
 * browser prints. The build without cache runs in another process, through the CLI's --no-cache.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../../pipeline/build.ts';
import { codeVersion, diskCache } from '../../pipeline/cache/index.ts';
import { besideOutput, checksums, inputs, quietEffects, ROOT } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'report-reproducible-'));
const cacheRoot = join(work, 'cache');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A build of the bundled report into `work/<name>` with the disk cache; returns its progress lines. */
async function cachedBuild(name: string): Promise<string[]> {
  const effects = quietEffects(diskCache(cacheRoot, (reason) => expect.fail(`cache not written: ${reason}`)));
  await build(inputs(join(work, name)), effects);
  return effects.lines;
}

const detail = (lines: readonly string[], stage: string) => lines.find((line) => line.startsWith(`${stage}: `));

describe('two builds from the same inputs', { timeout: 120_000 }, () => {
  let cold: Record<string, string>;

  it('write the same files when the second is taken from the cache, without printing', async () => {
    const first = await cachedBuild('cold');
    expect(detail(first, 'figures')).toBe('figures: 13 figures [fresh]');
    expect(detail(first, 'chapters')).toMatch(/\[fresh\]$/);
    expect(detail(first, 'pdf')).toMatch(/\[fresh\]$/);
    cold = checksums(join(work, 'cold'));
    expect(Object.keys(cold)).toEqual(expect.arrayContaining(['data/stats.json', 'html/index.html', 'print/print.html', 'pdf/global-trends-2024.pdf', 'figures/cases-by-trend.svg', 'figures/cases-by-trend.csv']));

    const second = await cachedBuild('warm');
    expect(detail(second, 'figures')).toBe('figures: 13 figures [cached]');
    expect(detail(second, 'chapters')).toMatch(/\[cached\]$/);
    expect(detail(second, 'pdf')).toMatch(/\[cached\]$/);
    expect(checksums(join(work, 'warm'))).toEqual(cold);
  });

  it('write the same files when part of the cache was deleted', async () => {
    const entries = join(cacheRoot, codeVersion());
    for (const name of readdirSync(entries).filter((n) => n.startsWith('chapters-') || n.startsWith('figure-')).slice(0, 5)) rmSync(join(entries, name));
    const lines = await cachedBuild('partly-cached');
    expect(detail(lines, 'figures')).toMatch(/\[\d+ cached, \d+ fresh\]$/);
    expect(checksums(join(work, 'partly-cached'))).toEqual(cold);
  });

  it('write the same files when the second is made again from nothing, in another process', async () => {
    const out = join(work, 'no-cache');
    await promisify(execFile)('node', ['bin/report.js', 'build', '--no-cache', '--data', 'data/cases', '--out', out], { cwd: ROOT });
    expect(checksums(out)).toEqual(cold);
    expect(besideOutput(out)).toEqual([]);
  });
});
