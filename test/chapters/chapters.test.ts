import { describe, expect, it } from 'vitest';
import { renderChapters, type ChapterSource } from '../../pipeline/chapters/index.ts';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import type { Figure } from '../../pipeline/figures/index.ts';
import { computeStats } from '../../pipeline/stats/index.ts';
import { edition, makeCase, reference } from '../fixtures.ts';

const stats = computeStats({
  cases: [makeCase({ id: 'a', trends: ['alpha', 'beta'] }), makeCase({ id: 'b', trends: ['alpha'] }), makeCase({ id: 'c', trends: ['beta'] })],
  reference,
  edition,
});

const figure = (id: string, chapter: string): Figure => ({
  id,
  chapter,
  title: `Title of ${id}`,
  subtitle: 'Share of cases',
  note: 'A case can illustrate several trends.',
  source: 'Source: test data.',
  alt: `Alt text of ${id}`,
  svg: `<svg id="svg-${id}"></svg>`,
  columns: ['id', 'count'],
  rows: [],
  csv: 'id,count\n',
});

const figures = [figure('by-trend', '01-intro'), figure('by-region', '02-next')];

const chapter = (path: string, body: string, frontMatter = 'title: A chapter'): ChapterSource => ({
  path,
  text: `---\n${frontMatter}\n---\n${body}`,
});

const render = (sources: ChapterSource[]) => renderChapters({ sources, stats, figures, locale: 'en-GB' });

describe('renderChapters', () => {
  it('fills stats into the text, formatted for the locale', async () => {
    const { chapters, diagnostics } = await render([
      chapter('chapters/01-intro.md', 'We read {{stat "headline.cases"}} cases; {{stat "trends.alpha.share"}} are Alpha, the {{stat "headline.countries" format="ordinal"}}.'),
    ]);
    expect(diagnostics).toEqual([]);
    expect(chapters[0]?.html).toBe('<p>We read 3 cases; 67% are Alpha, the 1st.</p>');
  });

  it('numbers chapters in file order and figures in order of placement', async () => {
    const { chapters } = await render([
      chapter('chapters/02-next.md', '{{figure "by-region"}}'),
      chapter('chapters/00-foreword.md', 'Foreword.', 'title: Foreword\nkind: front'),
      chapter('chapters/01-intro.md', '## Section one\n\n{{figure "by-trend"}}'),
    ]);
    expect(chapters.map((c) => [c.id, c.number])).toEqual([
      ['00-foreword', undefined],
      ['01-intro', '1'],
      ['02-next', '2'],
    ]);
    expect(chapters[1]?.figures).toEqual([{ id: 'by-trend', number: '1.1', title: 'Title of by-trend' }]);
    expect(chapters[2]?.figures).toEqual([{ id: 'by-region', number: '2.1', title: 'Title of by-region' }]);
    expect(chapters[1]?.html).toContain('<span class="figure-number">Figure 1.1.</span>');
    expect(chapters[1]?.html).toContain('<svg id="svg-by-trend"></svg>');
  });

  it('returns the outline of each chapter with ids unique across chapters', async () => {
    const { chapters } = await render([chapter('chapters/01-intro.md', '## How cases were gathered\n\n### In detail\n\nText.')]);
    expect(chapters[0]?.outline).toEqual([
      { depth: 2, id: '01-intro--how-cases-were-gathered', text: 'How cases were gathered' },
      { depth: 3, id: '01-intro--in-detail', text: 'In detail' },
    ]);
  });

  it('reports an unknown stat at its file, line and column, and renders the rest', async () => {
    const { diagnostics, chapters } = await render([chapter('chapters/01-intro.md', 'Line one.\n\nSee {{stat "trends.alfa.share"}} here.')]);
    expect(diagnostics.map(formatDiagnostic)).toEqual(['chapters/01-intro.md:6:5: unknown stat "trends.alfa.share" [chapters/unknown-stat]']);
    expect(chapters[0]?.html).toContain('<mark class="template-problem">');
  });

  it('reports every mistake of a chapter, not only the first', async () => {
    const { diagnostics } = await render([chapter('chapters/01-intro.md', '{{figure "nope"}}\n{{stat "trends"}}')]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'chapters/01-intro.md:4:1: unknown figure "nope": no templates/figures/nope.vl.json [chapters/unknown-figure]',
      'chapters/01-intro.md:5:1: stat "trends" is a group, not a number: name one of its values (e.g. "trends.count") [chapters/unknown-stat]',
    ]);
  });

  it('reports a template syntax error at its line', async () => {
    const { diagnostics } = await render([chapter('chapters/01-intro.md', 'Fine.\n{{stat "headline.cases"')]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'chapters/01-intro.md', line: 5, rule: 'chapters/template-syntax' });
  });

  it('reports a name that is not a helper', async () => {
    const { diagnostics } = await render([chapter('chapters/01-intro.md', 'Fine.\n\n  {{cases}}')]);
    expect(diagnostics.map(formatDiagnostic)).toEqual(['chapters/01-intro.md:6:5: unknown name "cases": chapters can call {{stat …}} and {{figure …}} [chapters/unknown-name]']);
  });

  it('refuses a figure placed twice', async () => {
    const { diagnostics } = await render([chapter('chapters/01-intro.md', '{{figure "by-trend"}}\n\n{{figure "by-trend"}}')]);
    expect(diagnostics.map((d) => d.message)).toEqual(['figure "by-trend" is already placed in 01-intro']);
  });

  it('reports a chapter without front matter and a front matter field of the wrong type', async () => {
    const { diagnostics } = await render([
      { path: 'chapters/01-intro.md', text: '# No front matter' },
      chapter('chapters/02-next.md', 'Text', 'title: Next\nnumbered: maybe'),
    ]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'chapters/01-intro.md:1:1: a chapter must start with front matter between --- lines (title, kind…) [chapters/front-matter]',
      'chapters/02-next.md:2:numbered: field "numbered": Invalid input: expected boolean, received string [chapters/front-matter/invalid]',
    ]);
  });
});
