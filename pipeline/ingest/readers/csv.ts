/** CSV files (RFC 4180) as spreadsheets save them: `,` or `;` between fields, CRLF or LF, with or without a BOM. */
import { CsvError, parse } from 'csv-parse/sync';
import { messages } from '../../messages.ts';
import { rules } from '../rules.ts';
import type { SourceFile } from '../types.ts';
import { fileError, RowRecord, type RawTable } from './table.ts';
import { checkUtf8, lineCounter, lineLocator, withoutBom } from './text.ts';

const QUOTE = 0x22;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

export function readCsv(file: SourceFile): RawTable {
  const bytes = withoutBom(file.bytes);
  checkUtf8(file, bytes);
  const delimiter = detectDelimiter(bytes);
  let rows = new CsvRows();
  if (!scanRows(bytes, delimiter, rows)) parseRows(file, bytes, delimiter, (rows = new CsvRows()));
  if (rows.ragged !== undefined) {
    const { line, fields } = rows.ragged;
    throw fileError(file.path, rules.csvSyntax, messages.csvFieldCount(fields, rows.headers.length), { line });
  }
  return { headers: rows.headers, headerLine: rows.headerLine, records: rows.records };
}

/** The rows of a file as they are read: the first is the header, each further one a record. */
class CsvRows {
  headers: string[] = [];
  headerLine = 1;
  records: RowRecord[] = [];
  /** The first row whose length is not the header's, which stops the file once it has been read. */
  ragged: { line: number; fields: number } | undefined;
  private seenHeader = false;

  add(line: number, fields: string[]): void {
    if (!this.seenHeader) {
      this.seenHeader = true;
      this.headers = fields;
      this.headerLine = line;
    } else if (fields.length !== this.headers.length) this.ragged ??= { line, fields: fields.length };
    else this.records.push(new RowRecord(line, fields, this.headers));
  }
}

/**
 * Reads a well-formed file into `rows`, in one pass that jumps through quoted text. Returns false for a file it
 * does not take on (a syntax error, a lone CR, line breaks of two kinds), which csv-parse then reads, so that the
 * rows and the errors of every file are csv-parse's. It reads as csv-parse does with the options of `parseRows`:
 * the first line break outside quotes (LF or CRLF) is the one that ends records, empty lines are skipped, a quote
 * opens a field only at its start, `""` inside quotes is a quote, and after the closing quote comes a delimiter, a
 * line break or the end.
 */
function scanRows(bytes: Uint8Array, delimiterText: ',' | ';', rows: CsvRows): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const delimiter = delimiterText.charCodeAt(0);
  const end = text.length;
  const lineOf = lineCounter(bytes);
  // Bytes of the line break that ends records: 0 until the first one outside quotes, then 1 (LF) or 2 (CRLF).
  let breakLength = 0;
  /** The length of the record-ending line break at `at`: 0 for none, -1 for a line break csv-parse would read otherwise. */
  const lineBreakAt = (at: number): number => {
    const byte = text[at];
    if (byte !== LINE_FEED && byte !== CARRIAGE_RETURN) return 0;
    const length = byte === LINE_FEED ? 1 : text[at + 1] === LINE_FEED ? 2 : -1;
    if (breakLength === 0) breakLength = length;
    return length === breakLength ? length : -1;
  };

  let position = 0;
  while (position < end) {
    const emptyLine = lineBreakAt(position);
    if (emptyLine < 0) return false;
    if (emptyLine > 0) {
      position += emptyLine;
      continue;
    }
    const start = position;
    // Made at the header's length, the length of every row but a broken one, rather than grown value by value.
    const fields: string[] = new Array(rows.headers.length);
    let count = 0;
    for (;;) {
      if (text[position] === QUOTE) {
        let close = position + 1;
        let doubled = false;
        for (;;) {
          close = text.indexOf(QUOTE, close);
          if (close === -1) return false;
          if (text[close + 1] !== QUOTE) break;
          doubled = true;
          close += 2;
        }
        const value = text.toString('utf8', position + 1, close);
        fields[count++] = doubled ? value.replaceAll('""', '"') : value;
        position = close + 1;
        if (position < end && text[position] !== delimiter && lineBreakAt(position) <= 0) return false;
      } else {
        let fieldEnd = position;
        for (; fieldEnd < end; fieldEnd++) {
          const byte = text[fieldEnd];
          if (byte === delimiter || byte === LINE_FEED || byte === CARRIAGE_RETURN) break;
          if (byte === QUOTE) return false;
        }
        fields[count++] = text.toString('utf8', position, fieldEnd);
        position = fieldEnd;
      }
      if (position >= end) break;
      if (text[position] === delimiter) {
        position++;
        continue;
      }
      const lineBreak = lineBreakAt(position);
      if (lineBreak < 0) return false;
      position += lineBreak;
      break;
    }
    fields.length = count;
    rows.add(lineOf(start), fields);
  }
  return true;
}

/**
 * Reads the file into `rows` with csv-parse, each row with the line it starts on. csv-parse counts lines where a
 * row ends, and counts a CRLF inside quotes as two; its byte offsets are exact, so a row starts where the previous
 * one ended, after any blank lines.
 */
function parseRows(file: SourceFile, bytes: Uint8Array, delimiter: string, rows: CsvRows): void {
  const locate = lineLocator(bytes);
  const lineAfter = (offset: number) => locate(skipLineBreaks(bytes, offset)).line;
  let endOfLastRow = 0;
  try {
    parse(bytes, {
      delimiter,
      skip_empty_lines: true,
      // Row lengths are checked by the caller, which reports a ragged row at its own line.
      relax_column_count: true,
      on_record: (fields, context) => {
        rows.add(lineAfter(endOfLastRow), fields);
        endOfLastRow = context.bytes_records;
        return null; // collected above, so csv-parse need not keep a copy
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The broken row is the one after the last row read.
    throw fileError(file.path, rules.csvSyntax, csvErrorMessage(error), { line: lineAfter(endOfLastRow) });
  }
}

function csvErrorMessage(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return messages.csvUnclosedQuote();
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return messages.csvStrayQuote();
    default:
      return messages.csvSyntax(error.message);
  }
}

/** `;` when the header line has more semicolons than commas: spreadsheets in many European locales save CSV so. */
function detectDelimiter(bytes: Uint8Array): ',' | ';' {
  const headerLine = firstLine(bytes);
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * The first line with anything but white space on it, from its first character that is not. Decodes a growing
 * start of the file until that line has ended, rather than the whole file: a character cut at the end of a piece
 * can only come after the line break that ends the search.
 */
function firstLine(bytes: Uint8Array): string {
  for (let size = 64 * 1024; ; size *= 4) {
    const piece = bytes.subarray(0, size);
    const text = new TextDecoder('utf-8').decode(piece).trimStart();
    const lineEnd = text.search(/\r|\n/);
    if (lineEnd !== -1) return text.slice(0, lineEnd);
    if (piece.length === bytes.length) return text;
  }
}

function skipLineBreaks(bytes: Uint8Array, offset: number): number {
  let position = offset;
  while (bytes[position] === 0x0a || bytes[position] === 0x0d) position++;
  return position;
}
