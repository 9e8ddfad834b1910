/**
 * Trend statistics: a pure function from validated cases to one JSON-serialisable `Stats` value, written to
 * output/data/stats.json. Chapters quote it by dotted key (`trends.digital-foundations.share`); figures draw its
 * `tables` by name.
 *
 *   cases ─► tally (one pass, per edition) ─► breakdowns, rankings ─► cross-tabulations ─► over time ─► tables
 *
 * Multi-label rule (applied once, in dimensions.ts): a case with two trends counts once in each, and shares are of
 * cases, so the shares of trends, sectors, technologies and target groups can sum past 100%.
 *
 * Every count is a `Count` (count, share, 95% Wilson interval, small-base flag). The base of its share: the
 * edition's cases for breakdowns, the row trend's cases for `byTrend` and `coOccurrence`, each edition's cases for
 * `overTime` (stats.json says so under `bases`). Output is deterministic: entries in vocabulary order, ties by name.
 *
 * The keys (ids of free-text lists are slugs, see slug.ts):
 *   headline.{cases,countries,regions,callSubmissions,deskResearch,featured,featuredShare,oecdCases,oecdShare}
 *   trends.<trendId>.{title,shortTitle,count,share,low,high,smallBase}, and alike: regions.<id> (+name),
 *     countries.<ISO3> (+name, region), levels|statuses|sectors|technologies|targetGroups|incomeGroups.<id> (+label)
 *   ranked.<breakdown>.<n>: the same entries with their id, most cases first (countries: the top ten)
 *   byTrend.<trendId>.{title,shortTitle,cases}, byTrend.<trendId>.{regions,levels,technologies,sectors,targetGroups}.<id>,
 *     byTrend.<trendId>.ranked.{technologies,sectors,targetGroups}.<n>
 *   coOccurrence.<trendA>.<trendB>: a Count of trend A's cases
 *   editions.<year>.{cases,countries,regions}; change.previousEdition, change.{cases,countries,regions}.{previous,
 *     latest,absolute,percent}; overTime.{levels,sectors,technologies}.<id>.{label,<year>,changePp}
 *   tables.<name>: the rows each figure draws
 */
import type { Edition } from '../edition.ts';
import type { Reference } from '../ingest/reference.ts';
import type { Case } from '../ingest/schema.ts';
import { messages } from '../messages.ts';
import { breakdownOf, rankingOf, type Breakdown, type Ranking } from './breakdowns.ts';
import { countOf, SMALL_BASE, type Count } from './count.ts';
import { byTrendOf, coOccurrenceOf, type TrendBreakdowns } from './cross.ts';
import { dimensionNames, vocabularyOf, type DimensionName } from './dimensions.ts';
import { timelineOf, type Timeline } from './over-time.ts';
import { tablesOf, type TableRow } from './tables.ts';
import { tallyCases, type Tally } from './tally.ts';

export type { Count } from './count.ts';
export type { TableRow } from './tables.ts';

export interface Headline {
  cases: number;
  countries: number;
  regions: number;
  callSubmissions: number;
  deskResearch: number;
  featured: number;
  /** Share of the edition's cases, 0–1, as every `…Share`. */
  featuredShare: number;
  /** Cases from OECD member countries. */
  oecdCases: number;
  oecdShare: number;
}

type Breakdowns = { [D in DimensionName]: Breakdown<D> };

/** Countries ranked: the top ten only, as the report names them. */
const RANKED_COUNTRIES = 10;

export interface Stats extends Breakdowns, Timeline {
  edition: number;
  /** What each kind of share is a share of, in words, for whoever reads stats.json. */
  bases: Record<string, string>;
  headline: Headline;
  /** `ranked.<breakdown>.<n>` from 1: "the most common …" without naming it in the template. */
  ranked: { [D in DimensionName]: Ranking<D> };
  /** `byTrend.<trendId>.<breakdown>.<id>`: shares of the trend's cases. */
  byTrend: Record<string, TrendBreakdowns>;
  /** `coOccurrence.<trendA>.<trendB>`: trend A's cases that also show trend B, as a share of trend A's cases. */
  coOccurrence: Record<string, Record<string, Count>>;
  /** Named tables that figure specs bind to by name (`"data": {"name": "trends"}`). */
  tables: Record<string, TableRow[]>;
}

export interface StatsInput {
  cases: readonly Case[];
  reference: Reference;
  edition: Edition;
}

export function computeStats({ cases, reference, edition }: StatsInput): Stats {
  // 1. One pass over the cases, counting each edition up to this one.
  const { byEdition, openLists } = tallyCases(cases, reference, edition.year);
  const tally = byEdition.get(edition.year)!;
  const vocabulary = vocabularyOf(edition, reference, openLists);

  // 2. Breakdowns of the edition's cases, and the same ranked.
  const breakdowns = Object.fromEntries(
    dimensionNames.map((name) => [name, breakdownOf(vocabulary[name], tally.dimensions[name], tally.cases)]),
  ) as Breakdowns;
  const ranked = Object.fromEntries(
    dimensionNames.map((name) => [name, rankingOf(breakdowns[name], name === 'countries' ? RANKED_COUNTRIES : Infinity)]),
  ) as Stats['ranked'];

  // 3. Cross-tabulations by trend.
  const byTrend = byTrendOf(vocabulary, tally);
  const coOccurrence = coOccurrenceOf(vocabulary, tally);

  // 4. The editions in the data compared.
  const timeline = timelineOf(vocabulary, byEdition, edition.year);

  // 5. Tables for the figures.
  const tables = tablesOf({ breakdowns, byTrend, coOccurrence, editions: timeline.editions });

  return {
    edition: edition.year,
    bases: messages.statsBases(SMALL_BASE),
    headline: headlineOf(tally),
    ...breakdowns,
    ranked,
    byTrend,
    coOccurrence,
    ...timeline,
    tables,
  };
}

function headlineOf(tally: Tally): Headline {
  return {
    cases: tally.cases,
    countries: tally.dimensions.countries.size,
    regions: tally.dimensions.regions.size,
    callSubmissions: tally.callSubmissions,
    deskResearch: tally.deskResearch,
    featured: tally.featured,
    featuredShare: countOf(tally.featured, tally.cases).share,
    oecdCases: tally.oecdCases,
    oecdShare: countOf(tally.oecdCases, tally.cases).share,
  };
}
