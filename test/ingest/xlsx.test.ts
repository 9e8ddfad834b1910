import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { file, ingestFiles } from './helpers.ts';

type Cell = string | number | boolean | Date | null;

async function workbook(rows: Cell[][]): Promise<Uint8Array> {
  return new Uint8Array(await writeExcelFile(rows, { dateFormat: 'yyyy-mm-dd' }).toBuffer());
}

const header: Cell[] = ['ID', 'Edition', 'Source', 'Title', 'Country', 'Level of government', 'Trends', 'Year launched', 'Featured'];

describe('XLSX files', () => {
  it('reads the first sheet: numbers, booleans and dates as values, rows numbered as the sheet shows them', async () => {
    const bytes = await workbook([
      header,
      ['x1', 2024, 'Call for Government Innovations', 'Open budgets', 'Czech Republic', 'Local government', 'participation', 2019, true],
      [null, null, null, null, null, null, null, null, null],
      ['x2', 2024, 'desk', 'Digital ID', 'Viet Nam', 'national', 'digital-foundations', new Date(Date.UTC(2021, 2, 15)), false],
      ['x3', 2024, 'desk', 'Lost city', 'Atlantis', 'national', 'participation', 2020, false],
    ]);
    const result = await ingestFiles(file('data/cases.xlsx', bytes));
    expect(result.cases.map((c) => [c.id, c.country, c.yearLaunched, c.featured])).toEqual([
      ['x1', 'CZE', 2019, true],
      ['x2', 'VNM', 2021, false],
    ]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['data/cases.xlsx:5:Country: unknown country "Atlantis" [ingest/unknown-country]']);
    expect(result.rejected[0]?.values).toEqual({
      ID: 'x3',
      Edition: '2024',
      Source: 'desk',
      Title: 'Lost city',
      Country: 'Atlantis',
      'Level of government': 'national',
      Trends: 'participation',
      'Year launched': '2020',
      Featured: 'false',
    });
    expect(result.recordCount).toBe(3);
  });

  it('refuses a sheet with only its header row', async () => {
    await expect(ingestFiles(file('data/cases.xlsx', await workbook([header])))).rejects.toThrow(
      'data/cases.xlsx: the file holds no records [ingest/empty-file]',
    );
  });
});
