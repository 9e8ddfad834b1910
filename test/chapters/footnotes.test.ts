import { describe, expect, it } from 'vitest';
import { chapter, render } from './fixtures.ts';

describe('footnotes', () => {
  it('are numbered per chapter, with ids unique across chapters, listed in order and kept out of the outline', async () => {
    const { chapters, diagnostics } = await render([
      chapter('chapters/01-intro.md', '## Start\n\nOne.[^a] Two.[^b]\n\n[^b]: Second note.\n[^a]: First note.'),
      chapter('chapters/02-next.md', 'Again.[^a]\n\n[^a]: A note of the second chapter.'),
    ]);
    expect(diagnostics).toEqual([]);
    expect(chapters.map((c) => c.footnotes)).toEqual([
      [
        { id: '01-intro--fn-a', number: 1 },
        { id: '01-intro--fn-b', number: 2 },
      ],
      [{ id: '02-next--fn-a', number: 1 }],
    ]);
    expect(chapters[0]?.outline.map((h) => h.text)).toEqual(['Start']);
    expect(chapters[1]?.html).toBe(
      '<p>Again.<sup><a href="#02-next--fn-a" id="02-next--fnref-a" data-footnote-ref aria-describedby="02-next--footnote-label">1</a></sup></p>\n' +
        '<section data-footnotes class="footnotes"><h2 class="sr-only" id="02-next--footnote-label">Notes</h2>\n<ol>\n' +
        '<li id="02-next--fn-a">\n<p>A note of the second chapter. <a href="#02-next--fnref-a" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↑</a></p>\n</li>\n</ol>\n</section>',
    );
  });
});
