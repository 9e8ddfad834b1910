/**
 * The fast readers against the readers they replaced. CSV files are read in one pass of their own and JSON files with
 * `JSON.parse`; each hands a file it is not sure of to csv-parse or jsonc-parser as before. Here the readers of
 * commit 2900392 (csv-parse and jsonc-parser for every file), kept as oracles, read the same random and damaged text:
 * the headers, the records with their lines and values, and the problems that stop a file must be the same.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { FatalDiagnostics, formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { messages } from '../../pipeline/messages.ts';
import { readCsv } from '../../pipeline/ingest/readers/csv.ts';
import { readJson } from '../../pipeline/ingest/readers/json.ts';
import { fileError, type RawTable } from '../../pipeline/ingest/readers/table.ts';
import { checkUtf8, decodeUtf8, lineCounter, lineLocator, withoutBom } from '../../pipeline/ingest/readers/text.ts';
import { rules } from '../../pipeline/ingest/rules.ts';
import type { SourceFile } from '../../pipeline/ingest/types.ts';
import { file } from './helpers.ts';

interface PlainTable {
  headers: string[];
  headerLine: number;
  records: { line: number; values: Record<string, unknown> }[];
}

/** What a reader made of a file: its table, or the problems that stopped it. */
function outcome(read: () => PlainTable | RawTable): PlainTable | string[] {
  try {
    const table = read();
    const records = table.records.map((record) => ('cell' in record ? { line: record.line, values: record.values() } : record));
    return { headers: [...table.headers], headerLine: table.headerLine, records };
  } catch (error) {
    if (!(error instanceof FatalDiagnostics)) throw error;
    return error.diagnostics.map(formatDiagnostic);
  }
}

// The CSV reader of commit 2900392 ---------------------------------------------------------------------------------

function oracleCsv(source: SourceFile): PlainTable {
  const bytes = withoutBom(source.bytes);
  const text = decodeUtf8(source, bytes);
  const headerLine = text.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
  const count = (character: string) => headerLine.split(character).length - 1;
  const delimiter = count(';') > count(',') ? ';' : ',';
  const locate = lineLocator(bytes);
  const skipLineBreaks = (offset: number) => {
    let position = offset;
    while (bytes[position] === 0x0a || bytes[position] === 0x0d) position++;
    return position;
  };
  const lineAfter = (offset: number) => locate(skipLineBreaks(offset)).line;
  const rows: { line: number; fields: string[] }[] = [];
  let endOfLastRow = 0;
  try {
    parse(bytes, {
      delimiter,
      skip_empty_lines: true,
      relax_column_count: true,
      on_record: (fields, context) => {
        rows.push({ line: lineAfter(endOfLastRow), fields });
        endOfLastRow = context.bytes_records;
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const message =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? messages.csvUnclosedQuote()
        : error.code === 'INVALID_OPENING_QUOTE' || error.code === 'CSV_INVALID_CLOSING_QUOTE'
          ? messages.csvStrayQuote()
          : messages.csvSyntax(error.message);
    throw fileError(source.path, rules.csvSyntax, message, { line: lineAfter(endOfLastRow) });
  }
  const [header, ...body] = rows;
  if (header === undefined) return { headers: [], headerLine: 1, records: [] };
  const headers = header.fields;
  const records = body.map(({ line, fields }) => {
    if (fields.length !== headers.length) {
      throw fileError(source.path, rules.csvSyntax, messages.csvFieldCount(fields.length, headers.length), { line });
    }
    return { line, values: Object.fromEntries(headers.map((name, column) => [name, fields[column]])) };
  });
  return { headers, headerLine: header.line, records };
}

// The JSON reader of commit 2900392 --------------------------------------------------------------------------------

function oracleJson(source: SourceFile): PlainTable {
  const text = decodeUtf8(source, withoutBom(source.bytes));
  const locate = lineLocator(text);
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const firstError = errors[0];
  if (firstError !== undefined) {
    const description = printParseErrorCode(firstError.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    throw fileError(source.path, rules.jsonSyntax, messages.jsonSyntax(description), locate(firstError.offset));
  }
  const candidate: Node | undefined = root === undefined ? undefined : root.type === 'object' ? findNodeAtLocation(root, ['cases']) : root;
  const list = candidate?.type === 'array' ? candidate : undefined;
  if (list === undefined) throw fileError(source.path, rules.jsonShape, messages.jsonShape(), { line: 1 });
  const records = (list.children ?? []).map((node) => {
    const { line } = locate(node.offset);
    if (node.type !== 'object') throw fileError(source.path, rules.jsonShape, messages.jsonShape(), { line });
    return { line, values: getNodeValue(node) as Record<string, unknown> };
  });
  const headers = [...new Set(records.flatMap((record) => Object.keys(record.values)))];
  return { headers, headerLine: locate(list.offset).line, records };
}

// Text -------------------------------------------------------------------------------------------------------------

const encode = (text: string) => new TextEncoder().encode(text);

/** Text made of the pieces that matter to CSV: delimiters, quotes, every kind of line break, non-ASCII letters. */
const csvish = fc
  .array(fc.constantFrom('a', 'bc', ' ', 'é', 'ń', '😀', ',', ';', '"', '""', '\n', '\r', '\r\n', '\n\n', 'id,title\n', 'x;y;z\r\n', '"q"', '"a,\nb"'), {
    maxLength: 40,
  })
  .map((pieces) => pieces.join(''));

const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', ',', ';', '\n', '\r', '\r\n', 'é', 'ń', '😀', '\t'), maxLength: 8 });

/** Well-formed CSV as spreadsheets write it, with blank lines, a BOM, and the header's length or not. */
const wellFormedCsv = fc
  .record({
    rows: fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
    delimiter: fc.constantFrom(',', ';'),
    lineBreak: fc.constantFrom('\n', '\r\n'),
    quoted: fc.boolean(),
    blankLines: fc.array(fc.nat(8), { maxLength: 3 }),
    bom: fc.boolean(),
    lastLineBreak: fc.boolean(),
  })
  .map(({ rows, delimiter, lineBreak, quoted, blankLines, bom, lastLineBreak }) => {
    const lines = rows.map((row) => stringify([row], { delimiter, record_delimiter: lineBreak, quoted }));
    for (const at of blankLines) lines.splice(Math.min(at, lines.length), 0, lineBreak);
    const text = lines.join('');
    return `${bom ? '\uFEFF' : ''}${lastLineBreak ? text : text.slice(0, -lineBreak.length)}`;
  });

/** JSON as the data may hold it: arrays of objects, a `cases` object, other values, all laid out in many ways. */
const jsonText = fc
  .record({
    records: fc.array(fc.oneof({ arbitrary: fc.dictionary(fc.constantFrom('id', 'title', 'cases', 'a b', '__proto__', 'é'), fc.jsonValue({ maxDepth: 2 })), weight: 4 }, { arbitrary: fc.jsonValue({ maxDepth: 1 }), weight: 1 }), { maxLength: 6 }),
    wrap: fc.constantFrom('array', 'cases', 'cases-twice', 'cases-not-array', 'other'),
    indent: fc.constantFrom(0, 1, 2, '\t'),
    lineBreak: fc.constantFrom('\n', '\r\n', '\r'),
    before: fc.oneof({ arbitrary: fc.constantFrom('', ' ', '\r\n\t'), weight: 4 }, fc.constantFrom('\uFEFF', '\uFEFF\uFEFF', '\u00a0')),
    after: fc.oneof({ arbitrary: fc.constantFrom('', ' \n'), weight: 4 }, fc.constantFrom('x', '\u00a0', ',')),
  })
  .map(({ records, wrap, indent, lineBreak, before, after }) => {
    const body = JSON.stringify(records, null, indent);
    const text =
      wrap === 'array'
        ? body
        : wrap === 'cases'
          ? `{"edition": 2024, "ca\\u0073es": ${body}}`
          : wrap === 'cases-twice'
            ? `{"cases": [{"id": "x"}], "cases": ${body}}`
            : wrap === 'cases-not-array'
              ? `{"cases": {"id": "x"}, "more": ${body}}`
              : JSON.stringify({ records }, null, indent);
    return before + text.replaceAll('\n', lineBreak) + after;
  });

/** Damage of the kinds JSON exports suffer: a cut, a stray character, white space JSON does not allow. */
const damagedJson = fc
  .tuple(jsonText, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom('', ',', '}', '"', '\u00a0', '\v', '/', '0', 'x'), fc.boolean())
  .map(([text, at, insert, cut]) => {
    const position = Math.floor(text.length * at);
    return cut ? text.slice(0, position) : text.slice(0, position) + insert + text.slice(position);
  });

describe('the CSV reader', () => {
  it('reads random text as csv-parse did, or stops at the same problem', () => {
    fc.assert(
      fc.property(csvish, (text) => {
        const source = file('data/cases.csv', text);
        expect(outcome(() => readCsv(source))).toEqual(outcome(() => oracleCsv(source)));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads well-formed files as csv-parse did', () => {
    fc.assert(
      fc.property(wellFormedCsv, (text) => {
        const source = file('data/cases.csv', text);
        expect(outcome(() => readCsv(source))).toEqual(outcome(() => oracleCsv(source)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the JSON reader', () => {
  it('reads JSON as jsonc-parser did, or stops at the same problem', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: jsonText, weight: 3 }, damagedJson), (text) => {
        const source = file('data/cases.json', text);
        expect(outcome(() => readJson(source))).toEqual(outcome(() => oracleJson(source)));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('text', () => {
  it('finds the lines of increasing offsets as the line locator does', () => {
    const content = fc.array(fc.constantFrom('a', 'é', '\n', '\r', '\r\n', '\n\r'), { maxLength: 30 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(content, fc.boolean(), fc.array(fc.nat(40), { maxLength: 10 }), (text, asBytes, offsets) => {
        const units = asBytes ? encode(text) : text;
        const lineOf = lineCounter(units);
        const locate = lineLocator(units);
        for (const offset of offsets.sort((a, b) => a - b)) expect(lineOf(offset)).toBe(locate(offset).line);
      }),
    );
  });

  it('refuses the same bytes as UTF-8 as the decoder, at the same line', () => {
    const bytes = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x0a, 0xc3, 0xa9, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0xef, 0xbb, 0xbf)), { maxLength: 24 });
    fc.assert(
      fc.property(bytes, (list) => {
        const source = file('data/cases.csv', Uint8Array.from(list));
        const checked = outcome(() => (checkUtf8(source, source.bytes), { headers: [], headerLine: 1, records: [] }));
        const decoded = outcome(() => (decodeUtf8(source, source.bytes), { headers: [], headerLine: 1, records: [] }));
        expect(checked).toEqual(decoded);
      }),
      { numRuns: 2000 },
    );
  });
});
