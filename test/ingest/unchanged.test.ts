/**
 * Ingest's whole result on a few thousand generated cases, damaged in many ways, pinned by a checksum: the
 * accepted cases (every key, even those left undefined, in order), the rejected records with their original values
 * and reasons, every diagnostic with its file, line and field, the reference, the record count.
 *
 * The checksum was computed with the ingest of commit 2900392 (before the readers were made fast), so any change
 * of behaviour in a faster ingest shows here. The data comes from the deterministic sample-data generator; if the
 * generator's recipe changes on purpose, recompute the checksum with an ingest known to be right.
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { formatRejectedCsv, ingest } from '../../pipeline/ingest/index.ts';
import type { IngestResult } from '../../pipeline/ingest/types.ts';
import { generateScaledCases, scaledFilePaths } from '../../scripts/sample-data/scale.ts';
import { editions, file } from './helpers.ts';

const CASES = 3000;

type Row = Record<string, string>;

/** Damage for CSV rows, by column: each seventh row gets the next one, round and round. */
const csvDamage: ((row: Row, index: number, rows: readonly Row[]) => void)[] = [
  (row) => (row['country'] = 'Atlantis'),
  (row) => (row['country'] = 'Antarctica'),
  (row) => (row['year_launched'] = '1850'),
  (row) => (row['year_launched'] = '2e3'),
  (row) => (row['title'] = '  '),
  (row) => (row['trends'] = 'participation;space-travel'),
  (row) => (row['status'] = 'Dreaming'),
  (row) => (row['featured'] = 'maybe'),
  (row, index, rows) => (row['id'] = rows[index - 3]?.['id'] ?? 'x'),
  (row) => (row['url'] = 'javascript:alert(1)'),
  (row) => (row['edition'] = '2023'),
  (row) => {
    row['title'] = '=HYPERLINK("http://evil.example")';
    row['summary'] = `  padded, "quoted"\r\nand on two lines  `;
  },
  (row) => (row['sectors'] = 'Health| nope ;education'),
  (row) => (row['level_of_government'] = 'LOCAL   GOVERNMENT'),
  (row) => (row['id'] = ''),
  (row) => (row['organisation_type'] = 'Cartel'),
  (row) => (row['edition'] = ' 2024 '),
  (row) => (row['country'] = ' korea '),
  (row) => (row['tags'] = ';;a||b;'),
  (row) => {
    row['country'] = '';
    row['trends'] = '';
    row['year_launched'] = '-12';
  },
  (row) => (row['url'] = 'www.example.org'),
];

/** Damage for JSON records: each fifth record gets the next one. */
const jsonDamage: ((record: Record<string, unknown>) => void)[] = [
  (record) => (record['edition'] = '2024'),
  (record) => delete record['country'],
  (record) => (record['yearLaunched'] = 2030.5),
  (record) => (record['featured'] = 1),
  (record) => (record['featured'] = null),
  (record) => (record['tags'] = 'a; b|c'),
  (record) => (record['summary'] = { nested: [1, 'two'] }),
  (record) => (record['trends'] = []),
  (record) => (record['title'] = 42),
  (record) => (record['sectors'] = ['health', 7, null]),
  (record) => (record['id'] = 'GT2024-0001'),
  (record) => (record['notes'] = 'a key no other record has'),
  (record) => (record['url'] = 'ftp://example.org'),
  (record) => (record['yearLaunched'] = '1999'),
  (record) => (record['levelOfGovernment'] = true),
  (record) => (record['country'] = 'TUR'),
];

function damagedCsv(text: string, options: { delimiter: string; lineBreak: string; header: (column: string) => string; idSuffix: string; limit: number }): string {
  const rows = (parse(text, { columns: true }) as Row[]).slice(0, options.limit);
  const columns = [...Object.keys(rows[0]!), 'Notes'];
  rows.forEach((row, index) => {
    row['id'] = `${row['id']}${options.idSuffix}`;
    row['Notes'] = index % 11 === 0 ? 'note' : '';
    if (index % 7 === 3) csvDamage[Math.floor(index / 7) % csvDamage.length]!(row, index, rows);
  });
  const line = (cells: readonly string[]) => stringify([cells], { delimiter: options.delimiter, record_delimiter: options.lineBreak });
  const body = rows.map((row, index) => line(columns.map((column) => row[column] ?? '')) + (index % 13 === 0 ? options.lineBreak : ''));
  return `\uFEFF${options.lineBreak}${line(columns.map(options.header))}${body.join('')}`;
}

function damagedJson(text: string): string {
  const records = JSON.parse(text) as Record<string, unknown>[];
  records.forEach((record, index) => {
    if (index % 5 === 2) jsonDamage[Math.floor(index / 5) % jsonDamage.length]!(record);
  });
  return JSON.stringify({ edition: 2024, cases: records }, null, 1).replaceAll('\n', '\r\n');
}

async function damagedWorkbook(csv: string): Promise<Uint8Array> {
  const rows: string[][] = parse(csv).slice(0, 40);
  rows.forEach((row, index) => {
    if (index > 0) row[0] = `${row[0]}-x`;
    if (index % 6 === 5) row[4] = 'Atlantis';
    if (index % 9 === 4) row[0] = 'GT2024-0002';
  });
  return new Uint8Array(await writeExcelFile([rows[0]!, [], ...rows.slice(1)]).toBuffer());
}

/** JSON of the result with maps as entry lists and undefined values kept, so a key set to undefined still counts. */
function canonical(result: IngestResult): string {
  return JSON.stringify(result, (_key, value: unknown) => {
    if (value instanceof Map) return [...(value as Map<unknown, unknown>)];
    return value === undefined ? '(undefined)' : value;
  });
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('ingest of generated data', () => {
  it('gives the same result as before, record for record', async () => {
    const generated = generateScaledCases(CASES, editions);
    const call = generated[scaledFilePaths.call];
    const files = [
      file('data/cases/call.csv', damagedCsv(call, { delimiter: ',', lineBreak: '\r\n', header: (c) => c, idSuffix: '', limit: Infinity })),
      file('data/cases/desk.json', damagedJson(generated[scaledFilePaths.desk])),
      file('data/cases/more.csv', damagedCsv(call, { delimiter: ';', lineBreak: '\n', header: (c) => c.replaceAll('_', ' ').toUpperCase(), idSuffix: '-b', limit: 300 })),
      file('data/cases/sheet.xlsx', await damagedWorkbook(call)),
    ];
    const result = await ingest({
      files,
      countries: file('data/countries.csv', generated[scaledFilePaths.countries]),
      regions: file('data/regions.csv', generated[scaledFilePaths.regions]),
      editions,
    });

    expect([result.recordCount, result.cases.length, result.rejected.length, result.diagnostics.length]).toEqual([3339, 3024, 315, 380]);
    expect(result.diagnostics.slice(0, 4).map(formatDiagnostic)).toEqual([
      'data/cases/call.csv:2: warning: unknown column "Notes" ignored [ingest/unknown-column]',
      'data/cases/call.csv:19:country: unknown country "Atlantis" [ingest/unknown-country]',
      'data/cases/call.csv:54:country: country "Antarctica" (ATA) is not in the reference table data/countries.csv [ingest/country-without-reference]',
      'data/cases/call.csv:100:year_launched: impossible year "1850": expected a year from 1950 to 2024 [ingest/impossible-year]',
    ]);
    expect(sha256(formatRejectedCsv(result.rejected))).toBe('fd38ec2923ee64c4e2938d7b35501638fd23907d1942762ae63bc6346966496c');
    expect(sha256(canonical(result))).toBe('b8172a6ec450c271d6cc8d9359d98b1daca0906707bf220786c5025b4f3ebc82');
  });
});
