/** Breakdowns as the stats give them: every entry of a vocabulary with its Count, and the same entries ranked. */
import { countOf, type Count } from './count.ts';
import { compareNames, entryName, type DimensionName, type LabelsOf } from './dimensions.ts';
import type { Counter } from './counter.ts';

/** An entry of a breakdown: its Count and what names it (`trends.<id>.title`, `countries.<iso3>.name`…). */
export type Entry<D extends DimensionName> = LabelsOf[D] & Count;
export type Breakdown<D extends DimensionName> = Record<string, Entry<D>>;

/** A ranked entry carries its id, so text that quotes "the most common" can also link or look it up. */
export type RankedEntry<D extends DimensionName> = { id: string } & Entry<D>;
/** Keyed by rank from "1": `ranked.technologies.1.label`. */
export type Ranking<D extends DimensionName> = Record<string, RankedEntry<D>>;

/** Every entry of the vocabulary, those without cases included (a zero is a finding too), in vocabulary order. */
export function breakdownOf<D extends DimensionName>(entries: ReadonlyMap<string, LabelsOf[D]>, counter: Counter, base: number): Breakdown<D> {
  return Object.fromEntries([...entries].map(([id, labels]) => [id, { ...labels, ...countOf(counter.get(id), base) }]));
}

/** The entries with at least one case, most cases first, ties by name; at most `limit` of them. */
export function rankedEntries<D extends DimensionName>(breakdown: Breakdown<D>, limit = Infinity): RankedEntry<D>[] {
  return Object.entries(breakdown)
    .filter(([, entry]) => entry.count > 0)
    .sort(([, a], [, b]) => b.count - a.count || compareNames(entryName(a), entryName(b)))
    .slice(0, limit)
    .map(([id, entry]) => ({ id, ...entry }));
}

export function rankingOf<D extends DimensionName>(breakdown: Breakdown<D>, limit = Infinity): Ranking<D> {
  return Object.fromEntries(rankedEntries(breakdown, limit).map((entry, index) => [String(index + 1), entry]));
}
