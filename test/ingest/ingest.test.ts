import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { caseCsv, caseHeader, caseRow, file, ingestFiles } from './helpers.ts';

describe('ingest of several files', () => {
  it('combines CSV, JSON and XLSX in the order given, record order within each', async () => {
    const csv = file('data/a.csv', caseCsv(caseRow('a1'), caseRow('a2', { country: 'Atlantis' }), caseRow('a3')));
    const json = file(
      'data/b.json',
      JSON.stringify([{ id: 'b1', edition: 2024, source: 'desk', title: 'B', country: 'Türkiye', levelOfGovernment: 'local', trends: ['participation'] }], null, 2),
    );
    const xlsx = file(
      'data/c.xlsx',
      new Uint8Array(
        await writeExcelFile([
          ['id', 'edition', 'source', 'title', 'country', 'level_of_government', 'trends'],
          ['c1', 2024, 'call', 'C', 'Turkey', 'local', 'future-oriented'],
          ['a1', 2024, 'call', 'Copy', 'France', 'local', 'future-oriented'],
        ]).toBuffer(),
      ),
    );
    const result = await ingestFiles(csv, json, xlsx);
    expect(result.cases.map((c) => `${c.id}:${c.country}`)).toEqual(['a1:FRA', 'a3:FRA', 'b1:TUR', 'c1:TUR']);
    expect(result.rejected.map((r) => `${r.file}:${r.line}`)).toEqual(['data/a.csv:3', 'data/c.xlsx:3']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'data/a.csv:3:country: unknown country "Atlantis" [ingest/unknown-country]',
      'data/c.xlsx:3:id: duplicate id "a1": first used at data/a.csv:2 [ingest/duplicate-id]',
    ]);
    expect(result.recordCount).toBe(6);
  });

  it('loses no record: every one is a case or a rejected record', async () => {
    const rows = [
      caseRow('n1'),
      caseRow('n2', { country: 'Atlantis' }),
      caseRow('n1'),
      caseRow('', { title: '' }),
      caseRow('', { title: '' }),
      caseRow('n3', { trends: '' }),
      caseRow('n4', { url: 'ftp://example.org' }),
    ];
    const result = await ingestFiles(file('data/a.csv', caseCsv(...rows)), file('data/b.csv', caseCsv(caseRow('n1'), caseRow('n5'))));
    expect(result.recordCount).toBe(9);
    expect(result.cases.length + result.rejected.length).toBe(result.recordCount);
    expect(result.cases.map((c) => c.id)).toEqual(['n1', 'n4', 'n5']);
    expect(result.rejected.map((r) => `${r.file}:${r.line}`)).toEqual([
      'data/a.csv:3',
      'data/a.csv:4',
      'data/a.csv:5',
      'data/a.csv:6',
      'data/a.csv:7',
      'data/b.csv:2',
    ]);
  });

  it('warns once per file about columns it does not know, and still reads the file', async () => {
    const csv = `${caseHeader},Notes,internal_code\n${caseRow('w1')},a,b\n${caseRow('w2')},c,d\n`;
    const result = await ingestFiles(file('data/cases.csv', csv));
    expect(result.cases.map((c) => c.id)).toEqual(['w1', 'w2']);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'data/cases.csv:1: warning: unknown columns "Notes", "internal_code" ignored [ingest/unknown-column]',
    ]);
  });
});
