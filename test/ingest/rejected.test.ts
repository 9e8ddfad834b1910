import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatRejectedCsv } from '../../pipeline/ingest/index.ts';
import { caseCsv, caseRow, file, ingestFiles } from './helpers.ts';

describe('formatRejectedCsv', () => {
  it('writes file, line and reasons, then the original columns in the order first seen', () => {
    const csv = formatRejectedCsv([
      { file: 'data/a.csv', line: 3, values: { id: 'a2', title: ' Spaced ' }, reasons: ['country: unknown country "X"', 'title: title is required'] },
      { file: 'data/b.json', line: 7, values: { id: 'b1', summary: 'Budgets, "open"\nand fair' }, reasons: ['id: duplicate id "b1"'] },
    ]);
    expect(csv).toBe(
      [
        'file,line,reasons,id,title,summary',
        'data/a.csv,3,"country: unknown country ""X""; title: title is required",a2, Spaced ,',
        'data/b.json,7,"id: duplicate id ""b1""",b1,,"Budgets, ""open""',
        'and fair"',
        '',
      ].join('\n'),
    );
  });

  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    const csv = formatRejectedCsv([
      {
        file: 'data/a.csv',
        line: 2,
        values: { '=HEADER()': 'x', a: '=HYPERLINK("http://evil")', b: '+1', c: '-2', d: '@SUM(A1)', e: '\tx', f: '\rx', g: 'safe - text' },
        reasons: ['-reason'],
      },
    ]);
    expect(parse(csv)).toEqual([
      ['file', 'line', 'reasons', "'=HEADER()", 'a', 'b', 'c', 'd', 'e', 'f', 'g'],
      ['data/a.csv', '2', "'-reason", 'x', '\'=HYPERLINK("http://evil")', "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", 'safe - text'],
    ]);
  });

  it('writes only the header when nothing was rejected', () => {
    expect(formatRejectedCsv([])).toBe('file,line,reasons\n');
  });

  it('keeps the original values of rejected records, as text, with every reason', async () => {
    const row = caseRow('r1', { country: 'Atlantis', year_launched: '1850', title: '=cmd|calc' });
    const result = await ingestFiles(file('data/cases.csv', caseCsv(caseRow('ok'), row)));
    expect(result.rejected).toEqual([
      {
        file: 'data/cases.csv',
        line: 3,
        values: {
          id: 'r1',
          edition: '2024',
          source: 'call',
          title: '=cmd|calc',
          country: 'Atlantis',
          level_of_government: 'national',
          trends: 'digital-foundations',
          year_launched: '1850',
          status: 'implementation',
          url: 'https://example.org/case',
        },
        reasons: [
          'country: unknown country "Atlantis"',
          'year_launched: impossible year "1850": expected a year from 1950 to 2024',
        ],
      },
    ]);
    expect(parse(formatRejectedCsv(result.rejected))).toEqual([
      ['file', 'line', 'reasons', 'id', 'edition', 'source', 'title', 'country', 'level_of_government', 'trends', 'year_launched', 'status', 'url'],
      [
        'data/cases.csv',
        '3',
        'country: unknown country "Atlantis"; year_launched: impossible year "1850": expected a year from 1950 to 2024',
        'r1',
        '2024',
        'call',
        "'=cmd|calc",
        'Atlantis',
        'national',
        'digital-foundations',
        '1850',
        'implementation',
        'https://example.org/case',
      ],
    ]);
  });
});
