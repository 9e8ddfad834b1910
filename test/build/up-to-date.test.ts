/**
 * A build whose output folder already holds what it would make runs no stage; any change to what the last build read
 * (a chapter, a data folder's list of files), to the output folder or to the browser builds again, and the folder
 * ends as a build from nothing would leave it.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../../pipeline/build.ts';
import { noCache, type Cache } from '../../pipeline/cache/index.ts';
import { buildIfChanged } from '../../pipeline/cache/up-to-date.ts';
import { checksums, fakeBrowser, inputs, memoryCache, quietEffects, ROOT } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'report-up-to-date-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The bundled inputs, copied so that the tests can change them. */
const options: BuildOptions = {
  ...inputs(join(work, 'output')),
  data: [join(work, 'data/cases')],
  reference: join(work, 'data'),
  templates: join(work, 'templates'),
  browser: fakeBrowser('browser 1'),
};
const cache = memoryCache();

/** Builds `options` unless nothing changed; the progress lines tell which stages ran. */
async function buildAgain(given: BuildOptions = options, kept: Cache = cache) {
  const effects = quietEffects(kept);
  const { result, upToDate } = await buildIfChanged(given, effects, (traced) => build(given, traced));
  return { result, upToDate, lines: effects.lines };
}

describe('a build of an output folder built before', { timeout: 120_000 }, () => {
  let first: Record<string, string>;

  beforeAll(async () => {
    cpSync(join(ROOT, 'data'), join(work, 'data'), { recursive: true });
    cpSync(join(ROOT, 'templates'), join(work, 'templates'), { recursive: true });
    const { upToDate } = await buildAgain();
    expect(upToDate).toBe(false);
    first = checksums(options.out);
  });

  it('runs no stage when nothing changed, gives the same result and leaves the folder as it was', async () => {
    const { result, upToDate, lines } = await buildAgain();
    expect(upToDate).toBe(true);
    expect(lines).toEqual([`build: nothing changed since "${options.out}" was built: left as it is`]);
    expect(result.editionCases).toBe(800);
    expect(result.written).toContain('pdf/global-trends-2024.pdf');
    expect(checksums(options.out)).toEqual(first);
  });

  it('builds again after a chapter was edited, and after the edit was undone', async () => {
    const chapter = join(work, 'templates/editions/2024/chapters/07-conclusion.md');
    appendFileSync(chapter, '\nOne more sentence.\n');
    const edited = await buildAgain();
    expect(edited.upToDate).toBe(false);
    expect(edited.lines).toContain('chapters: 11 chapters [fresh]');
    expect(checksums(options.out)['html/07-conclusion.html']).not.toBe(first['html/07-conclusion.html']);

    cpSync(join(ROOT, 'templates/editions/2024/chapters/07-conclusion.md'), chapter);
    expect((await buildAgain()).upToDate).toBe(false);
    expect(checksums(options.out)).toEqual(first);
  });

  it('builds again when a data folder gains a file, which the build then reads', async () => {
    const extra = join(work, 'data/cases/extra.csv');
    writeFileSync(extra, '');
    try {
      await expect(buildAgain()).rejects.toThrow(/extra\.csv: the file holds no records/);
    } finally {
      rmSync(extra);
    }
    // The failed build left the folder as it was, which is again what the inputs make.
    expect((await buildAgain()).upToDate).toBe(true);
    expect(checksums(options.out)).toEqual(first);
  });

  it('builds again when a file of the output was edited, added or deleted, putting the folder back', async () => {
    for (const change of [
      () => writeFileSync(join(options.out, 'html/index.html'), 'edited by hand'),
      () => writeFileSync(join(options.out, 'html/notes.txt'), 'added by hand'),
      () => rmSync(join(options.out, 'figures/cases-by-trend.svg')),
    ]) {
      change();
      expect((await buildAgain()).upToDate).toBe(false);
      expect(checksums(options.out)).toEqual(first);
    }
  });

  it('builds again for another browser, another output folder, or without the cache', async () => {
    expect((await buildAgain({ ...options, browser: fakeBrowser('browser 2') })).upToDate).toBe(false);
    expect((await buildAgain({ ...options, out: join(work, 'elsewhere') })).upToDate).toBe(false);
    expect((await buildAgain(options, noCache)).upToDate).toBe(false);
    expect((await buildAgain(options, noCache)).upToDate).toBe(false);
  });
});
