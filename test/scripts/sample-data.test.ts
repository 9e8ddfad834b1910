import { beforeAll, describe, expect, it } from 'vitest';
import type { Edition } from '../../pipeline/edition.ts';
import type { Case } from '../../pipeline/ingest/schema.ts';
import { checkSampleData, loadEditions, type CheckResult } from '../../scripts/sample-data/check.ts';
import { countries } from '../../scripts/sample-data/countries.ts';
import { sampleFilePaths, type SampleFiles } from '../../scripts/sample-data/files.ts';
import { generateSampleData } from '../../scripts/sample-data/generate.ts';
import { namedCases } from '../../scripts/sample-data/named-cases.ts';

/** The 38 OECD members, written out here so the test does not trust the table it checks. */
const OECD_MEMBERS = [
  'AUS', 'AUT', 'BEL', 'CAN', 'CHL', 'COL', 'CRI', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'ISL', 'IRL',
  'ISR', 'ITA', 'JPN', 'KOR', 'LVA', 'LTU', 'LUX', 'MEX', 'NLD', 'NZL', 'NOR', 'POL', 'PRT', 'SVK', 'SVN', 'ESP', 'SWE',
  'CHE', 'TUR', 'GBR', 'USA',
];

let editions: Map<number, Edition>;
let files: SampleFiles;
let checked: CheckResult;

beforeAll(async () => {
  editions = await loadEditions();
  files = generateSampleData(editions);
  checked = checkSampleData(files, editions);
});

const casesOf = (edition: number): Case[] => checked.cases.map((c) => c.record).filter((c) => c.edition === edition);
const countryCount = (cases: readonly Case[]) => new Set(cases.map((c) => c.country)).size;

describe('generated sample data', () => {
  it('passes the case schema and every check of the generator', () => {
    expect(checked.problems).toEqual([]);
  });

  it('holds 800 cases for 2024 from 83 countries: 650 from the call (CSV) and 150 from desk research (JSON)', () => {
    const cases = casesOf(2024);
    expect(cases).toHaveLength(800);
    expect(countryCount(cases)).toBe(83);
    const call = checked.cases.filter((c) => c.file === sampleFilePaths.call2024).map((c) => c.record);
    const desk = checked.cases.filter((c) => c.file === sampleFilePaths.desk2024).map((c) => c.record);
    expect(call).toHaveLength(650);
    expect(call.every((c) => c.source === 'call' && c.edition === 2024)).toBe(true);
    expect(desk).toHaveLength(150);
    expect(desk.every((c) => c.source === 'desk' && c.edition === 2024)).toBe(true);
  });

  it.each([
    [2018, 276, 58],
    [2019, 542, 84],
    [2023, 1084, 94],
  ])('holds the %i edition: %i cases from %i countries', (edition, cases, countryTotal) => {
    const inEdition = casesOf(edition);
    expect(inEdition).toHaveLength(cases);
    expect(countryCount(inEdition)).toBe(countryTotal);
    expect(checked.cases.filter((c) => c.record.edition === edition).every((c) => c.file === sampleFilePaths.earlier)).toBe(true);
  });

  it('covers all six regions in 2024, Europe first', () => {
    const regionOf = new Map(countries.map((c) => [c.iso3, c.region]));
    const byRegion = new Map<string, number>();
    for (const c of casesOf(2024)) byRegion.set(regionOf.get(c.country)!, (byRegion.get(regionOf.get(c.country)!) ?? 0) + 1);
    expect(byRegion.size).toBe(6);
    expect(Math.max(...byRegion.values())).toBe(byRegion.get('europe'));
  });

  it('includes the named cases first, featured, with their trends', () => {
    const cases = casesOf(2024);
    namedCases.forEach((named, i) => {
      const found = cases.find((c) => c.title === named.title);
      expect(found, named.title).toBeDefined();
      expect(found?.id).toBe(`GT2024-${String(i + 1).padStart(4, '0')}`);
      expect(found?.featured).toBe(true);
      expect(found?.country).toBe(named.iso3);
      expect(found?.trends).toEqual(named.trends);
    });
    expect(namedCases.map((c) => c.iso3)).toEqual(['FIN', 'IRL', 'PRT', 'SWE', 'ESP', 'NOR', 'ITA', 'USA', 'KOR', 'FRA']);
  });

  it('features about thirty 2024 cases', () => {
    expect(casesOf(2024).filter((c) => c.featured)).toHaveLength(30);
  });

  it('is deterministic: two runs give identical files', () => {
    expect(generateSampleData(editions)).toEqual(files);
  });

  it('writes UTF-8 CSV with \\n line ends and no BOM', () => {
    for (const path of [sampleFilePaths.regions, sampleFilePaths.countries, sampleFilePaths.call2024, sampleFilePaths.earlier]) {
      expect(files[path].startsWith('\uFEFF'), path).toBe(false);
      expect(files[path].includes('\r'), path).toBe(false);
    }
  });
});

describe('sample country reference', () => {
  it('marks exactly the 38 OECD members', () => {
    const members = countries.filter((c) => c.oecdMember).map((c) => c.iso3);
    expect([...members].sort()).toEqual([...OECD_MEMBERS].sort());
  });

  it('holds at least 100 countries in six regions, with OECD names', () => {
    expect(countries.length).toBeGreaterThanOrEqual(100);
    expect(new Set(countries.map((c) => c.region)).size).toBe(6);
    const name = (iso3: string) => countries.find((c) => c.iso3 === iso3)?.name;
    expect([name('KOR'), name('TUR'), name('SVK'), name('CZE'), name('USA'), name('VNM')]).toEqual([
      'Korea',
      'Türkiye',
      'Slovak Republic',
      'Czechia',
      'United States',
      'Viet Nam',
    ]);
  });
});
