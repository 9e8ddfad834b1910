import { describe, expect, it } from 'vitest';
import { namedDestinationPages, readDocumentInfo, UnsupportedPdfError, withDocumentInfo } from '../../../pipeline/editions/pdf/pdf-file.ts';
import { readPdf } from '../../helpers/pdf.ts';
import { plainPdf } from './plain-pdf.ts';

const PAGE = '<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 200 200]>>';

/** Three pages in a nested page tree; destinations to each, one by a dictionary, one with an escaped name. */
const sample = () =>
  plainPdf([
    "<</Title (Old \\(draft\\) caf\\351)\n/Creator (Chromium)\n/Producer (Skia/PDF m156)\n/CreationDate (D:20261127153416+00'00')>>",
    '<</Type /Catalog\n/Pages 3 0 R\n/Dests 6 0 R>>',
    '<</Type /Pages\n/Count 3\n/Kids [4 0 R 7 0 R]>>',
    PAGE,
    PAGE,
    '<</intro [4 0 R /XYZ 0 200 0]\n/caf#C3#A9 [8 0 R /XYZ 0 200 0]\n/boxed <</D [5 0 R /XYZ 0 100 0]>>>>',
    '<</Type /Pages\n/Parent 3 0 R\n/Count 2\n/Kids [5 0 R 8 0 R]>>',
    PAGE,
  ]);

describe('namedDestinationPages', () => {
  it('gives the page of each named destination, through a nested page tree', () => {
    expect(namedDestinationPages(sample())).toEqual(new Map([['intro', 1], ['café', 3], ['boxed', 2]]));
  });

  it('gives none for a PDF without destinations', () => {
    const pdf = plainPdf(['<<>>', '<</Type /Catalog\n/Pages 3 0 R>>', '<</Type /Pages\n/Count 1\n/Kids [4 0 R]>>', PAGE]);
    expect(namedDestinationPages(pdf)).toEqual(new Map());
  });

  it('refuses a PDF with a cross-reference stream rather than misread it', () => {
    const text = '%PDF-1.5\n1 0 obj\n<</Type /XRef\n/Size 2>> stream\nendstream\nendobj\nstartxref\n9\n%%EOF';
    expect(() => namedDestinationPages(Buffer.from(text, 'latin1'))).toThrow(UnsupportedPdfError);
  });

  it('refuses a PDF updated incrementally', () => {
    expect(() => namedDestinationPages(plainPdf(['<<>>', '<</Type /Catalog>>'], '\n/Prev 9'))).toThrow('updated incrementally');
  });
});

describe('readDocumentInfo', () => {
  it('decodes the text strings, escapes and octal codes included', () => {
    expect(readDocumentInfo(sample())).toEqual({
      Title: 'Old (draft) café',
      Creator: 'Chromium',
      Producer: 'Skia/PDF m156',
      CreationDate: "D:20261127153416+00'00'",
    });
  });
});

describe('withDocumentInfo', () => {
  const info = { Title: 'Trends: (new) \\ édition ✓', Author: 'OECD', CreationDate: 'D:20240101000000Z' };

  it('replaces the document information, which any reader then finds', async () => {
    const pdf = withDocumentInfo(sample(), info);
    expect(readDocumentInfo(pdf)).toEqual(info);
    expect((await readPdf(pdf)).info).toMatchObject({ title: info.Title, author: 'OECD', creationDate: info.CreationDate });
  });

  it('moves the other objects and rewrites the table so that every object is where the table says', () => {
    const pdf = withDocumentInfo(sample(), info);
    // Each object is looked up through the table, and checked to be the object the table names.
    expect(namedDestinationPages(pdf)).toEqual(namedDestinationPages(sample()));
    expect(Buffer.from(pdf).toString('latin1')).not.toContain('D:2026');
  });

  it('gives the same bytes for the same input', () => {
    expect(Buffer.from(withDocumentInfo(sample(), info)).equals(Buffer.from(withDocumentInfo(sample(), info)))).toBe(true);
  });
});
