/**
 * The PDF edition end to end on a small fixture edition, printed with the real browser and templates in A4 (the
 * default) and in the 16 × 23 cm book size with chapters opening on right-hand pages, then read back with pdfjs.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../../pipeline/edition.ts';
import type { EditionFile, EditionTemplates } from '../../../pipeline/editions/layout.ts';
import { openPrinter, PRINT_PAGE, printPdfEdition, resolveBrowser, type PrintEditionInput, type Printer } from '../../../pipeline/editions/pdf/index.ts';
import { readPdf, type PdfContents } from '../../helpers/pdf.ts';
import { fixtureEdition, realTemplates } from './fixture.ts';
import { folioPages, hasPdffonts, headingTexts, normal, pdfFonts, printedEntries } from './reading.ts';

const BROWSER_TEST_MS = 120_000;
const MM = 72 / 25.4;
const CREATED = new Date(Date.UTC(2024, 0, 1));

interface Printed {
  input: PrintEditionInput;
  bytes: Uint8Array;
  pdf: PdfContents;
  /** The print page as written to disk, i.e. the one the final PDF was printed from. */
  html: string;
  prints: number;
}

const EDITIONS: Readonly<Record<'a4' | 'book', Edition['print']>> = {
  // No print section: the defaults, A4 and chapters on the next page.
  a4: undefined,
  book: {
    trim: 'book-16x23',
    rectoChapterStarts: true,
    keywords: ['innovation'],
    citation: { author: 'OECD', imprint: 'OECD Publishing, Paris', doi: '10.1787/test-en' },
  },
};

const folder = mkdtempSync(join(tmpdir(), 'report-print-edition-'));
let printer: Printer;
let templates: EditionTemplates;
const printed = {} as Record<keyof typeof EDITIONS, Printed>;

/** Prints an edition into its own folder, as the build does into the staging folder. */
async function printEdition(name: string, input: PrintEditionInput): Promise<Printed> {
  const dir = join(folder, name);
  const writeFiles = async (files: readonly EditionFile[]) => {
    for (const file of files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.content);
    }
    return join(dir, PRINT_PAGE);
  };
  const result = await printPdfEdition(input, { printer, writeFiles, creationDate: CREATED });
  return { input, bytes: result.pdf, pdf: await readPdf(result.pdf), html: readFileSync(join(dir, PRINT_PAGE), 'utf8'), prints: result.prints };
}

beforeAll(async () => {
  printer = await openPrinter({ executablePath: (await resolveBrowser()).executablePath });
  templates = await realTemplates();
  for (const [name, print] of Object.entries(EDITIONS)) {
    printed[name as keyof typeof EDITIONS] = await printEdition(name, fixtureEdition(print, templates));
  }
}, BROWSER_TEST_MS);

afterAll(async () => {
  await printer?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe.each(Object.keys(EDITIONS) as (keyof typeof EDITIONS)[])('the %s edition', { timeout: BROWSER_TEST_MS }, (name) => {
  const edition = () => printed[name];

  it('has the page size of its trim', () => {
    const expected = name === 'a4' ? { width: 210 * MM, height: 297 * MM } : { width: 160 * MM, height: 230 * MM };
    // Chromium lays pages out in whole CSS pixels, so sizes may be off by a fraction of a point.
    expect(Math.abs(edition().pdf.firstPageSize.width - expected.width)).toBeLessThan(1);
    expect(Math.abs(edition().pdf.firstPageSize.height - expected.height)).toBeLessThan(1);
  });

  it('settles its page numbers with one print after the draft', () => {
    expect(edition().prints).toBe(2);
  });

  it('prints, on the page each line of the contents and lists names, the text of that line, and links there', () => {
    const { pdf, html } = edition();
    const folios = folioPages(pdf);
    const entries = printedEntries(html);
    expect(entries.map((entry) => entry.title)).toEqual(expect.arrayContaining(['Foreword', 'Methodology', 'Five trends', 'Cases by region', 'A digital twin of a city']));
    for (const entry of entries) {
      const page = folios.get(entry.page);
      expect(page, `${entry.title}: no page shows the number ${JSON.stringify(entry.page)}`).toBeDefined();
      expect(normal(pdf.pages[page! - 1]!), `${entry.title} on page ${entry.page}`).toContain(normal(entry.title));
      expect(pdf.links.flat()).toContainEqual(expect.objectContaining({ destination: entry.anchor, pageNumber: page }));
    }
  });

  it('numbers the front matter in roman numerals and the chapters from 1', () => {
    const { pdf, html } = edition();
    const entries = printedEntries(html);
    expect(entries.find((entry) => entry.title === 'Foreword')?.page).toMatch(/^[ivx]+$/);
    const first = entries.find((entry) => entry.anchor === '01-services')!;
    expect(first.page).toBe('1');
    expect(pdf.lines[folioPages(pdf).get('1')! - 1]!.map((line) => line.text)).toContain('CHAPTER 1');
  });

  it('bookmarks every heading with exactly its text, chapters at the top level', () => {
    const { pdf, html, input } = edition();
    expect(pdf.outline.map((entry) => entry.title)).toEqual(headingTexts(html));
    const topLevel = pdf.outline.filter((entry) => entry.depth === 0).map((entry) => entry.title);
    expect(topLevel).toEqual(expect.arrayContaining(input.chapters.map((chapter) => chapter.title)));
  });

  it('prints the running head on chapter pages but not on the cover nor on chapter openers', () => {
    const { pdf, input } = edition();
    const firstLine = (page: number) => pdf.lines[page - 1]?.[0]?.text;
    const starts = input.chapters.map((chapter) => pdf.destinations.get(chapter.id)!);
    input.chapters.forEach((chapter, index) => {
      if (chapter.kind === 'front') return;
      const end = (starts[index + 1] ?? pdf.pageCount + 1) - 1;
      expect(firstLine(starts[index]!)).not.toBe(chapter.shortTitle);
      for (let page = starts[index]! + 1; page <= end; page++) {
        if (pdf.lines[page - 1]!.length > 0) expect(firstLine(page), `page ${page}`).toBe(chapter.shortTitle);
      }
    });
    expect(pdf.lines[0]!.map((line) => line.text)).not.toContain(input.chapters[1]!.shortTitle);
  });

  it('keeps each figure\'s caption and chart, and each box, on one page', () => {
    const { pdf, input } = edition();
    const pageWith = (text: string) => pdf.pages.findIndex((page) => normal(page).includes(text));
    for (const figure of input.chapters.flatMap((chapter) => chapter.figures)) {
      const caption = pageWith(`Figure ${figure.number}. ${figure.title}`);
      expect(caption).toBeGreaterThanOrEqual(0);
      expect(pdf.pages[caption]).toContain(`Label of ${figure.id} 3`);
    }
    for (const box of input.chapters.flatMap((chapter) => chapter.boxes)) {
      expect(pdf.pages[pageWith(`Box ${box.number}. ${box.title}`)]).toContain(`End of box ${box.number}.`);
    }
  });

  it('repeats the header row of a table longer than a page', () => {
    const { pdf } = edition();
    const tablePages = pdf.lines.flatMap((lines, index) => (lines.some((line) => /^Country \d+/.test(line.text)) ? [index] : []));
    expect(tablePages.length).toBeGreaterThan(1);
    for (const page of tablePages) expect(pdf.lines[page]!.map((line) => line.text)).toContain('Country nameCases countedShare of all');
  });

  it('ends each chapter with its notes, linked to and from their references', () => {
    const { pdf } = edition();
    const prefix = '01-services--';
    const notesPage = pdf.destinations.get(`${prefix}fn-1`)!;
    expect(pdf.pages[notesPage - 1]).toContain('The first note, about trust.');
    expect(pdf.destinations.get(`${prefix}fn-2`)).toBeGreaterThanOrEqual(notesPage);
    for (const number of [1, 2]) {
      const referencePage = pdf.destinations.get(`${prefix}fnref-${number}`)!;
      expect(pdf.links[referencePage - 1]).toContainEqual(expect.objectContaining({ destination: `${prefix}fn-${number}`, pageNumber: pdf.destinations.get(`${prefix}fn-${number}`) }));
      expect(pdf.links.flat()).toContainEqual(expect.objectContaining({ destination: `${prefix}fnref-${number}`, pageNumber: referencePage }));
    }
    // The notes close the chapter: the next chapter opens after them.
    expect(pdf.destinations.get('02-data')).toBeGreaterThan(notesPage);
  });

  it('says what it is in its metadata, dated for reproducible builds, tagged', () => {
    const { pdf } = edition();
    expect(pdf.info).toMatchObject({
      title: 'Test Trends 2024: A small edition',
      author: 'Test Observatory',
      subject: 'A small edition',
      keywords: name === 'a4' ? 'Alpha, Beta, Gamma' : 'innovation, Alpha, Beta, Gamma',
      creationDate: 'D:20240101000000Z',
      language: 'en-GB',
    });
    expect(pdf.tagged).toBe(true);
  });

  it('opens the report with a cover and a colophon in the OECD manner', () => {
    const { pdf } = edition();
    expect(normal(pdf.pages[0]!)).toContain('Test Trends 2024 A small edition Test Observatory The cases of this test edition are invented.');
    const colophon = normal(pdf.pages[1]!);
    const doi = name === 'book' ? ', https://doi.org/10.1787/test-en' : '';
    expect(colophon).toContain(`Please cite this publication as: OECD (2024), Test Trends 2024: A small edition, OECD Publishing, Paris${doi}.`);
    expect(colophon).toContain('The cases of this test edition are invented.');
    expect(colophon).toContain('© OECD 2024');
  });

  it.runIf(hasPdffonts())('embeds the report\'s font, every face of it, and no other', () => {
    const fonts = pdfFonts(edition().bytes, join(folder, `${name}.pdf`));
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining(['SourceSans3ExtraLight-Regular', 'SourceSans3ExtraLight-SemiBold', 'SourceSans3ExtraLight-Bold']),
    );
    for (const font of fonts) {
      expect(font).toMatchObject({ embedded: true, type: 'CID TrueType' });
      expect(font.name).toMatch(/SourceSans3/);
    }
  });
});

describe('the book edition with recto chapter starts', { timeout: BROWSER_TEST_MS }, () => {
  it('opens every chapter on a right-hand (odd) page, after a blank page where needed', () => {
    const { pdf, input } = printed.book;
    const starts = input.chapters.map((chapter) => pdf.destinations.get(chapter.id)!);
    for (const start of starts) expect(start % 2).toBe(1);
    const blanks = pdf.lines.flatMap((lines, index) => (lines.length === 0 ? [index + 1] : []));
    expect(blanks.length).toBeGreaterThan(0);
    for (const blank of blanks) expect(starts).toContain(blank + 1);
  });

  it('prints the same bytes again from the same sources', async () => {
    const again = await printEdition('book-again', fixtureEdition(EDITIONS.book, templates));
    expect(Buffer.from(again.bytes).equals(Buffer.from(printed.book.bytes))).toBe(true);
  });
});

describe('the A4 edition without recto starts', () => {
  it('has no blank page', () => {
    expect(printed.a4.pdf.lines.filter((lines) => lines.length === 0)).toEqual([]);
  });
});
