import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { edition } from '../fixtures.ts';
import { chapter, render, renderOne, stats, withStat } from './fixtures.ts';

const html = async (body: string, input: Parameters<typeof renderOne>[1] = {}) => {
  const { chapters, diagnostics } = await renderOne(body, input);
  expect(diagnostics.map(formatDiagnostic)).toEqual([]);
  return chapters[0]?.html;
};

const problems = async (body: string, input: Parameters<typeof renderOne>[1] = {}) => (await renderOne(body, input)).diagnostics.map(formatDiagnostic);

describe('{{stat}}', () => {
  const big = withStat(stats, 'headline.cases', 12345);

  it('prints numbers with the locale\u2019s separators, shares as percentages, and ordinals', async () => {
    expect(await html('{{stat "headline.cases"}}; {{stat "trends.alpha.share"}}; {{stat "headline.countries" format="ordinal"}}; {{stat "trends.alpha.share" format="number"}}', { stats: big })).toBe(
      '<p>12,345; 67%; 3rd; 0.7</p>',
    );
  });

  it('prints a headline share named in camel case (`oecdShare`) as a percentage too', async () => {
    expect(await html('{{stat "headline.oecdShare"}}', { stats: withStat(stats, 'headline.oecdShare', 0.625) })).toBe('<p>63%</p>');
  });

  it('formats through Intl with the edition\u2019s locale', async () => {
    expect(await html('{{stat "headline.cases"}} ({{stat "trends.alpha.share"}})', { stats: big, edition: { ...edition, locale: 'fr-FR' } })).toBe('<p>12\u202f345 (67\u00a0%)</p>');
  });

  it('prints the 95% interval from the sibling low and high keys', async () => {
    const withInterval = withStat(withStat(stats, 'trends.alpha.low', 0.312), 'trends.alpha.high', 0.389);
    expect(await html('{{stat "trends.alpha.share" format="interval"}}', { stats: withInterval })).toBe('<p>31–39%</p>');
    const narrow = withStat(withStat(stats, 'trends.alpha.low', 0.311), 'trends.alpha.high', 0.314);
    expect(await html('{{stat "trends.alpha.share" format="interval"}}', { stats: narrow })).toBe('<p>31%</p>');
  });

  it('reports an interval that the stats do not hold, and an unknown format', async () => {
    expect(await problems('Share: {{stat "headline.cases" format="interval"}}\n{{stat "headline.cases" format="roman"}}')).toEqual([
      'chapters/01-intro.md:4:8: stat "headline.cases" has no interval: format="interval" reads "headline.low" and "headline.high", which are not both numbers [chapters/stat-format]',
      'chapters/01-intro.md:5:1: unknown stat format "roman": use number, percent, ordinal and interval [chapters/stat-format]',
    ]);
  });

  it('reports an unknown key at its file, line and column', async () => {
    expect(await problems('Line one.\n\nSee {{stat "trends.alfa.share"}} here.')).toEqual(['chapters/01-intro.md:6:5: unknown stat "trends.alfa.share" [chapters/unknown-stat]']);
  });

  it('prints a text value as text, never as Markdown or HTML', async () => {
    expect(await html('**{{stat "regions.europe.name"}}**', { stats: withStat(stats, 'regions.europe.name', '*Eu* <b>rope</b>') })).toBe(
      '<p><strong>*Eu* &#x3C;b>rope&#x3C;/b></strong></p>',
    );
  });
});

describe('{{ref}}', () => {
  it('links figures, boxes, chapters and annexes by their numbers, forward too', async () => {
    const { chapters, diagnostics } = await render([
      chapter('chapters/01-intro.md', 'See {{ref "by-trend"}}, {{ref "GT-1"}}, {{ref "02-next"}} and {{ref "90-annex"}}.'),
      chapter('chapters/02-next.md', '{{figure "by-trend"}}\n\n{{caseBox "GT-1"}}'),
      chapter('chapters/90-annex.md', 'Methods.', 'title: Methods\nkind: annex'),
    ]);
    expect(diagnostics).toEqual([]);
    expect(chapters[0]?.html).toBe(
      '<p>See <a class="ref" href="#figure-by-trend" data-ref="by-trend">Figure 2.1</a>, <a class="ref" href="#box-gt-1" data-ref="GT-1">Box 2.1</a>, ' +
        '<a class="ref" href="#02-next" data-ref="02-next">Chapter 2</a> and <a class="ref" href="#90-annex" data-ref="90-annex">Annex A</a>.</p>',
    );
  });

  it('cites an unnumbered chapter by its short title', async () => {
    const { chapters } = await render([
      chapter('chapters/00-summary.md', 'Summary.', 'title: Executive summary\nshortTitle: Summary\nkind: front'),
      chapter('chapters/01-intro.md', 'As the {{ref "00-summary"}} says.'),
    ]);
    expect(chapters[1]?.html).toBe('<p>As the <a class="ref" href="#00-summary" data-ref="00-summary">Summary</a> says.</p>');
  });

  it('reports a name that nothing holds at the reference, once all chapters are rendered', async () => {
    const { diagnostics, chapters } = await render([chapter('chapters/01-intro.md', 'First line.\n\nAs {{ref "by-regoin"}} shows.'), chapter('chapters/02-next.md', '{{figure "by-region"}}')]);
    expect(diagnostics.map(formatDiagnostic)).toEqual(['chapters/01-intro.md:6:4: unknown reference "by-regoin": not a chapter, a placed figure or a boxed case [chapters/unknown-reference]']);
    expect(chapters[0]?.html).toBe('<p>First line.</p>\n<p>As <mark class="template-problem">unknown reference "by-regoin": not a chapter, a placed figure or a boxed case</mark> shows.</p>');
  });

  it('does not resolve a figure that exists but is placed nowhere', async () => {
    expect(await problems('{{ref "by-region"}}')).toEqual(['chapters/01-intro.md:4:1: unknown reference "by-region": not a chapter, a placed figure or a boxed case [chapters/unknown-reference]']);
  });
});

describe('{{caseBox}}', () => {
  it('renders a case as a numbered box: country, organisation, level, what it does, results and source', async () => {
    const { chapters, diagnostics } = await renderOne('{{caseBox "GT-1"}}\n\n{{caseBox "GT-2"}}');
    expect(diagnostics).toEqual([]);
    expect(chapters[0]?.boxes).toEqual([
      { id: 'box-gt-1', caseId: 'GT-1', number: '1.1', title: 'Automatic child benefit' },
      { id: 'box-gt-2', caseId: 'GT-2', number: '1.2', title: 'Transit sensors' },
    ]);
    expect(chapters[0]?.html.split('\n')[0]).toBe(
      '<aside class="case-box" id="box-gt-1" data-case-id="GT-1" data-box-number="1.1" aria-labelledby="box-gt-1-caption">' +
        '<p class="box-caption" id="box-gt-1-caption"><span class="box-number">Box 1.1.</span> <span class="box-title">Automatic child benefit</span></p>' +
        '<dl class="case-facts"><div><dt>Country</dt><dd>Portugal</dd></div><div><dt>Organisation</dt><dd>Social Security Institute</dd></div>' +
        '<div><dt>Level of government</dt><dd>National/Federal government</dd></div></dl>' +
        '<div class="case-summary"><p class="case-label">What it does</p><p>Pays the benefit when a birth is registered.</p></div>' +
        '<div class="case-results"><p class="case-label">Results</p><p>Waiting fell from 30 days to 2.</p></div>' +
        '<p class="box-source">Source: <a href="https://cases.example/gt-1">Case GT-1</a>, Call for Government Innovations.</p></aside>',
    );
  });

  it('reports an unknown case at its place, and a case box without a case outside {{#cases}}', async () => {
    expect(await problems('Intro.\n\n  {{caseBox "GT-9"}}\n{{caseBox}}')).toEqual([
      'chapters/01-intro.md:6:3: unknown case "GT-9": no accepted case of this edition has that id [chapters/unknown-case]',
      'chapters/01-intro.md:7:1: {{caseBox}} needs a case id, e.g. {{caseBox "GT2024-0001"}}, unless it is inside {{#cases}}…{{/cases}} [chapters/unknown-case]',
    ]);
  });

  it('boxes a case once in the report: asked for again, it links to the first box and warns', async () => {
    const { chapters, diagnostics } = await render([chapter('chapters/01-intro.md', '{{caseBox "GT-1"}}'), chapter('chapters/02-next.md', '{{caseBox "GT-1"}}')]);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'chapters/02-next.md:4:1: warning: case "GT-1" is already Box 1.1 in 01-intro: a reference to that box is shown instead [chapters/case-boxed-twice]',
    ]);
    expect(chapters[1]?.html).toBe('<p class="box-see">See <a class="ref" href="#box-gt-1" data-ref="GT-1">Box 1.1</a>.</p>');
    expect(chapters[1]?.boxes).toEqual([]);
  });
});

describe('{{#cases}}', () => {
  it('selects the edition\u2019s cases by trend and featured, in id order, up to a limit', async () => {
    expect(await html('{{#cases trend="alpha" featured=true}}- {{title}} ({{country}}, {{level}})\n{{/cases}}')).toBe(
      '<ul>\n<li>Automatic child benefit (Portugal, National/Federal government)</li>\n<li>Transit sensors (Korea, Local government)</li>\n</ul>',
    );
    expect(await html('{{#cases trend="beta" limit=1}}{{id}}{{/cases}}')).toBe('<p>GT-1</p>');
    expect(await html('{{#cases featured=false}}{{title}}{{/cases}}')).toBe('<p>Citizen reviews</p>');
  });

  it('boxes each case selected with {{caseBox}}, and falls back to {{else}} when none is', async () => {
    const { chapters } = await renderOne('{{#cases trend="alpha" featured=true limit=2}}{{caseBox}}{{/cases}}');
    expect(chapters[0]?.boxes.map((b) => `${b.number} ${b.caseId}`)).toEqual(['1.1 GT-1', '1.2 GT-2']);
    expect(await html('{{#cases trend="gamma"}}{{title}}{{else}}No case yet.{{/cases}}')).toBe('<p>No case yet.</p>');
  });

  it('reports wrong options at the block', async () => {
    expect(await problems('{{#cases trend="delta"}}x{{/cases}}\n{{#cases colour="red"}}x{{/cases}}\n{{#cases featured="yes" }}x{{/cases}}\n{{#cases limit=0}}x{{/cases}}\n{{#cases "alpha"}}x{{/cases}}\n{{cases}}')).toEqual([
      'chapters/01-intro.md:4:1: unknown trend "delta" for the 2024 edition: expected one of alpha, beta, gamma [chapters/unknown-trend]',
      'chapters/01-intro.md:5:1: unknown option "colour": {{#cases}} takes trend, featured and limit [chapters/helper-argument]',
      'chapters/01-intro.md:6:1: featured must be true or false, not "yes" [chapters/helper-argument]',
      'chapters/01-intro.md:7:1: limit must be a whole number above 0, not "0" [chapters/helper-argument]',
      'chapters/01-intro.md:8:1: {{#cases}} takes only named options: trend, featured and limit [chapters/helper-argument]',
      'chapters/01-intro.md:9:1: {{cases}} is a block: write {{#cases trend="…"}}…{{/cases}} [chapters/helper-argument]',
    ]);
  });
});

describe('{{caseTable}}', () => {
  it('lists every case of the edition grouped by country, countries by name', async () => {
    const table = await html('{{caseTable}}');
    expect(table).toBe(
      '<table class="case-table"><thead><tr><th scope="col">Case</th><th scope="col">Innovation</th><th scope="col">Organisation</th><th scope="col">Level of government</th><th scope="col">Trends</th></tr></thead>' +
        '<tbody data-country="FRA"><tr class="case-table-country"><th scope="colgroup" colspan="5">France (1 case)</th></tr><tr><td>GT-3</td><td>Citizen reviews</td><td>Ministry</td><td>National/Federal government</td><td>Beta</td></tr></tbody>' +
        '<tbody data-country="KOR"><tr class="case-table-country"><th scope="colgroup" colspan="5">Korea (1 case)</th></tr><tr><td>GT-2</td><td>Transit sensors</td><td>Ministry</td><td>Local government</td><td>Alpha</td></tr></tbody>' +
        '<tbody data-country="PRT"><tr class="case-table-country"><th scope="colgroup" colspan="5">Portugal (1 case)</th></tr><tr><td>GT-1</td><td><a href="https://cases.example/gt-1">Automatic child benefit</a></td><td>Social Security Institute</td><td>National/Federal government</td><td>Alpha; Beta</td></tr></tbody></table>',
    );
  });

  it('takes no argument', async () => {
    expect(await problems('{{caseTable "FRA"}}')).toEqual(['chapters/01-intro.md:4:1: {{caseTable}} takes no argument [chapters/helper-argument]']);
  });
});

describe('{{citation}}', () => {
  const print = { trim: 'a4' as const, rectoChapterStarts: false, keywords: [] };

  it('cites the edition as its configuration says, with the print defaults when it has no print section', async () => {
    expect(await html('{{citation}}')).toBe('<p>OECD (2024), <cite>Test Trends 2024: A small edition</cite>, OECD Publishing, Paris.</p>');
  });

  it('follows the configuration: author, imprint, title and DOI', async () => {
    const changed = { ...edition, year: 2025, subtitle: '', print: { ...print, citation: { author: 'OPSI', imprint: 'Test Press, Lisbon', doi: '10.1787/test-en' } } };
    expect(await html('{{citation}}', { edition: changed })).toBe(
      '<p>OPSI (2025), <cite>Test Trends 2024</cite>, Test Press, Lisbon, <a href="https://doi.org/10.1787/test-en">https://doi.org/10.1787/test-en</a>.</p>',
    );
  });

  it('prints the configuration as text, never as Markdown or HTML', async () => {
    const changed = { ...edition, subtitle: '*Bold* <i>claims</i>', print: { ...print, citation: { author: 'A & B', imprint: '<b>Press</b>' } } };
    expect(await html('{{citation}}', { edition: changed })).toBe(
      '<p>A &#x26; B (2024), <cite>Test Trends 2024: *Bold* &#x3C;i>claims&#x3C;/i></cite>, &#x3C;b>Press&#x3C;/b>.</p>',
    );
  });

  it('takes no argument', async () => {
    expect(await problems('{{citation "2024"}}')).toEqual(['chapters/01-intro.md:4:1: {{citation}} takes no argument [chapters/helper-argument]']);
  });
});
