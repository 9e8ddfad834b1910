/**
 * The editions in the data compared. Only what means the same in every edition is compared: the size of the call
 * (cases, countries, regions) and the shares of breakdowns with a fixed meaning (levels of government, sectors,
 * technologies). Trends are never compared: each edition has trends of its own.
 */
import { countOf, roundTo, type Count } from './count.ts';
import { comparableDimensions, type ComparableDimension, type Vocabulary } from './dimensions.ts';
import type { Tally } from './tally.ts';

export interface EditionTotals {
  cases: number;
  countries: number;
  regions: number;
}

export interface Change {
  previous: number;
  latest: number;
  absolute: number;
  /** Relative change in percent of the previous value (not a 0–1 share): -26.2 is a fall of 26.2%. */
  percent: number;
}

export interface Changes {
  /** The edition compared with: the latest one in the data before the edition the stats are for. */
  previousEdition: number;
  cases: Change;
  countries: Change;
  regions: Change;
}

/** A breakdown entry across editions: `overTime.levels.local.2024.share`, `overTime.levels.local.changePp`. */
export type OverTimeEntry = { label: string; changePp?: number } & { [edition: `${number}`]: Count };

export interface Timeline {
  editions: Record<string, EditionTotals>;
  /** Absent when the data holds no earlier edition. */
  change?: Changes;
  overTime: Record<ComparableDimension, Record<string, OverTimeEntry>>;
}

/** Percentages and percentage points: four decimals are far below what any text prints, and drop float noise. */
const CHANGE_DECIMALS = 4;

export function timelineOf(vocabulary: Vocabulary, byEdition: ReadonlyMap<number, Tally>, latestEdition: number): Timeline {
  const years = [...byEdition.keys()].sort((a, b) => a - b);
  const totals = new Map(years.map((year) => [year, totalsOf(byEdition.get(year)!)]));
  const previousEdition = years.filter((year) => year < latestEdition).at(-1);
  const editions = Object.fromEntries([...totals].map(([year, total]) => [String(year), total]));
  const overTime = Object.fromEntries(
    comparableDimensions.map((name) => [name, overTimeOf(vocabulary[name], name, byEdition, previousEdition, latestEdition)]),
  ) as Timeline['overTime'];
  if (previousEdition === undefined) return { editions, overTime };
  const before = totals.get(previousEdition)!;
  const now = totals.get(latestEdition)!;
  const change: Changes = {
    previousEdition,
    cases: changeOf(before.cases, now.cases),
    countries: changeOf(before.countries, now.countries),
    regions: changeOf(before.regions, now.regions),
  };
  return { editions, change, overTime };
}

function totalsOf(tally: Tally): EditionTotals {
  return { cases: tally.cases, countries: tally.dimensions.countries.size, regions: tally.dimensions.regions.size };
}

/** An edition is in the data only if it has cases, so a previous value is never zero. */
function changeOf(previous: number, latest: number): Change {
  return { previous, latest, absolute: latest - previous, percent: roundTo(((latest - previous) / previous) * 100, CHANGE_DECIMALS) };
}

/** Each entry's share in every edition, each of that edition's cases, and its change in percentage points. */
function overTimeOf(
  entries: ReadonlyMap<string, { label: string }>,
  name: ComparableDimension,
  byEdition: ReadonlyMap<number, Tally>,
  previousEdition: number | undefined,
  latestEdition: number,
): Record<string, OverTimeEntry> {
  const shareIn = (year: number, id: string) => {
    const tally = byEdition.get(year)!;
    return countOf(tally.dimensions[name].get(id), tally.cases);
  };
  return Object.fromEntries(
    [...entries].map(([id, { label }]) => {
      const entry: OverTimeEntry = { label };
      for (const year of byEdition.keys()) entry[`${year}`] = shareIn(year, id);
      if (previousEdition !== undefined) {
        const points = (shareIn(latestEdition, id).share - shareIn(previousEdition, id).share) * 100;
        entry.changePp = roundTo(points, CHANGE_DECIMALS);
      }
      return [id, entry];
    }),
  );
}
