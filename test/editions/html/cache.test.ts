/** Building again with a cache: only the pages a change reaches are made again, and the files are a cold build's. */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { ChapterSource } from '../../../pipeline/chapters/index.ts';
import { buildHtmlEdition, type ChapterReading } from '../../../pipeline/editions/html/index.ts';
import type { EditionFile } from '../../../pipeline/editions/layout.ts';
import { recordingCache } from '../../chapters/fixtures.ts';
import { chapterSources, fixtureInput } from './fixture.ts';

/** The fixture's chapters with the text of each named one changed. */
const edit = (changes: Record<string, (text: string) => string>, sources = chapterSources): ChapterSource[] =>
  sources.map((source) => ({ ...source, text: changes[source.path]?.(source.text) ?? source.text }));

/** Builds `first`, then `second` with the same cache; returns what the second build made, and a cold build of it. */
async function buildAgain(second: readonly ChapterSource[], first = chapterSources) {
  const cache = { pages: recordingCache<string>(), readings: recordingCache<ChapterReading>() };
  const before = buildHtmlEdition(await fixtureInput(first), cache);
  cache.pages.made.length = 0;
  cache.readings.made.length = 0;
  const input = await fixtureInput(second);
  const warm = buildHtmlEdition(input, cache);
  return { before, warm, cold: buildHtmlEdition(input), made: { pages: cache.pages.made, readings: cache.readings.made } };
}

const changedPaths = (before: readonly EditionFile[], after: readonly EditionFile[]) =>
  after.filter((file, index) => !isDeepStrictEqual(file.content, before[index]?.content)).map((file) => file.path);

describe('buildHtmlEdition with a cache', () => {
  it('renders again only the page of the chapter whose text changed and the search page', async () => {
    const { before, warm, cold, made } = await buildAgain(edit({ 'chapters/02-beta.md': (text) => `${text}\n\nA sentence about a zeppelin.\n` }));
    expect(warm).toEqual(cold);
    expect(changedPaths(before, warm)).toEqual(['02-beta.html', 'search.html']);
    const page = (path: string) => warm.find((file) => file.path === path)?.content;
    expect(made.pages).toEqual([page('02-beta.html'), page('search.html')]);
    expect(made.readings).toHaveLength(1);
  });

  it('gives a cold build\u2019s files when a figure moves to another chapter, renumbering it and moving its anchor', async () => {
    const moved = edit({
      'chapters/02-beta.md': (text) => text.replace('{{figure "region"}}', ''),
      'chapters/90-annex.md': (text) => `${text}\n{{figure "region"}}\n`,
    });
    const { before, warm, cold } = await buildAgain(moved);
    expect(warm).toEqual(cold);
    expect(changedPaths(before, warm)).toContain('01-alpha.html');
  });

  it('renders again a page whose link now leads to another page, though its chapter did not change', async () => {
    const linked = edit({ 'chapters/01-alpha.md': (text) => `${text}\n\nSee [the anchor](#anchor).\n`, 'chapters/02-beta.md': (text) => `${text}\n\n<span id="anchor">Here.</span>\n` });
    const moved = edit({ 'chapters/02-beta.md': (text) => text.replace('<span id="anchor">Here.</span>', ''), 'chapters/90-annex.md': (text) => `${text}\n<span id="anchor">Here.</span>\n` }, linked);
    const { warm, cold, made } = await buildAgain(moved, linked);
    expect(warm).toEqual(cold);
    expect(made.pages).toContain(warm.find((file) => file.path === '01-alpha.html')?.content);
    expect(warm.find((file) => file.path === '01-alpha.html')?.content).toContain('href="90-annex.html#anchor"');
  });
});
