import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { fatalProblems, file, ingestFiles } from './helpers.ts';

const record = (id: string, extra: string) =>
  `{\n    "id": "${id}",\n    "edition": 2024,\n    "source": "call",\n    "title": "Case ${id}",\n    "levelOfGovernment": "national",\n    "trends": ["participation", "data-powered"],\n    ${extra}\n  }`;

describe('JSON files', () => {
  it('reads an array of case objects, each at the line it starts on', async () => {
    const json = `[\n  ${record('j1', '"country": "Korea"')},\n\n  ${record('j2', '"country": "Atlantis"')}\n]\n`;
    const result = await ingestFiles(file('data/cases.json', json));
    expect(result.cases.map((c) => [c.id, c.country, c.trends])).toEqual([['j1', 'KOR', ['participation', 'data-powered']]]);
    // j1 spans lines 2 to 10, a blank line follows, so j2 starts on line 12.
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['data/cases.json:12:country: unknown country "Atlantis" [ingest/unknown-country]']);
    expect(result.rejected[0]?.values).toMatchObject({ id: 'j2', edition: '2024', trends: 'participation; data-powered' });
  });

  it('reads an object with a "cases" array, numbers and booleans as values', async () => {
    const json = `{\n  "edition": 2024,\n  "cases": [\n  ${record('j1', '"country": "USA", "yearLaunched": 2019, "featured": true')}\n  ]\n}`;
    const result = await ingestFiles(file('data/cases.json', json));
    expect(result.rejected).toEqual([]);
    expect(result.cases[0]).toMatchObject({ id: 'j1', country: 'USA', yearLaunched: 2019, featured: true });
  });

  it('treats a key no object has as a missing column, and a key some objects lack as an empty value', async () => {
    const json = `[\n  ${record('j1', '"country": "France"')},\n  ${record('j2', '"summary": "no country"')}\n]`;
    const result = await ingestFiles(file('data/cases.json', json));
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['data/cases.json:11:country: country is required [ingest/required]']);

    const noCountry = `[\n  ${record('j1', '"summary": "no country"')}\n]`;
    expect(await fatalProblems(ingestFiles(file('data/cases.json', noCountry)))).toEqual([
      'data/cases.json:1:country: missing required column "country" [ingest/missing-column]',
    ]);
  });
});
