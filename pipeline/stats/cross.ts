/**
 * Cross-tabulations of the edition's cases by trend. Every share here is a share of the ROW's cases: the cases of
 * the trend named first in the key (`byTrend.<trendId>…`, `coOccurrence.<trendA>…`), not of all cases.
 */
import { breakdownOf, rankingOf, type Breakdown, type Ranking } from './breakdowns.ts';
import { countOf, type Count } from './count.ts';
import {
  trendChapterDimensions,
  trendCrossDimensions,
  type LabelsOf,
  type TrendChapterDimension,
  type TrendCrossDimension,
  type Vocabulary,
} from './dimensions.ts';
import { Counter } from './counter.ts';
import type { Tally } from './tally.ts';

export type TrendBreakdowns = LabelsOf['trends'] & {
  /** The trend's cases: the base of every share below. */
  cases: number;
  ranked: { [D in TrendChapterDimension]: Ranking<D> };
} & { [D in TrendCrossDimension]: Breakdown<D> };

export function byTrendOf(vocabulary: Vocabulary, tally: Tally): Record<string, TrendBreakdowns> {
  return Object.fromEntries(
    [...vocabulary.trends].map(([trendId, labels]) => {
      const cases = tally.dimensions.trends.get(trendId);
      const counters = tally.byTrend.get(trendId);
      const crossed = Object.fromEntries(
        trendCrossDimensions.map((name) => [name, breakdownOf(vocabulary[name], counters?.[name] ?? new Counter(), cases)]),
      ) as { [D in TrendCrossDimension]: Breakdown<D> };
      const ranked = Object.fromEntries(trendChapterDimensions.map((name) => [name, rankingOf(crossed[name])])) as TrendBreakdowns['ranked'];
      return [trendId, { ...labels, cases, ...crossed, ranked }];
    }),
  );
}

/** How many of trend A's cases also show trend B, for every pair of different trends. */
export function coOccurrenceOf(vocabulary: Vocabulary, tally: Tally): Record<string, Record<string, Count>> {
  const trendIds = [...vocabulary.trends.keys()];
  return Object.fromEntries(
    trendIds.map((trendA) => {
      const together = tally.coOccurrence.get(trendA) ?? new Counter();
      const base = tally.dimensions.trends.get(trendA);
      const others = trendIds.filter((trendB) => trendB !== trendA);
      return [trendA, Object.fromEntries(others.map((trendB) => [trendB, countOf(together.get(trendB), base)]))];
    }),
  );
}
