/**
 * Small, hand-checkable inputs for the figures stage: a stats table for every template spec, the template specs,
 * the world map. Counted rows take their share, interval and small-base flag from the stats stage's own builder, so
 * they have exactly the columns stats writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SpecFile } from '../../pipeline/figures/index.ts';
import { countOf } from '../../pipeline/stats/count.ts';
import { countColumns, type TableRow } from '../../pipeline/stats/tables.ts';

/** The cases of the imaginary edition every share below is of, unless a row says otherwise. */
const EDITION_CASES = 800;

const counted = (count: number, base = EDITION_CASES) => countColumns(countOf(count, base));

export const trends = [
  { id: 'future-oriented', trend: 'Future-oriented and co-created', ...counted(212) },
  { id: 'digital-foundations', trend: 'Digital and innovative foundations', ...counted(538) },
  { id: 'personalised-proactive', trend: 'Personalised and proactive', ...counted(251) },
  { id: 'data-powered', trend: 'Data-powered', ...counted(187) },
  { id: 'participation', trend: 'Public participation', ...counted(164) },
];

export const regions = [
  { id: 'europe', region: 'Europe', ...counted(310) },
  { id: 'latin-america', region: 'Latin America & the Caribbean', ...counted(160) },
  { id: 'africa', region: 'Sub-Saharan Africa', ...counted(40) },
];

/** The table a world map needs: `id` is the ISO 3166-1 numeric code, zero-padded as world-atlas writes it. */
export const countries = [
  { iso3: 'FRA', id: '250', name: 'France', ...counted(40) },
  { iso3: 'BRA', id: '076', name: 'Brazil', ...counted(25) },
  { iso3: 'KEN', id: '404', name: 'Kenya', ...counted(5) },
];

export const levels = [
  { id: 'national', level: 'National/Federal government', ...counted(340) },
  { id: 'regional', level: 'Regional/State government', ...counted(133) },
  { id: 'local', level: 'Local government', ...counted(222) },
  { id: 'other', level: 'Other', ...counted(105) },
];

export const technologies = [
  { id: 'data-analytics', technology: 'Data analytics', ...counted(172) },
  { id: 'artificial-intelligence', technology: 'Artificial intelligence', ...counted(160) },
  { id: 'blockchain', technology: 'Blockchain', ...counted(21) },
];

/** Two trends × three regions; each share is of the row trend's cases. Data-powered's 20 cases are a small base. */
export const trendRegions = [
  { trendId: 'digital-foundations', trend: 'Digital and innovative foundations', trendCases: 538, regionId: 'europe', region: 'Europe', ...counted(300, 538) },
  { trendId: 'digital-foundations', trend: 'Digital and innovative foundations', trendCases: 538, regionId: 'latin-america', region: 'Latin America & the Caribbean', ...counted(200, 538) },
  { trendId: 'digital-foundations', trend: 'Digital and innovative foundations', trendCases: 538, regionId: 'africa', region: 'Sub-Saharan Africa', ...counted(38, 538) },
  { trendId: 'data-powered', trend: 'Data-powered', trendCases: 20, regionId: 'europe', region: 'Europe', ...counted(10, 20) },
  { trendId: 'data-powered', trend: 'Data-powered', trendCases: 20, regionId: 'latin-america', region: 'Latin America & the Caribbean', ...counted(8, 20) },
  { trendId: 'data-powered', trend: 'Data-powered', trendCases: 20, regionId: 'africa', region: 'Sub-Saharan Africa', ...counted(2, 20) },
];

const pair = (trend: [string, string, number], other: [string, string, number], count: number) => ({
  trendId: trend[0],
  trend: trend[1],
  trendCases: trend[2],
  withId: other[0],
  withTrend: other[1],
  withCases: other[2],
  ...counted(count, trend[2]),
});
const digital: [string, string, number] = ['digital-foundations', 'Digital and innovative foundations', 538];
const data: [string, string, number] = ['data-powered', 'Data-powered', 187];
const participation: [string, string, number] = ['participation', 'Public participation', 164];

/** Three trends, every ordered pair of two different ones: 3 × 2 cells. */
export const coOccurrence = [
  pair(digital, data, 120),
  pair(digital, participation, 40),
  pair(data, digital, 120),
  pair(data, participation, 30),
  pair(participation, digital, 40),
  pair(participation, data, 30),
];

export const editions = [
  { edition: '2019', cases: 542, countries: 84, regions: 6 },
  { edition: '2023', cases: 1084, countries: 94, regions: 6 },
  { edition: '2024', cases: 800, countries: 83, regions: 6 },
];

/** A breakdown within one trend: shares of that trend's cases. */
function withinTrend(column: string, base: number, entries: [string, string, number][]): TableRow[] {
  return entries.map(([id, label, count]) => ({ id, [column]: label, ...counted(count, base) }));
}

/** Participation has 24 cases: a small base, which its chart must mark. */
export const trendTables: Record<string, TableRow[]> = {
  'byTrend.future-oriented.sectors': withinTrend('sector', 212, [
    ['health', 'Health', 60],
    ['education', 'Education', 45],
  ]),
  'byTrend.digital-foundations.technologies': withinTrend('technology', 538, [
    ['online-platforms', 'Online platforms', 200],
    ['cloud', 'Cloud', 90],
    ['chatbots', 'Chatbots', 60],
  ]),
  'byTrend.personalised-proactive.targetGroups': withinTrend('targetGroup', 251, [
    ['citizens', 'Citizens', 100],
    ['older-people', 'Older people', 80],
  ]),
  'byTrend.data-powered.technologies': withinTrend('technology', 187, [
    ['data-analytics', 'Data analytics', 90],
    ['artificial-intelligence', 'Artificial intelligence', 70],
  ]),
  'byTrend.participation.sectors': withinTrend('sector', 24, [
    ['public-administration', 'Public administration modernisation and reform', 12],
    ['housing', 'Housing and community relations', 6],
    ['culture', 'Recreation, culture, and religion', 3],
  ]),
};

/** Every table the template specs name. */
export const tables: Record<string, TableRow[]> = { trends, regions, countries, levels, technologies, trendRegions, coOccurrence, editions, ...trendTables };

/** The report's chapters, as the build passes them: every figure must belong to one of them. */
export const reportChapters = [
  '01-introduction',
  '02-future-oriented',
  '03-digital-foundations',
  '04-personalised-proactive',
  '05-data-powered',
  '06-participation',
  '07-conclusion',
  '90-annex-methodology',
];

export const templatesFolder = 'templates/editions/2024/figures';

export function templateSpecs(): SpecFile[] {
  return readdirSync(templatesFolder)
    .filter((name) => name.endsWith('.vl.json'))
    .sort()
    .map((name) => specFile(join(templatesFolder, name)));
}

export function specFile(path: string): SpecFile {
  return { path, text: readFileSync(path, 'utf8') };
}

export const mapSpec = 'templates/editions/2024/figures/cases-by-country-map.vl.json';

export function loadAtlas(): unknown {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
}
