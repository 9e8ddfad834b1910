import { describe, expect, it } from 'vitest';
import { ingest } from '../../pipeline/ingest/index.ts';
import { bytes, caseCsv, caseHeader, caseRow, editions, fatalProblems, file, ingestFiles, regionsCsv } from './helpers.ts';

const validCsv = caseCsv(caseRow('c1'));

describe('fatal problems', () => {
  it('refuses an unknown file type', async () => {
    expect(await fatalProblems(ingestFiles(file('data/cases.txt', validCsv)))).toEqual([
      'data/cases.txt: unknown data file type ".txt": use .csv, .json or .xlsx [ingest/unknown-extension]',
    ]);
  });

  it('refuses an empty file, a blank one and one with only a header', async () => {
    expect(await fatalProblems(ingestFiles(file('data/a.csv', ''), file('data/b.json', ' \n'), file('data/c.csv', 'id,title\r\n')))).toEqual([
      'data/a.csv: the file holds no records [ingest/empty-file]',
      'data/b.json: the file holds no records [ingest/empty-file]',
      'data/c.csv: the file holds no records [ingest/empty-file]',
    ]);
    expect(await fatalProblems(ingestFiles(file('data/d.json', '{"cases": []}')))).toEqual([
      'data/d.json: the file holds no records [ingest/empty-file]',
    ]);
  });

  it('refuses a file without a required column, naming the column', async () => {
    const csv = 'id,edition,source,title,level_of_government\nc1,2024,call,Budgets,national\n';
    expect(await fatalProblems(ingestFiles(file('data/cases.csv', csv)))).toEqual([
      'data/cases.csv:1:country: missing required column "country" [ingest/missing-column]',
      'data/cases.csv:1:trends: missing required column "trends" [ingest/missing-column]',
    ]);
  });

  it('refuses two headers for the same column', async () => {
    const csv = `${caseHeader},Year Launched\n${caseRow('c1')},2020\n`;
    expect(await fatalProblems(ingestFiles(file('data/cases.csv', csv)))).toEqual([
      'data/cases.csv:1:Year Launched: column "Year Launched" is the same column as "year_launched" [ingest/duplicate-column]',
    ]);
  });

  it('refuses bytes that are not UTF-8', async () => {
    const latin1 = new Uint8Array([...bytes(validCsv.replace('France', 'Fran')), 0xe7, ...bytes('e\n')]);
    expect(await fatalProblems(ingestFiles(file('data/cases.csv', bytes(validCsv)), file('data/latin1.csv', latin1)))).toEqual([
      'data/latin1.csv:3: the file is not valid UTF-8 text: save it as UTF-8 (with or without a BOM) [ingest/not-utf8]',
    ]);
  });

  it('refuses malformed CSV', async () => {
    expect(await fatalProblems(ingestFiles(file('data/cases.csv', `${validCsv}c2,"2024\n`)))).toEqual([
      'data/cases.csv:3: malformed CSV: a quoted field is not closed before the end of the file [ingest/csv-syntax]',
    ]);
  });

  it('refuses malformed JSON at its line and column', async () => {
    const json = '[\n  {"id": "c1", "title": "Budgets"}\n  {"id": "c2"}\n]';
    expect(await fatalProblems(ingestFiles(file('data/cases.json', json)))).toEqual([
      'data/cases.json:3:3: malformed JSON: comma expected [ingest/json-syntax]',
    ]);
  });

  it('refuses JSON that is not a list of case objects', async () => {
    expect(await fatalProblems(ingestFiles(file('data/a.json', '{"records": []}'), file('data/b.json', '[\n {"id": "c1"},\n "c2"\n]')))).toEqual([
      'data/a.json:1: expected an array of case objects, or an object with a "cases" array [ingest/json-shape]',
      'data/b.json:3: expected an array of case objects, or an object with a "cases" array [ingest/json-shape]',
    ]);
  });

  it('refuses a file that claims to be a workbook but is not one', async () => {
    expect(await fatalProblems(ingestFiles(file('data/cases.xlsx', validCsv)))).toEqual([
      "data/cases.xlsx: cannot read the file: Doesn't look like an `.xlsx` file [ingest/unreadable-file]",
    ]);
  });

  it('checks every file, and the reference, before stopping', async () => {
    const countries = file('data/countries.csv', 'iso3,name,region,oecd_member\nFRA,France,europe,yes\n');
    const files = [file('data/a.csv', validCsv), file('data/b.txt', validCsv), file('data/c.csv', 'id\nc1\n')];
    expect(await fatalProblems(ingest({ files, countries, regions: regionsCsv, editions }))).toEqual([
      'data/countries.csv:1:incomeGroup: missing required column "incomeGroup" [ingest/missing-column]',
      'data/b.txt: unknown data file type ".txt": use .csv, .json or .xlsx [ingest/unknown-extension]',
      'data/c.csv:1:edition: missing required column "edition" [ingest/missing-column]',
      'data/c.csv:1:source: missing required column "source" [ingest/missing-column]',
      'data/c.csv:1:title: missing required column "title" [ingest/missing-column]',
      'data/c.csv:1:country: missing required column "country" [ingest/missing-column]',
      'data/c.csv:1:levelOfGovernment: missing required column "levelOfGovernment" [ingest/missing-column]',
      'data/c.csv:1:trends: missing required column "trends" [ingest/missing-column]',
    ]);
  });
});
