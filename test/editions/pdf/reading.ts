/**
 * What the print tests read back from a printed edition: the page each folio is printed on, the lines of the
 * contents and the headings as the print page wrote them, and the fonts pdffonts finds.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { PdfContents } from '../../helpers/pdf.ts';

/** Collapses runs of whitespace (line breaks included), so text can be compared across line wraps. */
export const normal = (text: string): string => text.replace(/\s+/g, ' ').trim();

const FOLIO = /^(?:[ivxlcdm]+|\d+)$/;

/** The physical page (1-based) of each printed folio: the last line of a page, when it is a page number. */
export function folioPages(pdf: PdfContents): Map<string, number> {
  const pages = new Map<string, number>();
  pdf.lines.forEach((lines, index) => {
    const last = lines.at(-1)?.text;
    if (last !== undefined && FOLIO.test(last)) pages.set(last, index + 1);
  });
  return pages;
}

export interface PrintedEntry {
  anchor: string;
  label: string;
  title: string;
  page: string;
}

/** The lines of the contents and of the lists, as the print page gives them. */
export function printedEntries(html: string): PrintedEntry[] {
  const entry =
    /<li class="toc-[a-z]+"><a href="#([^"]+)"><span class="toc-label">(.*?)<\/span><span class="toc-title">(.*?)<\/span><span class="toc-page">(.*?)<\/span><\/a><\/li>/g;
  return [...html.matchAll(entry)].map(([, anchor, label, title, page]) => ({ anchor: anchor!, label: textOf(label!), title: textOf(title!), page: page! }));
}

/** The text of every heading of the print page, in document order. */
export function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/g)].map(([, , inner]) => textOf(inner!));
}

/** Text of an HTML fragment: tags dropped, the entities Handlebars and rehype write decoded. */
function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", '#x3D': '=', '#x60': '`' };
  return html.replace(/<[^>]+>/g, '').replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? whole);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export const hasPdffonts = (): boolean => spawnSync('pdffonts', ['-v']).error === undefined;

/** The fonts of a PDF as poppler's pdffonts lists them. */
export function pdfFonts(pdf: Uint8Array, path: string): PdfFont[] {
  writeFileSync(path, pdf);
  // Two header lines, then: name type… encoding emb sub uni object-id (the type may be two words, "CID TrueType").
  const rows = spawnSync('pdffonts', [path], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
  return rows.map((row) => {
    const fields = row.trim().split(/\s+/);
    return { name: fields[0]!, type: fields.slice(1, -6).join(' '), embedded: fields.at(-5) === 'yes' };
  });
}
