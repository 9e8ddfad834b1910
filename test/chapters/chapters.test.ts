import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { chapter, figure, render, renderOne } from './fixtures.ts';

describe('renderChapters', () => {
  it('numbers chapters 1, 2… and annexes A, B… in file order, and figures in order of placement', async () => {
    const { chapters, diagnostics } = await render([
      chapter('chapters/90-annex.md', '{{figure "by-region"}}', 'title: Methods\nkind: annex'),
      chapter('chapters/02-next.md', 'Next.'),
      chapter('chapters/00-foreword.md', 'Foreword.', 'title: Foreword\nkind: front'),
      chapter('chapters/01-intro.md', '## Section one\n\n{{figure "by-trend"}}'),
    ]);
    expect(diagnostics).toEqual([]);
    expect(chapters.map((c) => [c.id, c.kind, c.number, c.label])).toEqual([
      ['00-foreword', 'front', undefined, undefined],
      ['01-intro', 'chapter', '1', 'Chapter 1'],
      ['02-next', 'chapter', '2', 'Chapter 2'],
      ['90-annex', 'annex', 'A', 'Annex A'],
    ]);
    expect(chapters[1]?.figures).toEqual([{ id: 'by-trend', number: '1.1', title: 'Title of by-trend' }]);
    expect(chapters[3]?.figures).toEqual([{ id: 'by-region', number: 'A.1', title: 'Title of by-region' }]);
  });

  it('places a figure as semantic markup the editions can extend, with its SVG as drawn', async () => {
    const { chapters } = await renderOne('{{figure "by-trend"}}');
    expect(chapters[0]?.html).toBe(
      '<figure class="figure" id="figure-by-trend" data-figure-id="by-trend" data-figure-number="1.1">' +
        '<figcaption><span class="figure-number">Figure 1.1.</span> <span class="figure-title">Title of by-trend</span><span class="figure-subtitle">Share of cases</span></figcaption>' +
        '<div class="figure-chart" role="img" aria-label="Alt text of by-trend"><svg aria-hidden="true" id="svg-by-trend"></svg></div>' +
        '<p class="figure-note">Note: A case can illustrate several trends.</p><p class="figure-source">Source: test data.</p></figure>',
    );
  });

  it('returns the outline of each chapter with ids unique across chapters', async () => {
    const { chapters } = await renderOne('## How cases were gathered\n\n### In detail\n\nText.');
    expect(chapters[0]?.outline).toEqual([
      { depth: 2, id: '01-intro--how-cases-were-gathered', text: 'How cases were gathered' },
      { depth: 3, id: '01-intro--in-detail', text: 'In detail' },
    ]);
  });

  it('keeps editors\u2019 own HTML', async () => {
    const { chapters } = await renderOne('A <abbr title="Observatory of Public Sector Innovation">OPSI</abbr> report.\n\n<div class="callout">Boxed text.</div>');
    expect(chapters[0]?.html).toBe('<p>A <abbr title="Observatory of Public Sector Innovation">OPSI</abbr> report.</p>\n<div class="callout">Boxed text.</div>');
  });

  it('reports every mistake of a chapter at its place, not only the first, and marks it on the page', async () => {
    const { diagnostics, chapters } = await renderOne('{{figure "nope"}}\n{{stat "trends"}}');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'chapters/01-intro.md:4:1: unknown figure "nope": this edition has no figures/nope.vl.json [chapters/unknown-figure]',
      'chapters/01-intro.md:5:1: stat "trends" is a group, not a number: name one of its values (e.g. "trends.count") [chapters/unknown-stat]',
    ]);
    expect(chapters[0]?.html).toContain('<mark class="template-problem">unknown figure "nope": this edition has no figures/nope.vl.json</mark>');
  });

  it('reports a template syntax error at its line', async () => {
    const { diagnostics } = await renderOne('Fine.\n{{stat "headline.cases"');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ file: 'chapters/01-intro.md', line: 5, rule: 'chapters/template-syntax' });
  });

  it('reports a name that is not a helper, listing the helpers', async () => {
    const { diagnostics } = await renderOne('Fine.\n\n  {{casez}}');
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'chapters/01-intro.md:6:5: unknown name "casez": chapters can call {{stat …}}, {{figure …}}, {{ref …}}, {{cases …}}, {{caseBox …}}, {{caseTable …}} and {{citation …}} [chapters/unknown-name]',
    ]);
  });

  it('refuses a figure placed twice', async () => {
    const { diagnostics } = await renderOne('{{figure "by-trend"}}\n\n{{figure "by-trend"}}');
    expect(diagnostics.map(formatDiagnostic)).toEqual(['chapters/01-intro.md:6:1: figure "by-trend" is already placed in 01-intro [chapters/figure-placed-twice]']);
  });

  it('warns of a figure made for a chapter that no chapter places', async () => {
    const { diagnostics } = await renderOne('No figure here.', { figures: [figure('by-trend', '01-intro')] });
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'chapters/01-intro.md: warning: figure "by-trend" belongs to this chapter but no chapter places it with {{figure "by-trend"}} [chapters/figure-not-placed]',
    ]);
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
