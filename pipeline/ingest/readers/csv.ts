/** CSV files (RFC 4180) as spreadsheets save them: `,` or `;` between fields, CRLF or LF, with or without a BOM. */
import { CsvError, parse } from 'csv-parse/sync';
import { messages } from '../../messages.ts';
import { rules } from '../rules.ts';
import type { SourceFile } from '../types.ts';
import { fileError, type RawTable } from './table.ts';
import { decodeUtf8, lineLocator, withoutBom } from './text.ts';

interface CsvRow {
  /** The line the row starts on. */
  line: number;
  fields: string[];
}

export function readCsv(file: SourceFile): RawTable {
  const bytes = withoutBom(file.bytes);
  const text = decodeUtf8(file, bytes);
  const [header, ...body] = parseRows(file, bytes, detectDelimiter(text));
  if (header === undefined) return { headers: [], headerLine: 1, records: [] };
  const headers = header.fields;
  const records = body.map(({ line, fields }) => {
    if (fields.length !== headers.length) {
      throw fileError(file.path, rules.csvSyntax, messages.csvFieldCount(fields.length, headers.length), { line });
    }
    return { line, values: Object.fromEntries(headers.map((name, column) => [name, fields[column]])) };
  });
  return { headers, headerLine: header.line, records };
}

/**
 * The rows with the line each starts on. csv-parse counts lines where a row ends, and counts a CRLF inside quotes
 * as two; its byte offsets are exact, so a row starts where the previous one ended, after any blank lines.
 */
function parseRows(file: SourceFile, bytes: Uint8Array, delimiter: string): CsvRow[] {
  const locate = lineLocator(bytes);
  const lineAfter = (offset: number) => locate(skipLineBreaks(bytes, offset)).line;
  const rows: CsvRow[] = [];
  let endOfLastRow = 0;
  try {
    parse(bytes, {
      delimiter,
      skip_empty_lines: true,
      // Row lengths are checked by the caller, which reports a ragged row at its own line.
      relax_column_count: true,
      on_record: (fields, context) => {
        rows.push({ line: lineAfter(endOfLastRow), fields });
        endOfLastRow = context.bytes_records;
        return null; // collected above, so csv-parse need not keep a copy
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The broken row is the one after the last row read.
    throw fileError(file.path, rules.csvSyntax, csvErrorMessage(error), { line: lineAfter(endOfLastRow) });
  }
  return rows;
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
function detectDelimiter(text: string): ',' | ';' {
  const headerLine = text.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (character: string) => headerLine.split(character).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function skipLineBreaks(bytes: Uint8Array, offset: number): number {
  let position = offset;
  while (bytes[position] === 0x0a || bytes[position] === 0x0d) position++;
  return position;
}
