/** Rendering again with a cache: only what a change reaches is made again, and the result is a cold render's. */
import { describe, expect, it } from 'vitest';
import type { ChapterSource, MarkdownResult } from '../../pipeline/chapters/index.ts';
import { chapter, recordingCache, render } from './fixtures.ts';

const caches = () => ({ templates: recordingCache<HandlebarsTemplateDelegate>(), markdown: recordingCache<MarkdownResult>() });

/** Renders `first`, then `second` with the same cache, and returns what the second render made and a cold render of it. */
async function renderAgain(first: ChapterSource[], second: ChapterSource[]) {
  const cache = caches();
  await render(first, { cache });
  cache.templates.made.length = 0;
  cache.markdown.made.length = 0;
  return { warm: await render(second, { cache }), cold: await render(second), made: { templates: cache.templates.made, markdown: cache.markdown.made } };
}

describe('renderChapters with a cache', () => {
  const one = chapter('chapters/01-one.md', '## One\n\n{{figure "by-trend"}}\n\n{{figure "by-region"}}');
  const two = chapter('chapters/02-two.md', 'Two, with {{stat "headline.cases"}} cases: see {{ref "by-region"}}.');
  const three = chapter('chapters/03-three.md', 'Three.[^1]\n\n[^1]: A note.');

  it('compiles and turns into HTML again only the chapter whose text changed', async () => {
    const edited = chapter('chapters/03-three.md', 'Three, edited.[^1]\n\n[^1]: A note.');
    const { warm, cold, made } = await renderAgain([one, two, three], [one, two, edited]);
    expect(made.templates).toHaveLength(1);
    expect(made.markdown.map((result) => result.html)).toEqual([warm.chapters[2]!.html]);
    expect(warm.chapters[2]!.html).toContain('Three, edited.');
    expect(warm).toEqual(cold);
  });

  it('turns into HTML again a chapter whose reference another chapter renumbered, though its text is the same', async () => {
    const withoutFirstFigure = chapter('chapters/01-one.md', '## One\n\n{{figure "by-region"}}');
    const { warm, cold, made } = await renderAgain([one, two, three], [withoutFirstFigure, two, three]);
    expect(made.templates).toHaveLength(1);
    expect(made.markdown.map((result) => result.html)).toEqual([warm.chapters[0]!.html, warm.chapters[1]!.html]);
    expect(warm.chapters[1]!.html).toContain('>Figure 1.1</a>');
    expect(warm).toEqual(cold);
  });

  it('makes nothing again when nothing changed', async () => {
    const { warm, cold, made } = await renderAgain([one, two, three], [one, two, three]);
    expect(made).toEqual({ templates: [], markdown: [] });
    expect(warm).toEqual(cold);
  });
});
