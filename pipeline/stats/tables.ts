/**
 * The named tables figure specs bind to (`"data": {"name": "technologies"}`). A row holds only plain strings and
 * numbers, so it is written to the figure's CSV as is: the CSV is exactly what the chart draws.
 */
import isoCountries from 'i18n-iso-countries';
import { rankedEntries, type Breakdown, type Entry } from './breakdowns.ts';
import { roundTo, type Count } from './count.ts';
import type { TrendBreakdowns } from './cross.ts';
import { trendChapterDimensions, type DimensionName, type TrendChapterDimension } from './dimensions.ts';
import type { EditionTotals } from './over-time.ts';

/** A row of a named table that figures draw. */
export type TableRow = Record<string, string | number>;

type Breakdowns = { [D in DimensionName]: Breakdown<D> };

export interface TablesInput {
  breakdowns: Breakdowns;
  byTrend: Record<string, TrendBreakdowns>;
  coOccurrence: Record<string, Record<string, Count>>;
  editions: Record<string, EditionTotals>;
}

/** Shares in a CSV: four decimals (a hundredth of a percentage point), as the interval bounds already are. */
const SHARE_DECIMALS = 4;

/** The columns every counted row ends with; `smallBase` is a word because a CSV cell has no booleans. */
export function countColumns(count: Count): TableRow {
  return {
    count: count.count,
    share: roundTo(count.share, SHARE_DECIMALS),
    low: count.low,
    high: count.high,
    smallBase: count.smallBase ? 'yes' : 'no',
  };
}

export function tablesOf({ breakdowns, byTrend, coOccurrence, editions }: TablesInput): Record<string, TableRow[]> {
  const { trends, regions, countries, levels, technologies } = breakdowns;
  return {
    trends: Object.entries(trends).map(([id, trend]) => ({ id, trend: trend.shortTitle, ...countColumns(trend) })),
    regions: withCases(regions).map(([id, region]) => ({ id, region: region.name, ...countColumns(region) })),
    countries: countriesTable(countries),
    levels: Object.entries(levels).map(([id, level]) => ({ id, level: level.label, ...countColumns(level) })),
    technologies: withinTable('technologies', technologies),
    trendRegions: trendRegionsTable(byTrend, regions),
    coOccurrence: coOccurrenceTable(coOccurrence, trends),
    editions: Object.entries(editions).map(([year, totals]) => ({ edition: year, ...totals })),
    ...trendChapterTables(byTrend),
  };
}

/** Entries with at least one case, in vocabulary order: a chart leaves out what the edition has none of. */
function withCases<D extends DimensionName>(breakdown: Breakdown<D>): [string, Entry<D>][] {
  return Object.entries(breakdown).filter(([, entry]) => entry.count > 0);
}

/** Countries with cases, most first, with the key the world map joins on. */
function countriesTable(countries: Breakdown<'countries'>): TableRow[] {
  return rankedEntries(countries).map((country) => ({
    iso3: country.id,
    // World-atlas shapes are keyed by the zero-padded ISO numeric code ("004").
    id: isoCountries.alpha3ToNumeric(country.id) ?? '',
    name: country.name,
    ...countColumns(country),
  }));
}

const labelColumns = { technologies: 'technology', sectors: 'sector', targetGroups: 'targetGroup' } as const;

/** A breakdown drawn as bars: the entries with cases, most first, each with its chart label. */
function withinTable(name: TrendChapterDimension, breakdown: Breakdown<TrendChapterDimension>): TableRow[] {
  return rankedEntries(breakdown).map((entry) => ({ id: entry.id, [labelColumns[name]]: chartLabel(entry.label), ...countColumns(entry) }));
}

/** One table per trend and breakdown its chapter draws: `byTrend.<trendId>.<breakdown>`, shares of the trend's cases. */
function trendChapterTables(byTrend: Record<string, TrendBreakdowns>): Record<string, TableRow[]> {
  return Object.fromEntries(
    Object.entries(byTrend).flatMap(([trendId, crossed]) =>
      trendChapterDimensions.map((name) => [`byTrend.${trendId}.${name}`, withinTable(name, crossed[name])]),
    ),
  );
}

/** Every trend × every region with cases. Each row's base goes with it (`trendCases`): the share is of its cases. */
function trendRegionsTable(byTrend: Record<string, TrendBreakdowns>, regions: Breakdown<'regions'>): TableRow[] {
  return Object.entries(byTrend).flatMap(([trendId, crossed]) =>
    withCases(regions).map(([regionId, region]) => ({
      trendId,
      trend: crossed.shortTitle,
      trendCases: crossed.cases,
      regionId,
      region: region.name,
      ...countColumns(crossed.regions[regionId]!),
    })),
  );
}

/**
 * Every ordered pair of two different trends. Both trends' sizes go with each cell, so that a chart can order its
 * rows and its columns alike (by size) although the matrix has no diagonal.
 */
function coOccurrenceTable(coOccurrence: Record<string, Record<string, Count>>, trends: Breakdown<'trends'>): TableRow[] {
  return Object.entries(coOccurrence).flatMap(([trendId, others]) =>
    Object.entries(others).map(([withId, count]) => ({
      trendId,
      trend: trends[trendId]!.shortTitle,
      trendCases: trends[trendId]!.count,
      withId,
      withTrend: trends[withId]!.shortTitle,
      withCases: trends[withId]!.count,
      ...countColumns(count),
    })),
  );
}

/**
 * Open lists keep the data's spelling, mostly lower case, which reads right inside a sentence; as a chart label it
 * starts with a capital. Closed-list labels already do, so this changes nothing for them.
 */
function chartLabel(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
