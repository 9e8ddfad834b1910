import { describe, expect, it } from 'vitest';
import { cssString, pageStyle } from '../../../pipeline/editions/pdf/page-style.ts';

describe('pageStyle', () => {
  it('sizes the page by the trim, with mirrored margins', () => {
    expect(pageStyle('a4', [])).toContain('@page { size: 210mm 297mm;');
    const book = pageStyle('book-16x23', []);
    expect(book).toContain('@page { size: 160mm 230mm;');
    expect(book).toContain('@page :left { margin-left: 14mm; margin-right: 18mm; }');
    expect(book).toContain('@page :right { margin-left: 18mm; margin-right: 14mm; }');
  });

  it('gives each chapter body its running head', () => {
    expect(pageStyle('a4', [{ page: 'chapter-2', text: 'Data-powered' }])).toContain('@page chapter-2 { @top-center { content: "Data-powered"; } }');
  });
});

describe('cssString', () => {
  it('keeps a title one string inside the style element, whatever it holds', () => {
    expect(cssString('Say "hi" \\ </style> {x}\n')).toBe('"Say \\22 hi\\22  \\5c  \\3c /style\\3e  \\7b x\\7d \\a "');
  });
});
