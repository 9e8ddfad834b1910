/**
 * The breakdowns of cases: what names their entries, and which ids a case has in each.
 *
 * Multi-label rule (the one place it is applied): a case has a list of ids in every breakdown, each id once. A case
 * with two trends, sectors or technologies counts once in each of them, and every share is a share of cases, so the
 * shares of a multi-label breakdown (trends, sectors, technologies, target groups) can sum past 100%.
 */
import type { Edition } from '../edition.ts';
import { incomeGroups, type Reference } from '../ingest/reference.ts';
import type { Case } from '../ingest/schema.ts';
import { innovationStatuses, levelsOfGovernment, sectors, type Term } from '../ingest/vocabulary.ts';
import { Counter } from './counter.ts';
import { slugOf } from './slug.ts';

/** Every breakdown, by the name its stats keys start with (`technologies.<slug>.share`). */
export const dimensionNames = [
  'trends',
  'regions',
  'countries',
  'levels',
  'statuses',
  'sectors',
  'technologies',
  'targetGroups',
  'incomeGroups',
] as const;
export type DimensionName = (typeof dimensionNames)[number];

/** The breakdowns each trend is crossed with: `byTrend.<trendId>.<dimension>.<id>`. */
export const trendCrossDimensions = ['regions', 'levels', 'technologies', 'sectors', 'targetGroups'] as const;
export type TrendCrossDimension = (typeof trendCrossDimensions)[number];

/** The breakdowns within a trend that trend chapters rank and draw: `byTrend.<trendId>.ranked.<dimension>.<n>`. */
export const trendChapterDimensions = ['technologies', 'sectors', 'targetGroups'] as const satisfies readonly TrendCrossDimension[];
export type TrendChapterDimension = (typeof trendChapterDimensions)[number];

/** Breakdowns with a share that means the same in every edition, so they are compared across editions. */
export const comparableDimensions = ['levels', 'sectors', 'technologies'] as const;
export type ComparableDimension = (typeof comparableDimensions)[number];

/** Free-text lists: their ids are slugs of what the data writes. */
export const openDimensions = ['technologies', 'targetGroups'] as const;
export type OpenDimension = (typeof openDimensions)[number];

/** What names an entry of each breakdown, beside its id. */
export interface LabelsOf {
  trends: { title: string; shortTitle: string };
  regions: { name: string };
  /** `region` is the region's id. */
  countries: { name: string; region: string };
  levels: { label: string };
  statuses: { label: string };
  sectors: { label: string };
  technologies: { label: string };
  targetGroups: { label: string };
  incomeGroups: { label: string };
}

/** The entries of every breakdown, in the order the report lists them. */
export type Vocabulary = { [D in DimensionName]: ReadonlyMap<string, LabelsOf[D]> };

/** A case's ids in every breakdown, each id once (the multi-label rule). */
export type Facets = Record<DimensionName, readonly string[]>;

/** The name an entry is sorted and tied by: a trend's title, a region's or country's name, otherwise its label. */
export function entryName(labels: LabelsOf[DimensionName]): string {
  if ('title' in labels) return labels.title;
  if ('name' in labels) return labels.name;
  return labels.label;
}

/** Sorting by name must not depend on the machine's locale, or stats.json would differ between machines. */
export const compareNames = new Intl.Collator('en').compare;

/**
 * A free-text list: each spelling goes to its slug (memoised: the same few spellings repeat on thousands of cases),
 * and each slug is named by the spelling the data uses most, so "Chatbots" and "chatbots" are one entry.
 */
export class OpenList {
  private readonly slugBySpelling = new Map<string, string>();
  /** Uses of each spelling, grouped by slug only at the end: one map update per value in the pass. */
  private readonly spellingCounts = new Counter();

  /** The slugs of a case's values, each once; a value with no letter or digit has no slug and is left out. */
  idsOf(values: readonly string[]): string[] {
    const ids: string[] = [];
    for (const value of values) {
      const id = this.slugOf(value);
      if (id === '' || ids.includes(id)) continue;
      ids.push(id);
      this.spellingCounts.add(value);
    }
    return ids;
  }

  /** Every slug seen, with its most used spelling (ties by name), ordered by that label. */
  entries(): Map<string, { label: string }> {
    const best = new Map<string, { label: string; uses: number }>();
    for (const [spelling, uses] of this.spellingCounts.entries()) {
      const id = this.slugOf(spelling);
      const current = best.get(id);
      if (current === undefined || uses > current.uses || (uses === current.uses && compareNames(spelling, current.label) < 0)) {
        best.set(id, { label: spelling, uses });
      }
    }
    const labelled = [...best].map(([id, { label }]) => [id, { label }] as const);
    return new Map(labelled.sort(([, a], [, b]) => compareNames(a.label, b.label)));
  }

  private slugOf(value: string): string {
    let id = this.slugBySpelling.get(value);
    if (id === undefined) {
      id = slugOf(value);
      this.slugBySpelling.set(value, id);
    }
    return id;
  }
}

export type OpenLists = Record<OpenDimension, OpenList>;

export function facetsOf(c: Case, reference: Reference, openLists: OpenLists): Facets {
  const country = reference.countries.get(c.country);
  return {
    trends: unique(c.trends),
    regions: country === undefined ? [] : [country.region],
    countries: [c.country],
    levels: [c.levelOfGovernment],
    statuses: c.status === undefined ? [] : [c.status],
    sectors: unique(c.sectors),
    technologies: openLists.technologies.idsOf(c.technologies),
    targetGroups: openLists.targetGroups.idsOf(c.targetGroups),
    incomeGroups: country === undefined ? [] : [country.incomeGroup],
  };
}

/** The values once each; lists are short (one to three values), so a scan beats building a Set for every case. */
function unique<T>(values: readonly T[]): readonly T[] {
  return values.every((value, index) => values.indexOf(value) === index) ? values : [...new Set(values)];
}

export function vocabularyOf(edition: Edition, reference: Reference, openLists: OpenLists): Vocabulary {
  const labelled = (terms: readonly Term[]) => new Map(terms.map((term) => [term.id, { label: term.label }]));
  return {
    trends: new Map(edition.trends.map((trend) => [trend.id, { title: trend.title, shortTitle: trend.shortTitle }])),
    regions: new Map([...reference.regions.values()].map((region) => [region.id, { name: region.name }])),
    countries: new Map(
      [...reference.countries.values()]
        .sort((a, b) => compareNames(a.name, b.name))
        .map((country) => [country.iso3, { name: country.name, region: country.region }]),
    ),
    levels: labelled(levelsOfGovernment),
    statuses: labelled(innovationStatuses),
    sectors: labelled(sectors),
    technologies: openLists.technologies.entries(),
    targetGroups: openLists.targetGroups.entries(),
    incomeGroups: labelled(incomeGroups),
  };
}
