import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionTemplates } from '../../../pipeline/editions/layout.ts';
import { UNPAGINATED, type Pagination } from '../../../pipeline/editions/pdf/pagination.ts';
import { buildPrintFiles, paginationInput, PRINT_PAGE, printPageFile, type PrintEditionInput } from '../../../pipeline/editions/pdf/print-html.ts';
import { fixtureEdition, realTemplates } from './fixture.ts';
import { printedEntries } from './reading.ts';

let templates: EditionTemplates;
beforeAll(async () => {
  templates = await realTemplates();
});

const page = (input: PrintEditionInput, pagination: Pagination = UNPAGINATED) => String(printPageFile(input, pagination).content);

describe('the print page', () => {
  it('lists every chapter with its sections, every figure and every box, linked by anchor', () => {
    const input = fixtureEdition(undefined, templates);
    const entries = printedEntries(page(input));
    expect(entries.map((entry) => entry.anchor)).toEqual(paginationInput(input).targets.map((target) => target.anchor));
    expect(entries.slice(0, 3)).toEqual([
      { anchor: '00-foreword', label: '', title: 'Foreword', page: '' },
      { anchor: '01-services', label: 'Chapter 1', title: input.chapters[1]!.title, page: '' },
      { anchor: '01-services--why', label: '', title: 'Why services matter', page: '' },
    ]);
    expect(entries).toContainEqual({ anchor: 'figure-services-region', label: 'Figure 1.2', title: 'Cases by region', page: '' });
    expect(entries).toContainEqual({ anchor: 'box-case-three', label: 'Box 2.1', title: 'A digital twin of a city', page: '' });
  });

  it('prints the page numbers of a pagination, and its blank pages before the chapters it names', () => {
    const input = fixtureEdition(undefined, templates);
    const pagination: Pagination = { blankBefore: new Set([2]), pages: new Map(), folios: new Map([['01-services', '1'], ['00-foreword', 'v']]) };
    const html = page(input, pagination);
    expect(printedEntries(html).slice(0, 2).map((entry) => entry.page)).toEqual(['v', '1']);
    expect(html.match(/class="blank-page"/g)).toHaveLength(1);
    expect(html.indexOf('class="blank-page"')).toBeLessThan(html.indexOf('<header class="chapter-opener" id="02-data"'));
    expect(html.indexOf('class="blank-page"')).toBeGreaterThan(html.indexOf('<header class="chapter-opener" id="01-services"'));
  });

  it('opens each chapter on an opener page, the first one restarting the numbering, and runs its short title on the others', () => {
    const html = page(fixtureEdition(undefined, templates));
    expect(html).toContain('<header class="chapter-opener" id="01-services" style="page: body-start">');
    expect(html).toContain('<header class="chapter-opener" id="02-data" style="page: opener">');
    expect(html).toContain('<div class="chapter-body" style="page: chapter-3">');
    expect(html).toContain('@page chapter-3 { @top-center { content: "Data-powered"; } }');
    // Front matter has no opener and no running head.
    expect(html).toContain('<section class="chapter chapter-front" id="00-foreword"');
    expect(html).not.toContain('@page chapter-1 ');
  });

  it('escapes what the edition says, in the HTML and in the running heads', () => {
    const input = fixtureEdition(undefined, templates);
    const chapters = input.chapters.map((chapter, index) => (index === 1 ? { ...chapter, title: 'Rules & <tools>', shortTitle: 'Say "no"' } : chapter));
    const html = page({ ...input, chapters });
    expect(html).toContain('Rules &amp; &lt;tools&gt;');
    expect(html).toContain('content: "Say \\22 no\\22 "');
  });

  it('cites the publication with its DOI when the edition has one', () => {
    const citation = { author: 'OECD', imprint: 'OECD Publishing, Paris', doi: '10.1787/test-en' };
    const html = page(fixtureEdition({ trim: 'a4', rectoChapterStarts: false, keywords: [], citation }, templates));
    expect(html).toContain(', OECD Publishing, Paris, <a href="https://doi.org/10.1787/test-en">https://doi.org/10.1787/test-en</a>.');
    expect(html).toContain('© OECD 2024');
  });

  it('leaves out the list of boxes of an edition without boxes', () => {
    const input = fixtureEdition(undefined, templates);
    const html = page({ ...input, chapters: input.chapters.map((chapter) => ({ ...chapter, boxes: [] })) });
    expect(html).toContain('List of figures');
    expect(html).not.toContain('List of boxes');
  });

  it('comes with the print styles and the fonts', () => {
    const paths = buildPrintFiles(fixtureEdition(undefined, templates), UNPAGINATED).map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining([PRINT_PAGE, 'assets/fonts.css', 'assets/report.css', 'assets/print.css', 'assets/fonts/source-sans-3-latin-400-normal.woff2']));
  });
});
