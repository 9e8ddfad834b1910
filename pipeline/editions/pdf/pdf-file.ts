/**
 * Reads and amends the PDF files Chromium writes. Its writer (Skia) uses the plainest form of PDF: every object but
 * the streams written as text, and one cross-reference table at the end. That is enough to read which page each
 * named destination lands on and to replace the document information, with no PDF library: pdfjs takes about a
 * second to load under tsx, which alone would exceed the print stage's budget. A file in any other form is refused
 * with an error saying so, never misread.
 */

/** A PDF object as parsed: names, strings and references are tagged so they cannot be confused with each other. */
export type PdfValue = number | boolean | null | PdfName | PdfString | PdfRef | PdfValue[] | PdfDict;
export interface PdfName {
  name: string;
}
export interface PdfString {
  /** The string's bytes, one character per byte (latin1); `textOf` decodes a text string. */
  bytes: string;
}
export interface PdfRef {
  ref: number;
}
export type PdfDict = Map<string, PdfValue>;

/** The document information dictionary's text entries, by key (Title, Author, CreationDate…). */
export type DocumentInfo = Readonly<Record<string, string>>;

export class UnsupportedPdfError extends Error {}

interface XrefEntry {
  offset: number;
  generation: number;
  inUse: boolean;
}

/** The parts of a PDF file every operation needs: its text, where each object starts and the trailer. */
interface PdfFile {
  /** The file, one character per byte, so string offsets are byte offsets. */
  text: string;
  xrefOffset: number;
  entries: XrefEntry[];
  trailer: PdfDict;
}

/** The 1-based page on which each named destination (an element id a link points to) lands. */
export function namedDestinationPages(pdf: Uint8Array): Map<string, number> {
  const file = openPdf(pdf);
  const catalog = asDict(resolve(file, file.trailer.get('Root')), 'the catalog');
  const pageNumbers = new Map(pageObjects(file, catalog.get('Pages')).map((object, index) => [object, index + 1]));
  const pages = new Map<string, number>();
  const dests = catalog.get('Dests');
  if (dests === undefined) return pages;
  for (const [name, value] of asDict(resolve(file, dests), 'the destinations')) {
    const destination = resolve(file, value);
    // A destination is [page /XYZ left top zoom], or a dictionary holding that array under /D.
    const array = destination instanceof Map ? resolve(file, destination.get('D')) : destination;
    const page = Array.isArray(array) ? array[0] : undefined;
    const number = isRef(page) ? pageNumbers.get(page.ref) : undefined;
    if (number === undefined) throw new UnsupportedPdfError(`the destination ${name} leads to no page`);
    pages.set(name, number);
  }
  return pages;
}

/** The document information dictionary's text entries (Title, Creator…). */
export function readDocumentInfo(pdf: Uint8Array): DocumentInfo {
  const file = openPdf(pdf);
  const info = asDict(resolve(file, file.trailer.get('Info')), 'the document information');
  const entries = [...info].flatMap(([key, value]) => (isString(value) ? [[key, textOf(value)] as const] : []));
  return Object.fromEntries(entries);
}

/**
 * The same PDF with its document information replaced by `info`. The new dictionary takes the old one's place, the
 * objects after it move by the difference in length and the cross-reference table is written anew, so the file
 * stays a single, plain revision.
 */
export function withDocumentInfo(pdf: Uint8Array, info: DocumentInfo): Uint8Array {
  const file = openPdf(pdf);
  const infoRef = file.trailer.get('Info');
  if (!isRef(infoRef)) throw new UnsupportedPdfError('the trailer names no document information');
  const start = objectOffset(file, infoRef.ref);
  const end = file.text.indexOf('endobj', start) + 'endobj'.length;
  const entries = Object.entries(info).map(([key, value]) => `/${key} ${pdfString(value)}`);
  const object = `${infoRef.ref} 0 obj\n<<${entries.join('\n')}>>\nendobj`;
  const shift = object.length - (end - start);
  const moved = file.entries.map((entry) => (entry.inUse && entry.offset > start ? { ...entry, offset: entry.offset + shift } : entry));
  const body = file.text.slice(0, start) + object + file.text.slice(end, file.xrefOffset);
  const trailer = file.text.slice(file.text.indexOf('trailer', file.xrefOffset), file.text.lastIndexOf('startxref'));
  return Buffer.from(`${body}${xrefTable(moved)}${trailer}startxref\n${body.length}\n%%EOF\n`, 'latin1');
}

function openPdf(pdf: Uint8Array): PdfFile {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!startxref) throw new UnsupportedPdfError('no startxref at the end of the file');
  const xrefOffset = Number(startxref[1]);
  if (!text.startsWith('xref', xrefOffset)) {
    throw new UnsupportedPdfError('the file has a cross-reference stream, not the plain table Chromium writes');
  }
  const { entries, end } = readXrefTable(text, xrefOffset + 'xref'.length);
  const trailerAt = text.indexOf('trailer', end);
  if (trailerAt < 0) throw new UnsupportedPdfError('no trailer after the cross-reference table');
  const trailer = asDict(new Parser(text, trailerAt + 'trailer'.length).value(), 'the trailer');
  if (trailer.has('Prev')) throw new UnsupportedPdfError('the file has been updated incrementally');
  return { text, xrefOffset, entries, trailer };
}

/** Subsections of "first count" followed by 20-byte entries "offset generation n|f". */
function readXrefTable(text: string, from: number): { entries: XrefEntry[]; end: number } {
  const entries: XrefEntry[] = [];
  const header = /\s*(\d+) (\d+)[ \t]*\r?\n/y;
  let end = from;
  header.lastIndex = end;
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const first = Number(match[1]);
    end = header.lastIndex;
    for (let index = 0; index < Number(match[2]); index++, end += 20) {
      const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(text.slice(end, end + 20));
      if (!entry) throw new UnsupportedPdfError(`malformed cross-reference entry at byte ${end}`);
      entries[first + index] = { offset: Number(entry[1]), generation: Number(entry[2]), inUse: entry[3] === 'n' };
    }
    header.lastIndex = end;
  }
  return { entries, end };
}

function xrefTable(entries: readonly XrefEntry[]): string {
  const line = (entry: XrefEntry | undefined) =>
    entry === undefined
      ? '0000000000 65535 f \n'
      : `${String(entry.offset).padStart(10, '0')} ${String(entry.generation).padStart(5, '0')} ${entry.inUse ? 'n' : 'f'} \n`;
  return `xref\n0 ${entries.length}\n${Array.from(entries, line).join('')}`;
}

function objectOffset(file: PdfFile, number: number): number {
  const entry = file.entries[number];
  if (!entry?.inUse) throw new UnsupportedPdfError(`object ${number} is not in the file`);
  return entry.offset;
}

/** Follows a reference to the object it names; any other value is returned as it is. */
function resolve(file: PdfFile, value: PdfValue | undefined): PdfValue | undefined {
  if (!isRef(value)) return value;
  const offset = objectOffset(file, value.ref);
  const header = /(\d+)\s+\d+\s+obj\b/y;
  header.lastIndex = offset;
  if (header.exec(file.text)?.[1] !== String(value.ref)) throw new UnsupportedPdfError(`object ${value.ref} is not where the table says`);
  return new Parser(file.text, header.lastIndex).value();
}

/** Page objects in page order: the leaves of the page tree, depth first. */
function pageObjects(file: PdfFile, node: PdfValue | undefined): number[] {
  if (!isRef(node)) throw new UnsupportedPdfError('the page tree holds a page that is not a reference');
  const dict = asDict(resolve(file, node), `page tree node ${node.ref}`);
  if (!isName(dict.get('Type'), 'Pages')) return [node.ref];
  const kids = dict.get('Kids');
  if (!Array.isArray(kids)) throw new UnsupportedPdfError(`page tree node ${node.ref} has no kids`);
  return kids.flatMap((kid) => pageObjects(file, kid));
}

const isRef = (value: PdfValue | undefined): value is PdfRef => typeof value === 'object' && value !== null && 'ref' in value;
const isString = (value: PdfValue | undefined): value is PdfString => typeof value === 'object' && value !== null && 'bytes' in value;
const isName = (value: PdfValue | undefined, name: string): boolean => typeof value === 'object' && value !== null && 'name' in value && value.name === name;

function asDict(value: PdfValue | undefined, what: string): PdfDict {
  if (value instanceof Map) return value;
  throw new UnsupportedPdfError(`${what} is not a dictionary`);
}

/** A text string is UTF-16BE after a byte order mark, or else PDFDocEncoding (taken as latin1, its ASCII part). */
export function textOf(string: PdfString): string {
  const { bytes } = string;
  if (!bytes.startsWith('\xfe\xff')) return bytes;
  return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
}

/** A literal string when the text is printable ASCII, else UTF-16BE in hexadecimal, which any text can be. */
function pdfString(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return `(${text.replace(/[\\()]/g, '\\$&')})`;
  return `<FEFF${Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase()}>`;
}

const DELIMITER = /[\s()<>[\]{}/%]/;

/** Reads one PDF value (PDF 32000-1:2008 §7.3) from a position in the file's text. */
class Parser {
  constructor(
    private readonly text: string,
    private at: number,
  ) {}

  value(): PdfValue {
    this.skipSpace();
    const rest = this.text.slice(this.at, this.at + 2);
    if (rest === '<<') return this.dict();
    switch (rest[0]) {
      case '[':
        return this.array();
      case '(':
        return this.literalString();
      case '<':
        return this.hexString();
      case '/':
        return this.name();
    }
    return this.numberOrReference();
  }

  private dict(): PdfDict {
    this.at += 2;
    const dict: PdfDict = new Map();
    for (this.skipSpace(); !this.text.startsWith('>>', this.at); this.skipSpace()) {
      dict.set(this.name().name, this.value());
    }
    this.at += 2;
    return dict;
  }

  private array(): PdfValue[] {
    this.at += 1;
    const array: PdfValue[] = [];
    for (this.skipSpace(); this.text[this.at] !== ']'; this.skipSpace()) array.push(this.value());
    this.at += 1;
    return array;
  }

  private name(): PdfName {
    if (this.text[this.at] !== '/') this.fail('a name');
    const start = ++this.at;
    while (this.at < this.text.length && !DELIMITER.test(this.text[this.at]!)) this.at++;
    const raw = this.text.slice(start, this.at).replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return { name: Buffer.from(raw, 'latin1').toString('utf8') };
  }

  private literalString(): PdfString {
    let bytes = '';
    let depth = 0;
    for (this.at++; ; this.at++) {
      const char = this.text[this.at];
      if (char === undefined) this.fail('the end of a string');
      if (char === ')' && depth === 0) break;
      if (char === '(') depth++;
      if (char === ')') depth--;
      if (char !== '\\') {
        bytes += char;
        continue;
      }
      const escaped = this.text[++this.at] ?? '';
      const octal = /^[0-7]{1,3}/.exec(this.text.slice(this.at, this.at + 3))?.[0];
      if (octal) {
        bytes += String.fromCharCode(parseInt(octal, 8) & 0xff);
        this.at += octal.length - 1;
      } else if (escaped === '\r' || escaped === '\n') {
        // A backslash at the end of a line continues the string on the next one.
        if (escaped === '\r' && this.text[this.at + 1] === '\n') this.at++;
      } else {
        bytes += ESCAPES[escaped] ?? escaped;
      }
    }
    this.at++;
    return { bytes };
  }

  private hexString(): PdfString {
    const end = this.text.indexOf('>', this.at);
    if (end < 0) this.fail('the end of a hexadecimal string');
    const hex = this.text.slice(this.at + 1, end).replace(/\s+/g, '');
    this.at = end + 1;
    return { bytes: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1') };
  }

  /** A number, or `number generation R`; also the keywords true, false and null. */
  private numberOrReference(): PdfValue {
    const token = /([+-]?(?:\d+\.?\d*|\.\d+))(?:\s+(\d+)\s+R(?![^\s()<>[\]{}/%]))?|true|false|null/y;
    token.lastIndex = this.at;
    const match = token.exec(this.text);
    if (!match) this.fail('a value');
    this.at = token.lastIndex;
    if (match[0] === 'true' || match[0] === 'false') return match[0] === 'true';
    if (match[0] === 'null') return null;
    return match[2] === undefined ? Number(match[1]) : { ref: Number(match[1]) };
  }

  private skipSpace(): void {
    const space = /(?:\s|%[^\r\n]*)*/y;
    space.lastIndex = this.at;
    space.exec(this.text);
    this.at = space.lastIndex;
  }

  private fail(expected: string): never {
    throw new UnsupportedPdfError(`expected ${expected} at byte ${this.at}`);
  }
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
