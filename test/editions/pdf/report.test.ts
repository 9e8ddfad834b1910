/**
 * The real report, built as `npm run report` builds it (sample data, real templates), read back: the checks of the
 * fixture tests that matter most on a long document.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../pipeline/build.ts';
import { nodeEffects } from '../../../pipeline/effects.ts';
import { readPdf, type PdfContents } from '../../helpers/pdf.ts';
import { folioPages, hasPdffonts, headingTexts, normal, pdfFonts, printedEntries } from './reading.ts';

const BUILD_MS = 180_000;
const folder = mkdtempSync(join(tmpdir(), 'report-pdf-'));
const out = join(folder, 'output');
let bytes: Uint8Array;
let pdf: PdfContents;
let html: string;

beforeAll(async () => {
  const quiet = nodeEffects({ info: () => {}, diagnostic: () => {} }, { start: () => ({ done: () => {} }) });
  const root = join(import.meta.dirname, '../../..');
  const result = await build(
    { data: [join(root, 'data/cases')], reference: join(root, 'data'), templates: join(root, 'templates'), out, strict: false, mode: 'build' },
    quiet,
  );
  bytes = new Uint8Array(readFileSync(join(out, 'pdf', `${result.edition.reportName}.pdf`)));
  pdf = await readPdf(bytes);
  html = readFileSync(join(out, 'print', 'print.html'), 'utf8');
}, BUILD_MS);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the report as built', () => {
  it('prints, on the page each line of the contents and lists names, the text of that line', () => {
    const folios = folioPages(pdf);
    const entries = printedEntries(html);
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const page = folios.get(entry.page);
      expect(page, `${entry.title}: no page shows the number ${JSON.stringify(entry.page)}`).toBeDefined();
      expect(normal(pdf.pages[page! - 1]!), `${entry.title} on page ${entry.page}`).toContain(normal(entry.title));
    }
  });

  it('bookmarks every heading with exactly its text', () => {
    expect(pdf.outline.map((entry) => entry.title)).toEqual(headingTexts(html));
  });

  it('has the edition\'s title and is tagged', () => {
    expect(pdf.info.title).toBe('Global Trends in Government Innovation 2024: Fostering human-centred public services');
    expect(pdf.tagged).toBe(true);
  });

  it.runIf(hasPdffonts())('embeds every font, all of them the report\'s own (no system fallback, no Type 3)', () => {
    for (const font of pdfFonts(bytes, join(folder, 'report.pdf'))) {
      expect(font).toMatchObject({ embedded: true, type: 'CID TrueType' });
      // Subset prefix ("AAAAAA+"), then the face: fontsource's files call themselves SourceSans3….
      expect(font.name).toMatch(/^[A-Z]{6}\+SourceSans3/);
    }
  });
});
