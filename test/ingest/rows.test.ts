import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { caseCsv, caseRow, file, ingestFiles } from './helpers.ts';

/** Ingests one CSV file whose first row (line 2) is valid and whose second row (line 3) is the one under test. */
async function problemsOf(row: string): Promise<string[]> {
  const result = await ingestFiles(file('data/cases.csv', caseCsv(caseRow('ok'), row)));
  expect(result.cases.map((c) => c.id)).toEqual(['ok']);
  expect(result.rejected.map((r) => r.line)).toEqual([3]);
  return result.diagnostics.map(formatDiagnostic);
}

describe('row problems', () => {
  it('rejects an unknown country', async () => {
    expect(await problemsOf(caseRow('c2', { country: 'Atlantis' }))).toEqual([
      'data/cases.csv:3:country: unknown country "Atlantis" [ingest/unknown-country]',
    ]);
  });

  it('rejects a real country the reference table lacks', async () => {
    expect(await problemsOf(caseRow('c2', { country: 'Brazil' }))).toEqual([
      'data/cases.csv:3:country: country "Brazil" (BRA) is not in the reference table data/countries.csv [ingest/country-without-reference]',
    ]);
  });

  it('rejects a launch year before 1950 or after the edition', async () => {
    expect(await problemsOf(caseRow('c2', { year_launched: '1850' }))).toEqual([
      'data/cases.csv:3:year_launched: impossible year "1850": expected a year from 1950 to 2024 [ingest/impossible-year]',
    ]);
    expect(await problemsOf(caseRow('c2', { year_launched: '2031' }))).toEqual([
      'data/cases.csv:3:year_launched: impossible year "2031": expected a year from 1950 to 2024 [ingest/impossible-year]',
    ]);
  });

  it('rejects a launch year that is not a whole number', async () => {
    expect(await problemsOf(caseRow('c2', { year_launched: '2e3' }))).toEqual([
      'data/cases.csv:3:year_launched: year launched must be a whole number, got "2e3" [ingest/not-whole-number]',
    ]);
  });

  it('rejects a trend the edition does not have', async () => {
    expect(await problemsOf(caseRow('c2', { trends: 'participation;space-travel' }))).toEqual([
      'data/cases.csv:3:trends: unknown trend "space-travel" for the 2024 edition: expected one of future-oriented, digital-foundations, personalised-proactive, data-powered, participation [ingest/unknown-trend]',
    ]);
  });

  it('rejects an unknown innovation status', async () => {
    expect(await problemsOf(caseRow('c2', { status: 'Dreaming' }))).toEqual([
      'data/cases.csv:3:status: unknown innovation status "Dreaming": expected one of "Identifying or Discovering Problems or Opportunities", "Generating Ideas or Designing Solutions", "Developing Proposals", "Implementation", "Evaluation", "Diffusing Lessons" [ingest/unknown-value]',
    ]);
  });

  it('rejects an empty title', async () => {
    expect(await problemsOf(caseRow('c2', { title: '  ' }))).toEqual(['data/cases.csv:3:title: title is required [ingest/required]']);
  });

  it('rejects an edition that is not configured', async () => {
    expect(await problemsOf(caseRow('c2', { edition: '2023' }))).toEqual([
      'data/cases.csv:3:edition: unknown edition "2023": editions configured are 2024 [ingest/unknown-edition]',
    ]);
  });

  it('rejects a repeated id, naming where it was first used', async () => {
    expect(await problemsOf(caseRow('ok', { title: 'Another case' }))).toEqual([
      'data/cases.csv:3:id: duplicate id "ok": first used at data/cases.csv:2 [ingest/duplicate-id]',
    ]);
  });

  it('reports every problem of a record, the edition checks included', async () => {
    expect(await problemsOf(caseRow('c2', { country: 'Atlantis', title: '', trends: 'space-travel', year_launched: '1850' }))).toEqual([
      'data/cases.csv:3:title: title is required [ingest/required]',
      'data/cases.csv:3:country: unknown country "Atlantis" [ingest/unknown-country]',
      'data/cases.csv:3:trends: unknown trend "space-travel" for the 2024 edition: expected one of future-oriented, digital-foundations, personalised-proactive, data-powered, participation [ingest/unknown-trend]',
      'data/cases.csv:3:year_launched: impossible year "1850": expected a year from 1950 to 2024 [ingest/impossible-year]',
    ]);
  });

  it('names the field by the header as the file spells it', async () => {
    const csv = 'ID,Edition,Source,Title,Country,Level of government,Trends,Year Launched\n' +
      'c1,2024,Call for Government Innovations,Budgets,Atlantis,Local government,participation,1800\n';
    const result = await ingestFiles(file('data/cases.csv', csv));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'data/cases.csv:2:Country: unknown country "Atlantis" [ingest/unknown-country]',
      'data/cases.csv:2:Year Launched: impossible year "1800": expected a year from 1950 to 2024 [ingest/impossible-year]',
    ]);
  });

  it('keeps a case whose url is not http(s), with a warning', async () => {
    const result = await ingestFiles(file('data/cases.csv', caseCsv(caseRow('c1', { url: 'javascript:alert(1)' }), caseRow('c2', { url: '' }))));
    expect(result.cases.map((c) => [c.id, c.url])).toEqual([
      ['c1', 'javascript:alert(1)'],
      ['c2', ''],
    ]);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'data/cases.csv:2:url: warning: url "javascript:alert(1)" is not an http(s) address; it will not be linked [ingest/not-web-address]',
    ]);
  });

  it('turns labels and ids of the form into a case with stable ids', async () => {
    const csv = 'id,edition,source,title,country,level_of_government,trends,sectors,status,organisation_type,featured\n' +
      'c1,2024,Desk research,Budgets,Korea,Regional/State government,participation|data-powered,Health;education,evaluation,NGO,yes\n';
    const [accepted] = (await ingestFiles(file('data/cases.csv', csv))).cases;
    expect(accepted).toMatchObject({
      id: 'c1',
      edition: 2024,
      source: 'desk',
      country: 'KOR',
      levelOfGovernment: 'regional',
      trends: ['participation', 'data-powered'],
      sectors: ['health', 'education'],
      status: 'evaluation',
      organisationType: 'ngo',
      featured: true,
    });
  });
});
