import { describe, expect, it } from 'vitest';
import { readTable } from '../../pipeline/ingest/readers/index.ts';
import { bytes, caseHeader, caseRow, fatalProblems, file, ingestFiles } from './helpers.ts';

const read = (text: string | Uint8Array) => readTable(file('data/cases.csv', text));

describe('CSV reader', () => {
  it('reads a quoted comma, a quoted newline and escaped quotes as field content', async () => {
    const table = await read('id,title\n1,"Budgets, open"\n2,"two\nlines"\n3,"the ""smart"" city"\n');
    expect(table.headers).toEqual(['id', 'title']);
    expect(table.records).toEqual([
      { line: 2, values: { id: '1', title: 'Budgets, open' } },
      { line: 3, values: { id: '2', title: 'two\nlines' } },
      // The record after a two-line record starts two lines further down.
      { line: 5, values: { id: '3', title: 'the "smart" city' } },
    ]);
  });

  it('strips a UTF-8 BOM from the first header', async () => {
    const table = await read('\uFEFFid,title\n1,Café\n');
    expect(table.headers).toEqual(['id', 'title']);
    expect(table.records[0]?.values).toEqual({ id: '1', title: 'Café' });
  });

  it('detects a semicolon delimiter from the header line', async () => {
    const table = await read('id;title;country\n1;Budgets, open;France\n');
    expect(table.records[0]?.values).toEqual({ id: '1', title: 'Budgets, open', country: 'France' });
  });

  it('reads CRLF line endings, with the lines of records after a quoted CRLF right', async () => {
    const table = await read('id,title\r\n1,"a\r\nb"\r\n2,c\r\n');
    expect(table.records).toEqual([
      { line: 2, values: { id: '1', title: 'a\r\nb' } },
      { line: 4, values: { id: '2', title: 'c' } },
    ]);
  });

  it('skips blank lines but counts them in record lines', async () => {
    const table = await read('\nid,title\n\n1,a\n\n\n2,b');
    expect(table.headerLine).toBe(2);
    expect(table.records.map((record) => record.line)).toEqual([4, 7]);
  });

  it('reports an unclosed quote at the line its record starts', async () => {
    expect(await fatalProblems(read('id,title\n1,ok\n2,"never closed\n3,x\n'))).toEqual([
      'data/cases.csv:3: malformed CSV: a quoted field is not closed before the end of the file [ingest/csv-syntax]',
    ]);
  });

  it('reports a stray quote', async () => {
    expect(await fatalProblems(read('id,title\n1,the "smart" city\n'))).toEqual([
      'data/cases.csv:2: malformed CSV: a quote inside an unquoted field, or text after a closing quote: quote the whole field and double the quotes inside it [ingest/csv-syntax]',
    ]);
  });

  it('reports a ragged row, longer or shorter than the header', async () => {
    expect(await fatalProblems(read('id,title\n1,a\n2,b,extra\n'))).toEqual([
      'data/cases.csv:3: malformed CSV: the row has 3 fields, the header 2 [ingest/csv-syntax]',
    ]);
    expect(await fatalProblems(read('id,title\r\n1,"a\r\nb"\r\n2\r\n'))).toEqual([
      'data/cases.csv:4: malformed CSV: the row has 1 field, the header 2 [ingest/csv-syntax]',
    ]);
  });

  it('reports bytes that are not UTF-8 at the line holding the first of them', async () => {
    const latin1 = new Uint8Array([...bytes('id,title\n1,ok\n2,caf'), 0xe9, ...bytes('\n3,caf'), 0xe9, ...bytes('\n')]);
    expect(await fatalProblems(read(latin1))).toEqual([
      'data/cases.csv:3: the file is not valid UTF-8 text: save it as UTF-8 (with or without a BOM) [ingest/not-utf8]',
    ]);
  });

  it('carries the edge cases through ingest into accepted cases', async () => {
    const rows = [caseHeader, caseRow('c1', { title: '"Budgets, ""open"" and\r\nfair"' }), caseRow('c2')];
    const result = await ingestFiles(file('data/cases.csv', `\uFEFF${rows.join('\r\n')}\r\n`));
    expect(result.rejected).toEqual([]);
    expect(result.cases.map((c) => [c.id, c.title])).toEqual([
      ['c1', 'Budgets, "open" and\r\nfair'],
      ['c2', 'Case c2'],
    ]);
  });
});
