/**
 * Turns generated records into file text the way real exports look: the call's CSV with the form's labels, desk
 * research as JSON with vocabulary ids, and a mix of spellings and separators that ingest must accept.
 */
import { stringify } from 'csv-stringify/sync';
import {
  caseSources,
  innovationStatuses,
  labelOf,
  levelsOfGovernment,
  organisationTypes,
  sectors,
} from '../../pipeline/ingest/vocabulary.ts';
import type { SampleCountry } from './countries.ts';
import type { Region } from '../../pipeline/ingest/reference.ts';
import { createRandom } from './random.ts';
import type { SampleCase } from './sample-case.ts';

export const sampleFilePaths = {
  regions: 'data/regions.csv',
  countries: 'data/countries.csv',
  call2024: 'data/cases/2024-call.csv',
  desk2024: 'data/cases/2024-desk.json',
  earlier: 'data/cases/earlier-editions.csv',
} as const;

/** File text by path relative to the project folder, in the order the files are written. */
export type SampleFiles = Record<(typeof sampleFilePaths)[keyof typeof sampleFilePaths], string>;

/** CSV columns of a case file, in order. Ingest matches headers ignoring case, spaces and underscores. */
const caseColumns = [
  'id',
  'edition',
  'source',
  'title',
  'country',
  'organisation',
  'organisation_type',
  'level_of_government',
  'sectors',
  'year_launched',
  'status',
  'tags',
  'technologies',
  'target_groups',
  'summary',
  'overview',
  'results',
  'url',
  'trends',
  'featured',
] as const;

/** How a file writes yes/no: the call export says yes/no, the older spreadsheet TRUE/FALSE. */
export type BooleanStyle = 'yes-no' | 'true-false';

/** Share of CSV rows whose lists use `|` rather than `;`, and whose source is the short id rather than the label. */
const PIPE_ROW_SHARE = 0.15;
const SHORT_SOURCE_SHARE = 0.1;

const writeCsv = (columns: readonly string[], rows: readonly (readonly string[])[]): string =>
  stringify([columns, ...rows], { record_delimiter: '\n' });

export function regionsCsv(regions: readonly Region[]): string {
  return writeCsv(['id', 'name'], regions.map((r) => [r.id, r.name]));
}

export function countriesCsv(countries: readonly SampleCountry[]): string {
  const sorted = [...countries].sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  return writeCsv(
    ['iso3', 'name', 'region', 'oecd_member', 'income_group', 'aliases'],
    sorted.map((c) => [c.iso3, c.name, c.region, String(c.oecdMember), c.incomeGroup, c.aliases.join('|')]),
  );
}

function csvRow(record: SampleCase, booleans: BooleanStyle): string[] {
  // Row-level quirks come from a stream seeded by the id, so they do not move when other rows change.
  const random = createRandom(`style/${record.id}`);
  const separator = random.chance(PIPE_ROW_SHARE) ? '|' : '; ';
  const list = (values: readonly string[]) => values.join(separator);
  const source = random.chance(SHORT_SOURCE_SHARE) ? record.source : labelOf(caseSources, record.source);
  const yes = booleans === 'yes-no' ? ['yes', 'no'] : ['TRUE', 'FALSE'];
  return [
    record.id,
    String(record.edition),
    source,
    record.title,
    record.country,
    record.organisation,
    record.organisationType === undefined ? '' : labelOf(organisationTypes, record.organisationType),
    labelOf(levelsOfGovernment, record.levelOfGovernment),
    list(record.sectors.map((s) => labelOf(sectors, s))),
    record.yearLaunched === undefined ? '' : String(record.yearLaunched),
    record.status === undefined ? '' : labelOf(innovationStatuses, record.status),
    list(record.tags),
    list(record.technologies),
    list(record.targetGroups),
    record.summary,
    record.overview,
    record.results,
    record.url,
    list(record.trends),
    record.featured ? yes[0]! : yes[1]!,
  ];
}

export function casesCsv(records: readonly SampleCase[], booleans: BooleanStyle): string {
  return writeCsv(caseColumns, records.map((r) => csvRow(r, booleans)));
}

/** JSON records use camelCase keys and vocabulary ids; empty optional values are left out, as APIs tend to. */
export function casesJson(records: readonly SampleCase[]): string {
  const objects = records.map((r) => {
    const optional = (key: string, value: string | number | undefined) => (value === undefined || value === '' ? {} : { [key]: value });
    return {
      id: r.id,
      edition: r.edition,
      source: r.source,
      title: r.title,
      country: r.country,
      ...optional('organisation', r.organisation),
      ...optional('organisationType', r.organisationType),
      levelOfGovernment: r.levelOfGovernment,
      sectors: r.sectors,
      ...optional('yearLaunched', r.yearLaunched),
      ...optional('status', r.status),
      tags: r.tags,
      technologies: r.technologies,
      targetGroups: r.targetGroups,
      ...optional('summary', r.summary),
      ...optional('overview', r.overview),
      ...optional('results', r.results),
      ...optional('url', r.url),
      trends: r.trends,
      featured: r.featured,
    };
  });
  return `${JSON.stringify(objects, null, 2)}\n`;
}
