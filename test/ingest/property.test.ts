/**
 * Hostile and broken input, tried systematically: random records written as CSV, JSON and XLSX, then damaged
 * (truncated, re-encoded, sprayed with bytes). Whatever comes in, ingest either stops with diagnostics or accounts
 * for every record, and nothing it writes back can run as a spreadsheet formula.
 */
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { FatalDiagnostics } from '../../pipeline/diagnostics.ts';
import { formatRejectedCsv } from '../../pipeline/ingest/index.ts';
import type { IngestResult } from '../../pipeline/ingest/types.ts';
import { file, ingestFiles } from './helpers.ts';

const columns = ['id', 'edition', 'source', 'title', 'country', 'level_of_government', 'trends', 'year_launched', 'featured', 'summary'] as const;
type Column = (typeof columns)[number];

const formulas = fc.constantFrom('=HYPERLINK("http://evil.example","click")', '+1+1', '-2+3', '@SUM(A1:A9)', '=1+1', '\t=cmd');
const controlText = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)), maxLength: 8 });
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  controlText,
  formulas,
  fc.constant('x'.repeat(20_000)),
);

/** Mostly valid values (nine times in ten), so that many records pass and the rest fail in many different ways. */
const mostly = (valid: fc.Arbitrary<string>) => fc.oneof({ arbitrary: valid, weight: 9 }, { arbitrary: anyText, weight: 1 });
const valueOf: Record<Column, fc.Arbitrary<string>> = {
  id: fc.oneof({ arbitrary: fc.uuid(), weight: 9 }, { arbitrary: anyText.filter((text) => text.trim() !== ''), weight: 1 }),
  edition: mostly(fc.constantFrom('2024', '2023')),
  source: mostly(fc.constantFrom('call', 'desk', 'Desk research')),
  title: mostly(fc.lorem({ maxCount: 6 })),
  country: mostly(fc.constantFrom('France', 'Korea', 'Türkiye', 'USA', 'Atlantis')),
  level_of_government: mostly(fc.constantFrom('national', 'Local government')),
  trends: mostly(fc.constantFrom('digital-foundations', 'participation;data-powered', 'nope')),
  year_launched: mostly(fc.integer({ min: 1900, max: 2100 }).map(String)),
  featured: mostly(fc.constantFrom('yes', 'no', 'TRUE', '')),
  summary: anyText,
};

const record = fc.record(valueOf);
const records = fc.array(record, { minLength: 1, maxLength: 12 });

type Damage = { kind: 'none' } | { kind: 'truncate'; at: number } | { kind: 'latin1' } | { kind: 'spray'; at: number; bytes: number[] };
const damage: fc.Arbitrary<Damage> = fc.oneof(
  fc.constant({ kind: 'none' as const }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((at) => ({ kind: 'truncate' as const, at })),
  fc.constant({ kind: 'latin1' as const }),
  fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }) }).map((spray) => ({ kind: 'spray' as const, ...spray })),
);

function applyDamage(text: string, how: Damage): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  switch (how.kind) {
    case 'none':
      return bytes;
    case 'truncate':
      return bytes.slice(0, Math.floor(bytes.length * how.at));
    case 'latin1':
      // Characters beyond Latin-1 become '?', the rest single bytes: what a wrongly saved export looks like.
      return Uint8Array.from([...text].map((character) => (character.codePointAt(0)! < 256 ? character.codePointAt(0)! : 63)));
    case 'spray': {
      const at = Math.floor(bytes.length * how.at);
      return Uint8Array.from([...bytes.slice(0, at), ...how.bytes, ...bytes.slice(at)]);
    }
  }
}

const asCsv = (rows: readonly Record<Column, string>[]) => stringify(rows.map((row) => columns.map((column) => row[column])), { header: true, columns: [...columns] });
const asJson = (rows: readonly Record<Column, string>[]) => JSON.stringify(rows, null, 1);

/** Ingest either stops with diagnostics (never another error) or returns a result; nothing else may happen. */
async function ingestOrFatal(path: string, bytes: Uint8Array): Promise<IngestResult | undefined> {
  try {
    return await ingestFiles(file(path, bytes));
  } catch (error) {
    expect(error).toBeInstanceOf(FatalDiagnostics);
    for (const diagnostic of (error as FatalDiagnostics).diagnostics) expect(diagnostic.file).toBe(path);
    return undefined;
  }
}

function expectEveryRecordAccountedFor(result: IngestResult, written: number | undefined): void {
  expect(result.cases.length + result.rejected.length).toBe(result.recordCount);
  if (written !== undefined) expect(result.recordCount).toBe(written);
  for (const rejected of result.rejected) expect(rejected.reasons.length).toBeGreaterThan(0);
  const cells: string[] = parse(formatRejectedCsv(result.rejected), { relax_column_count: true }).flat();
  for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
}

describe('ingest under hostile and broken input', () => {
  it('CSV: stops with diagnostics or accounts for every record', async () => {
    await fc.assert(
      fc.asyncProperty(records, damage, async (rows, how) => {
        const result = await ingestOrFatal('data/cases.csv', applyDamage(asCsv(rows), how));
        if (result) expectEveryRecordAccountedFor(result, how.kind === 'none' ? rows.length : undefined);
      }),
      { numRuns: 150 },
    );
  });

  it('JSON: stops with diagnostics or accounts for every record', async () => {
    await fc.assert(
      fc.asyncProperty(records, damage, async (rows, how) => {
        const result = await ingestOrFatal('data/cases.json', applyDamage(asJson(rows), how));
        if (result) expectEveryRecordAccountedFor(result, how.kind === 'none' ? rows.length : undefined);
      }),
      { numRuns: 150 },
    );
  });

  it('XLSX: stops with diagnostics or accounts for every record, even in a damaged workbook', async () => {
    await fc.assert(
      fc.asyncProperty(records, fc.oneof(fc.constant<Damage>({ kind: 'none' }), damage), async (rows, how) => {
        const sheet = [[...columns], ...rows.map((row) => columns.map((column) => row[column]))];
        const workbook = new Uint8Array(await writeExcelFile(sheet).toBuffer());
        const bytes = how.kind === 'none' ? workbook : applyDamage(new TextDecoder('latin1').decode(workbook), how);
        const result = await ingestOrFatal('data/cases.xlsx', bytes);
        if (result) expectEveryRecordAccountedFor(result, how.kind === 'none' ? rows.length : undefined);
      }),
      { numRuns: 25 },
    );
  });
});
