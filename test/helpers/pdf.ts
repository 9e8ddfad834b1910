/**
 * Reads a PDF back for tests: its text page by page (whole, and as lines with their place), its links, its named
 * destinations, its document information, its bookmarks and its page size. Uses pdfjs-dist's legacy build, the one
 * that runs in Node 20.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfDocumentInfo {
  title: string | undefined;
  author: string | undefined;
  subject: string | undefined;
  keywords: string | undefined;
  creator: string | undefined;
  producer: string | undefined;
  /** As written, in PDF's date format (D:20240101000000Z). */
  creationDate: string | undefined;
  /** The document's language (the catalog's /Lang). */
  language: string | undefined;
}

export interface PdfOutlineEntry {
  title: string;
  /** 0 for a top-level bookmark, 1 for one nested under it, and so on. */
  depth: number;
  /** 1-based page the bookmark leads to; undefined when it leads nowhere inside the document. */
  pageNumber: number | undefined;
}

export interface PdfLine {
  text: string;
  /** Distance of the line's baseline from the top edge of the page, in points. */
  top: number;
}

export interface PdfLink {
  /** The named destination the link leads to, when it has one. */
  destination: string | undefined;
  /** 1-based page the link leads to; undefined for a link out of the document. */
  pageNumber: number | undefined;
  url: string | undefined;
}

export interface PdfPageSize {
  /** In PDF points (1/72 inch): A4 is 595 × 842. */
  width: number;
  height: number;
}

export interface PdfContents {
  pageCount: number;
  /** Text of each page, pages[0] being page 1; a line break where the PDF ends a line. */
  pages: string[];
  /** The lines of each page from top to bottom: text drawn on the same baseline, in reading order. */
  lines: PdfLine[][];
  /** The links of each page. */
  links: PdfLink[][];
  /** The page of each named destination. */
  destinations: Map<string, number>;
  info: PdfDocumentInfo;
  /** Bookmarks, depth first, in document order. */
  outline: PdfOutlineEntry[];
  firstPageSize: PdfPageSize;
  /** Whether the PDF says it is tagged (MarkInfo /Marked), i.e. carries structure for assistive technology. */
  tagged: boolean;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContents> {
  // pdfjs takes ownership of the buffer it is given (it may detach it): give it a copy so the caller keeps theirs.
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false });
  const doc = await task.promise;
  try {
    const pageNumbers = Array.from({ length: doc.numPages }, (_, index) => index + 1);
    const pages = await Promise.all(pageNumbers.map((number) => doc.getPage(number)));
    return {
      pageCount: doc.numPages,
      pages: await Promise.all(pages.map(pageText)),
      lines: await Promise.all(pages.map(pageLines)),
      links: await Promise.all(pages.map((page) => pageLinks(doc, page))),
      destinations: await namedDestinations(doc),
      info: await documentInfo(doc),
      outline: await outlineEntries(doc),
      firstPageSize: pageSize(await doc.getPage(1)),
      tagged: (await doc.getMarkInfo())?.Marked === true,
    };
  } finally {
    await task.destroy();
  }
}

async function pageText(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  return content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
}

async function pageLines(page: PDFPageProxy): Promise<PdfLine[]> {
  const height = page.getViewport({ scale: 1 }).height;
  const lines = new Map<number, string>();
  for (const item of (await page.getTextContent()).items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    // transform[5] is the baseline's height above the bottom edge; items within half a point share a line.
    const top = Math.round((height - item.transform[5]) * 2) / 2;
    lines.set(top, `${lines.get(top) ?? ''}${item.str}`);
  }
  return [...lines].sort(([a], [b]) => a - b).map(([top, text]) => ({ top, text: text.trim() }));
}

async function pageLinks(doc: PDFDocumentProxy, page: PDFPageProxy): Promise<PdfLink[]> {
  const annotations = (await page.getAnnotations()) as { subtype: string; dest?: OutlineNode['dest']; url?: string }[];
  return Promise.all(
    annotations
      .filter((annotation) => annotation.subtype === 'Link')
      .map(async ({ dest, url }) => ({
        destination: typeof dest === 'string' ? dest : undefined,
        pageNumber: dest ? await destinationPage(doc, dest) : undefined,
        url,
      })),
  );
}

async function namedDestinations(doc: PDFDocumentProxy): Promise<Map<string, number>> {
  const destinations = await doc.getDestinations();
  const pages = await Promise.all(Object.values(destinations).map((dest) => destinationPage(doc, dest as OutlineNode['dest'])));
  return new Map(Object.keys(destinations).map((name, index) => [name, pages[index]!]));
}

function pageSize(page: PDFPageProxy): PdfPageSize {
  const { width, height } = page.getViewport({ scale: 1 });
  return { width, height };
}

async function documentInfo(doc: PDFDocumentProxy): Promise<PdfDocumentInfo> {
  const info = (await doc.getMetadata()).info as Record<string, unknown>;
  const text = (key: string) => (typeof info[key] === 'string' ? info[key] : undefined);
  return {
    title: text('Title'),
    author: text('Author'),
    subject: text('Subject'),
    keywords: text('Keywords'),
    creator: text('Creator'),
    producer: text('Producer'),
    creationDate: text('CreationDate'),
    language: text('Language'),
  };
}

type OutlineNode = Awaited<ReturnType<PDFDocumentProxy['getOutline']>>[number];

async function outlineEntries(doc: PDFDocumentProxy): Promise<PdfOutlineEntry[]> {
  const entries: PdfOutlineEntry[] = [];
  const visit = async (nodes: readonly OutlineNode[], depth: number): Promise<void> => {
    for (const node of nodes) {
      entries.push({ title: node.title, depth, pageNumber: await destinationPage(doc, node.dest) });
      await visit(node.items as OutlineNode[], depth + 1);
    }
  };
  await visit((await doc.getOutline()) ?? [], 0);
  return entries;
}

/** A destination is either a name to look up or an explicit array whose first element is the page. */
async function destinationPage(doc: PDFDocumentProxy, dest: OutlineNode['dest']): Promise<number | undefined> {
  const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
  const target: unknown = explicit?.[0];
  if (typeof target === 'number') return target + 1;
  if (target && typeof target === 'object' && 'num' in target) {
    return (await doc.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
  }
  return undefined;
}
