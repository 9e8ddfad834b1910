import { describe, expect, it } from 'vitest';
import { makeCase } from '../fixtures.ts';
import { cases, chapter, render, renderOne } from './fixtures.ts';

/** A case written to break out of its box: markup, script, a `javascript:` address, Markdown, template syntax and a forged placeholder. */
const hostile = makeCase({
  id: 'GT-666',
  title: '<script>alert(1)</script>[click](javascript:alert(2)) {{stat "headline.cases"}}',
  organisation: '<img src=x onerror=alert(3)> **Ministry**',
  summary: '<iframe src="https://evil.example"></iframe> _Emphasis_ and \uE0000\uE001',
  results: '</aside><a href="javascript:alert(5)">Results</a>',
  url: 'javascript:alert(4)',
  trends: ['alpha'],
  featured: true,
});

const withHostile = { cases: [...cases, hostile] };

/** Whatever the case held, the page must carry no element, attribute or link that came from it. */
function expectHarmless(html: string | undefined) {
  expect(html).toBeDefined();
  // The text may read "javascript:" or "<script>" (escaped as &#x3C;); no tag or link may come of it.
  expect(html).not.toMatch(/<(script|img|iframe|em|strong)\b|<a [^>]*href="javascript/i);
  expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>[click](javascript');
  expect(html).toContain('{{stat "headline.cases"}}');
}

describe('case data in the report', () => {
  it('renders harmless in a case box: text stays text and an unsafe address is no link', async () => {
    const { chapters, diagnostics } = await renderOne('{{caseBox "GT-666"}}', withHostile);
    expect(diagnostics).toEqual([]);
    expectHarmless(chapters[0]?.html);
    expect(chapters[0]?.html).toContain('<p class="box-source">Source: Case GT-666, Call for Government Innovations.</p>');
    // The forged token stays text, never the hast of placeholder 0.
    expect(chapters[0]?.html).toContain('<p>&#x3C;iframe src="https://evil.example">&#x3C;/iframe> _Emphasis_ and \uE0000\uE001</p>');
  });

  it('renders harmless in the annex table and in the body of {{#cases}}', async () => {
    const table = await renderOne('{{caseTable}}', withHostile);
    expectHarmless(table.chapters[0]?.html);
    expect(table.chapters[0]?.html).toContain('<td>&#x3C;script>alert(1)&#x3C;/script>[click](javascript:alert(2)) {{stat "headline.cases"}}</td>');
    const listed = await renderOne('{{#cases trend="alpha" featured=true}}- **{{title}}**, {{organisation}}\n{{/cases}}', withHostile);
    expectHarmless(listed.chapters[0]?.html.replace(/<\/?strong>/g, ''));
    expect(listed.chapters[0]?.html).toContain('<li><strong>&#x3C;script>alert(1)&#x3C;/script>[click](javascript:alert(2)) {{stat "headline.cases"}}</strong>, &#x3C;img src=x onerror=alert(3)> **Ministry**</li>');
  });

  it('drops a script link an editor wrote in Markdown, and keeps the safe ones', async () => {
    const { chapters } = await render([chapter('chapters/01-intro.md', '[bad](javascript:alert(1)) and [good](https://www.oecd.org/) and <https://oecd-opsi.org>')]);
    expect(chapters[0]?.html).toBe('<p><a>bad</a> and <a href="https://www.oecd.org/">good</a> and <a href="https://oecd-opsi.org">https://oecd-opsi.org</a></p>');
  });
});
