/**
 * The HTML edition's pages, read as text: which pages there are, how they link, what the figures and lists hold,
 * and that hostile case text stays text everywhere.
 */
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildHtmlEdition } from '../../../pipeline/editions/html/index.ts';
import type { EditionFile } from '../../../pipeline/editions/layout.ts';
import { cases, figures, fixtureInput, HOSTILE, isPage, text } from './fixture.ts';

let files: EditionFile[];
let pages: Map<string, string>;

beforeAll(async () => {
  files = buildHtmlEdition(await fixtureInput());
  pages = new Map(files.filter(isPage).map((file) => [file.path, text(file)]));
});

const page = (path: string): string => {
  const html = pages.get(path);
  if (html === undefined) throw new Error(`no page ${path}`);
  return html;
};

/** Attribute values as the browser reads them: Handlebars and rehype write some characters as references. */
const decode = (value: string) =>
  value.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16))).replaceAll('&amp;', '&').replaceAll('&quot;', '"');
const attributes = (html: string, name: string): string[] => [...html.matchAll(new RegExp(`\\s${name}="([^"]*)"`, 'g'))].map((m) => decode(m[1]!));
const jsonScript = (html: string, id: string): unknown => {
  const match = new RegExp(`<script type="application/json" id="${id}">([\\s\\S]*?)</script>`).exec(html);
  if (!match) throw new Error(`no JSON script #${id}`);
  return JSON.parse(match[1]!);
};

interface BrowserData {
  cases: { anchor: string; id: string; title: string; summary: string; organisation: string; technologies: string[]; url?: string; box?: { href: string; number: string } }[];
}

/** Ids a page has once its script ran: the case browser's rows are made from its JSON. */
function idsOf(path: string): Set<string> {
  const html = page(path);
  const ids = attributes(html, 'id');
  if (path === 'cases.html') ids.push(...(jsonScript(html, 'case-data') as BrowserData).cases.map((c) => c.anchor));
  return new Set(ids);
}

describe('the HTML edition', () => {
  it('has a contents page, a page per chapter and annex, the case browser, search, lists, data and assets', () => {
    expect([...pages.keys()]).toEqual([
      'index.html',
      '00-foreword.html',
      '01-alpha.html',
      '02-beta.html',
      '90-annex.html',
      'cases.html',
      'search.html',
      'figures.html',
      'boxes.html',
    ]);
    const others = files.filter((file) => !isPage(file)).map((file) => file.path);
    expect(others).toEqual(expect.arrayContaining(['figures/trend.csv', 'figures/region.csv', 'assets/screen.css', 'assets/fonts.css', 'assets/case-browser.js', 'assets/search.js', 'assets/minisearch.js']));
    expect(others.filter((path) => path.startsWith('assets/fonts/') && path.endsWith('.woff2')).length).toBeGreaterThan(0);
  });

  it('gives every page its language, a title, a skip link to the main landmark and exactly one h1', () => {
    for (const [path, html] of pages) {
      expect(html, path).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
      expect(html, path).toMatch(/<title>[^<]+<\/title>/);
      expect(html, path).toContain('<a class="skip-link" href="#main">');
      expect(html, path).toContain('<main id="main"');
      expect(html.match(/<h1[\s>]/g), path).toHaveLength(1);
    }
  });

  it('resolves every link and resource to a file of the edition, and every fragment to an id on its page', () => {
    const paths = new Set(files.map((file) => file.path));
    for (const [path, html] of pages) {
      for (const address of [...attributes(html, 'href'), ...attributes(html, 'src')]) {
        // Only the cases' own web sites are outside the edition, and only as links, never as resources.
        if (/^https?:/.test(address)) {
          expect(cases.map((c) => c.url), `${path}: ${address}`).toContain(address);
          continue;
        }
        // data: is the empty icon, which stops browsers asking for /favicon.ico.
        if (address === 'data:,') continue;
        expect(address, path).not.toMatch(/^(\/|[a-z]+:)/i);
        const [file = '', fragment] = address.split('#');
        const target = file === '' ? path : file.split('?')[0]!;
        expect(paths, `${path} links to ${address}`).toContain(target);
        if (fragment !== undefined && target.endsWith('.html')) expect(idsOf(target), `${path} links to ${address}`).toContain(fragment);
      }
    }
  });

  it('links each chapter to the one before and after it, the first back to the contents', () => {
    const pager = (path: string) => [...page(path).matchAll(/rel="(prev|next)" href="([^"]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(pager('00-foreword.html')).toEqual(['prev index.html', 'next 01-alpha.html']);
    expect(pager('01-alpha.html')).toEqual(['prev 00-foreword.html', 'next 02-beta.html']);
    expect(pager('90-annex.html')).toEqual(['prev 02-beta.html']);
    expect(page('02-beta.html')).toMatch(/<nav class="breadcrumbs" aria-label="Breadcrumb">\s*<ol>\s*<li><a href="index.html">Contents<\/a><\/li>\s*<li><span aria-current="page">2. Beta services<\/span><\/li>/);
  });

  it('shows the chapter outline, and sends references to another chapter to that chapter\u2019s page', () => {
    const alpha = page('01-alpha.html');
    expect(alpha).toContain('<li class="outline-depth-2"><a href="#01-alpha--co-design-with-users">Co-design with users</a></li>');
    expect(alpha).toContain('<a class="ref" href="02-beta.html#figure-region" data-ref="region">Figure 2.1</a>');
    expect(alpha).toContain('<a class="ref" href="02-beta.html#02-beta" data-ref="02-beta">Chapter 2</a>');
    expect(page('02-beta.html')).toContain('<a class="ref" href="01-alpha.html#box-t-01" data-ref="T-01">Box 1.1</a>');
    // The footnote is on the chapter's own page: its link stays a fragment.
    expect(alpha).toMatch(/<a href="#01-alpha--fn-1"/);
  });

  it('adds to each figure a link to its CSV, shipped with the edition, and its data as an escaped table', () => {
    const alpha = page('01-alpha.html');
    const figure = alpha.slice(alpha.indexOf('<figure class="figure" id="figure-trend"'), alpha.indexOf('</figure>'));
    expect(figure).toContain('<a href="figures/trend.csv" download>Download data (CSV)</a>');
    expect(figure).toContain('<caption>Data for Figure 1.1: Cases by trend</caption>');
    expect(figure).toContain('<thead><tr><th scope="col">trend</th><th scope="col">count</th><th scope="col">share</th></tr></thead>');
    expect(figure).toContain('<tr><td>Beta &lt;b&gt;</td><td class="numeric">2</td><td class="numeric">0.5</td></tr>');
    expect(text(files.find((file) => file.path === 'figures/trend.csv')!)).toBe(figures[0]!.csv);
  });

  it('opens with the title, the key figures and the contents with each chapter\u2019s summary', () => {
    const home = page('index.html');
    expect(home).toContain('<h1 class="report-title">Test Trends 2024</h1>');
    expect(home).toContain('<p class="data-notice" role="note">These cases are made up for the tests.</p>');
    expect(home).toContain('<div><dt>Case studies</dt><dd>4</dd></div>');
    expect(home).toContain('<a href="cases.html?trend&#x3D;beta">2 cases</a> (50%)');
    const contents = [...home.matchAll(/<li class="toc-(\w+)"><a href="([^"]+)">/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(contents).toEqual(['front 00-foreword.html', 'chapter 01-alpha.html', 'chapter 02-beta.html', 'annex 90-annex.html']);
    expect(home).toContain('<p class="toc-summary">Services designed with their users.</p>');
  });

  it('lists the figures and the boxes with links to them', () => {
    expect(page('figures.html')).toContain('<a href="01-alpha.html#figure-trend"><span class="item-number">Figure 1.1.</span> Cases by trend</a>');
    expect(page('figures.html')).toContain('<a href="02-beta.html#figure-region"><span class="item-number">Figure 2.1.</span> Cases by region</a>');
    expect(page('boxes.html')).toContain('<a href="01-alpha.html#box-t-01"><span class="item-number">Box 1.1.</span> Ferry timetable by its passengers</a>');
  });

  it('gives the case browser every case, each with its anchor, its box and only a web address that is http(s)', () => {
    const data = jsonScript(page('cases.html'), 'case-data') as BrowserData;
    expect(data.cases.map((c) => c.anchor)).toEqual(['T-01', 'T-02', 'T-03', 'T-04']);
    expect(data.cases[0]).toMatchObject({ url: 'https://example.org/ferry', box: { href: '01-alpha.html#box-t-01', number: '1.1' } });
    const hostile = data.cases[3]!;
    expect(hostile).toMatchObject({ title: HOSTILE.title, summary: HOSTILE.summary, organisation: HOSTILE.organisation, technologies: [HOSTILE.technology] });
    expect(hostile.url).toBeUndefined();
  });

  it('keeps hostile case text as text on every page: no script, tag, handler or javascript: link of its own', () => {
    for (const [path, html] of pages) {
      const scripts = html.match(/<script[^>]*>/g) ?? [];
      for (const script of scripts) expect(script, path).toMatch(/^<script (src="assets\/[a-z-]+\.js"|type="application\/json" id="[a-z-]+")>$/);
      expect(html, path).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
      expect(html, path).not.toContain('javascript:');
      expect(html, path).not.toContain(HOSTILE.title);
    }
    // Inside the case browser's JSON, every < is an escape, so its text cannot close the script element.
    expect(page('cases.html')).toContain('"title":"\\u003cscript>alert(\\"title\\")\\u003c/script>Hostile \\u003c/script>\\u003c!-- title"');
    expect(page('cases.html')).toContain('<option value="&lt;b onmouseover&#x3D;alert(&quot;technology&quot;)&gt;tech&lt;/b&gt;">');
  });

  it('builds a search index of the chapters\u2019 sections that the browser loads with the same options', () => {
    const { options, index } = jsonScript(page('search.html'), 'search-data') as { options: ConstructorParameters<typeof MiniSearch>[0]; index: Parameters<typeof MiniSearch.loadJS>[0] };
    const search = MiniSearch.loadJS(index, options);
    expect(search.search('zeppelin').map((hit) => hit['url'])).toEqual(['01-alpha.html']);
    expect(search.search('regions differ')[0]).toMatchObject({ url: '01-alpha.html#01-alpha--co-design-with-users', chapter: '1. Alpha', title: 'Co-design with users' });
    // Chart labels are not the report's words.
    expect(JSON.stringify(index)).not.toContain('rect');
  });
});
