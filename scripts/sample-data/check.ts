/**
 * Reads the generated files back the way ingest will (headers matched with `columnKey`, every record through
 * `caseSchema`) and checks them against the plan. A generator that writes invalid data is a bug, so any problem
 * found here stops the script before anything is written.
 */
import { readdir, readFile } from 'node:fs/promises';
import { parse as parseCsv } from 'csv-parse/sync';
import countryNames from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { parse as parseYaml } from 'yaml';
import { editionSchema, type Edition } from '../../pipeline/edition.ts';
import { createCountryResolver } from '../../pipeline/ingest/countries.ts';
import type { Reference } from '../../pipeline/ingest/reference.ts';
import { caseSchema, columnKey, type Case } from '../../pipeline/ingest/schema.ts';
import { CURRENT_EDITION, editionPlans } from './cases.ts';
import { sampleFilePaths, type SampleFiles } from './files.ts';
import { namedCases } from './named-cases.ts';
import { formatNumber } from './words.ts';

countryNames.registerLocale(en);

const editionsFolder = new URL('../../templates/editions/', import.meta.url);

/** Every edition under templates/editions/<year>/edition.yaml, validated with the pipeline's own schema. */
export async function loadEditions(): Promise<Map<number, Edition>> {
  const folders = (await readdir(editionsFolder, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  const editions = new Map<number, Edition>();
  for (const folder of folders.sort()) {
    const edition = editionSchema.parse(parseYaml(await readFile(new URL(`${folder}/edition.yaml`, editionsFolder), 'utf8')));
    editions.set(edition.year, edition);
  }
  return editions;
}

/** Limits of the OPSI case-study form (report-facts §3.1), and the sample's own range for full overviews. */
const MAX_SUMMARY = 500;
const MAX_RESULTS = 1000;
const MAX_OVERVIEW = 5000;
const FULL_OVERVIEW = { min: 600, max: 2000 };
const INCOME_GROUPS = ['high', 'upper-middle', 'lower-middle', 'low'];
const OECD_MEMBERS = 38;

interface ReferenceRow {
  iso3: string;
  name: string;
  region: string;
  oecd_member: string;
  income_group: string;
  aliases: string;
}

/** The reference table as ingest holds it, so countries resolve exactly as they will in a build. */
function toReference(regions: readonly Record<string, string>[], rows: readonly ReferenceRow[]): Reference {
  return {
    regions: new Map(regions.map((r) => [r.id!, { id: r.id!, name: r.name! }])),
    countries: new Map(
      rows.map((row) => [
        row.iso3,
        {
          iso3: row.iso3,
          name: row.name,
          region: row.region,
          oecdMember: row.oecd_member === 'true',
          incomeGroup: row.income_group,
          aliases: row.aliases.split('|').filter((alias) => alias !== ''),
        },
      ]),
    ),
  };
}

export interface CheckedCase {
  file: string;
  record: Case;
}

export interface CheckResult {
  cases: CheckedCase[];
  problems: string[];
  /** One line per file, for the script to print. */
  summary: string[];
}

const readCsv = (text: string): Record<string, string>[] => parseCsv(text, { columns: true, skip_empty_lines: true });

function checkReference(files: SampleFiles, problems: string[]): Reference {
  const regions = readCsv(files[sampleFilePaths.regions]);
  const regionIds = new Set(regions.map((r) => r.id));
  const rows = readCsv(files[sampleFilePaths.countries]) as unknown as ReferenceRow[];
  const place = sampleFilePaths.countries;
  for (const row of rows) {
    if (!regionIds.has(row.region)) problems.push(`${place}: ${row.iso3}: unknown region "${row.region}"`);
    if (!INCOME_GROUPS.includes(row.income_group)) problems.push(`${place}: ${row.iso3}: unknown income group "${row.income_group}"`);
    if (row.oecd_member !== 'true' && row.oecd_member !== 'false') problems.push(`${place}: ${row.iso3}: oecd_member must be true or false`);
    for (const alias of row.aliases.split('|').filter((a) => a !== '')) {
      // An alias the library already maps to another country would make the name ambiguous.
      const libraryCode = countryNames.getAlpha3Code(alias, 'en');
      if (libraryCode !== undefined && libraryCode !== row.iso3) problems.push(`${place}: ${row.iso3}: alias "${alias}" is ${libraryCode} for the library`);
    }
  }
  const members = rows.filter((r) => r.oecd_member === 'true').length;
  if (members !== OECD_MEMBERS) problems.push(`${place}: ${members} OECD members, expected ${OECD_MEMBERS}`);
  return toReference(regions, rows);
}

/** Records of one case file with their keys turned into the schema's field names. */
function readCases(path: string, text: string, fieldByKey: ReadonlyMap<string, string>, problems: string[]): Record<string, unknown>[] {
  const raw: Record<string, unknown>[] = path.endsWith('.json') ? JSON.parse(text) : readCsv(text);
  return raw.map((record) => {
    const canonical: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      const field = fieldByKey.get(columnKey(key));
      if (field === undefined) problems.push(`${path}: unknown column "${key}"`);
      else canonical[field] = value;
    }
    return canonical;
  });
}

function checkText(place: string, record: Case, full: boolean, problems: string[]): void {
  if (record.summary.length > MAX_SUMMARY) problems.push(`${place}: summary has ${record.summary.length} characters (max ${MAX_SUMMARY})`);
  if (record.results.length > MAX_RESULTS) problems.push(`${place}: results has ${record.results.length} characters (max ${MAX_RESULTS})`);
  const overview = record.overview.length;
  const [min, max] = full ? [FULL_OVERVIEW.min, FULL_OVERVIEW.max] : [0, MAX_OVERVIEW];
  if (overview < min || overview > max) problems.push(`${place}: overview has ${overview} characters (expected ${min} to ${max})`);
  if (record.url !== '' && !record.url.startsWith('https://')) problems.push(`${place}: url is not an https address`);
}

function checkPlans(cases: readonly CheckedCase[], problems: string[]): void {
  for (const plan of editionPlans) {
    const inEdition = cases.map((c) => c.record).filter((c) => c.edition === plan.year);
    const expectCount = (what: string, actual: number, expected: number) => {
      if (actual !== expected) problems.push(`edition ${plan.year}: ${actual} ${what}, expected ${expected}`);
    };
    expectCount('call cases', inEdition.filter((c) => c.source === 'call').length, plan.sources.call);
    expectCount('desk-research cases', inEdition.filter((c) => c.source === 'desk').length, plan.sources.desk);
    const countryCount = Object.values(plan.regionCountries).reduce((a, b) => a + b, 0);
    expectCount('countries', new Set(inEdition.map((c) => c.country)).size, countryCount);
    expectCount('featured cases', inEdition.filter((c) => c.featured).length, plan.featured);
  }
  const edition = cases.map((c) => c.record).filter((c) => c.edition === CURRENT_EDITION);
  for (const named of namedCases) {
    if (!edition.some((c) => c.title === named.title && c.featured)) problems.push(`named case "${named.title}" is missing or not featured`);
  }
}

function describeCaseFile(path: string, cases: readonly CheckedCase[]): string {
  const inFile = cases.filter((c) => c.file === path).map((c) => c.record);
  const years = [...new Set(inFile.map((c) => c.edition))].sort();
  const parts = years.map((year) => {
    const ofYear = inFile.filter((c) => c.edition === year);
    const featured = ofYear.filter((c) => c.featured).length;
    return `${year}: ${formatNumber(ofYear.length)} cases from ${new Set(ofYear.map((c) => c.country)).size} countries, ${featured} featured`;
  });
  return `${path}: ${parts.join('; ')}`;
}

export function checkSampleData(files: SampleFiles, editions: ReadonlyMap<number, Edition>): CheckResult {
  const problems: string[] = [];
  const reference = checkReference(files, problems);
  const schema = caseSchema({ editions, resolveCountry: createCountryResolver(reference) });
  const fieldByKey = new Map(Object.keys(schema.shape).map((field) => [columnKey(field), field]));
  const firstSeen = new Map<string, string>();
  const cases: CheckedCase[] = [];

  for (const path of [sampleFilePaths.call2024, sampleFilePaths.desk2024, sampleFilePaths.earlier]) {
    readCases(path, files[path], fieldByKey, problems).forEach((raw, index) => {
      const place = `${path}: record ${index + 1} (${String(raw.id)})`;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) problems.push(`${place}: ${issue.path.join('.') || 'record'}: ${issue.message}`);
        return;
      }
      const record = parsed.data;
      const earlier = firstSeen.get(record.id);
      if (earlier !== undefined) problems.push(`${place}: duplicate id, first used in ${earlier}`);
      firstSeen.set(record.id, path);
      checkText(place, record, path !== sampleFilePaths.earlier, problems);
      cases.push({ file: path, record });
    });
  }
  checkPlans(cases, problems);

  const countries = [...reference.countries.values()];
  const summary = [
    `${sampleFilePaths.regions}: ${readCsv(files[sampleFilePaths.regions]).length} regions`,
    `${sampleFilePaths.countries}: ${countries.length} countries, ${countries.filter((c) => c.oecdMember).length} OECD members, ${countries.filter((c) => (c.aliases ?? []).length > 0).length} with aliases`,
    ...[sampleFilePaths.call2024, sampleFilePaths.desk2024, sampleFilePaths.earlier].map((path) => describeCaseFile(path, cases)),
  ];
  return { cases, problems, summary };
}
