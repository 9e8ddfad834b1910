import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { createCountryResolver, ingest } from '../../pipeline/ingest/index.ts';
import { caseCsv, caseRow, countriesCsv, editions, fatalProblems, file, ingestFiles, regionsCsv } from './helpers.ts';

const reference = async () => (await ingestFiles(file('data/cases.csv', caseCsv(caseRow('c1'))))).reference;

describe('country reference', () => {
  it('reads countries.csv and regions.csv into the reference', async () => {
    const { countries, regions } = await reference();
    expect([...regions.keys()]).toEqual(['europe', 'asia-pacific', 'north-america']);
    expect(countries.size).toBe(8);
    expect(countries.get('TUR')).toEqual({
      iso3: 'TUR',
      name: 'Türkiye',
      region: 'europe',
      oecdMember: true,
      incomeGroup: 'upper-middle',
      aliases: [],
    });
    expect(countries.get('CHN')?.aliases).toEqual(["China (People's Republic of)", 'PRC']);
    expect(countries.get('VNM')?.oecdMember).toBe(false);
  });

  it('warns about reference columns it does not know', async () => {
    const regions = file('data/regions.csv', 'id,name,colour\neurope,Europe,blue\nasia-pacific,Asia-Pacific,red\nnorth-america,North America,green\n');
    const result = await ingest({ files: [file('data/cases.csv', caseCsv(caseRow('c1')))], countries: countriesCsv, regions, editions });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual(['data/regions.csv:1: warning: unknown column "colour" ignored [ingest/unknown-column]']);
  });

  it('stops the build on bad reference rows, listing every one', async () => {
    const countries = file(
      'data/countries.csv',
      [
        'iso3,name,region,oecd_member,income_group,aliases',
        'FRA,France,europe,yes,high,',
        'fr,Francia,europe,yes,high,',
        'FRA,France again,europe,yes,high,',
        'ESP,Spain,atlantis,maybe,rich,',
        'PRT,Portugal,europe,yes,high,France',
      ].join('\n'),
    );
    const problems = await fatalProblems(ingest({ files: [file('data/cases.csv', caseCsv(caseRow('c1')))], countries, regions: regionsCsv, editions }));
    expect(problems).toEqual([
      'data/countries.csv:3:iso3: iso3 "fr" is not an ISO 3166-1 alpha-3 code (three capital letters) [ingest/not-iso3]',
      'data/countries.csv:4:iso3: duplicate id "FRA": first used at data/countries.csv:2 [ingest/duplicate-id]',
      'data/countries.csv:5:region: unknown region "atlantis": expected one of "europe", "asia-pacific", "north-america" [ingest/unknown-region]',
      'data/countries.csv:5:oecd_member: expected yes/no (true/false, 1/0), got "maybe" [ingest/not-boolean]',
      'data/countries.csv:5:income_group: unknown income group "rich": expected one of "High income", "Upper middle income", "Lower middle income", "Low income" [ingest/unknown-value]',
      'data/countries.csv:6:aliases: country name or alias "France" is already used at data/countries.csv:2 [ingest/duplicate-country-name]',
    ]);
  });
});

describe('createCountryResolver', () => {
  const variants: [written: string, iso3: string][] = [
    ['Korea', 'KOR'],
    ['Republic of Korea', 'KOR'],
    ['Türkiye', 'TUR'],
    ['turkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['United States of America', 'USA'],
    ['USA', 'USA'],
    ['us', 'USA'],
    ['Czech Republic', 'CZE'],
    ['Czechia', 'CZE'],
    ['Slovak Republic', 'SVK'],
    ['Viet Nam', 'VNM'],
    ['  france ', 'FRA'],
    ['FRA', 'FRA'],
    // Only the reference's aliases know these.
    ["China (People's Republic of)", 'CHN'],
    ['prc', 'CHN'],
  ];

  it.each(variants)('resolves %j to %s', async (written, iso3) => {
    expect(createCountryResolver(await reference())(written)).toEqual({ kind: 'found', iso3 });
  });

  it('knows no "Atlantis", nor three letters that are no ISO code', async () => {
    const resolve = createCountryResolver(await reference());
    expect(resolve('Atlantis')).toEqual({ kind: 'unknown' });
    expect(resolve('XYZ')).toEqual({ kind: 'unknown' });
  });

  it('tells a real country missing from the reference table from an unknown one', async () => {
    const resolve = createCountryResolver(await reference());
    expect(resolve('Brazil')).toEqual({ kind: 'not-in-reference', iso3: 'BRA', name: 'Brazil' });
    expect(resolve('GL')).toEqual({ kind: 'not-in-reference', iso3: 'GRL', name: 'Greenland' });
    // Not a code, but a name the library knows.
    expect(resolve('UAE')).toEqual({ kind: 'not-in-reference', iso3: 'ARE', name: 'United Arab Emirates' });
  });
});
