/**
 * Trend statistics: a pure function from validated cases to one JSON-serialisable `Stats` value.
 *
 * Multi-label rule, applied everywhere: a case with two trends counts once in each, and every share is a share of
 * the edition's cases, so the shares of a multi-label breakdown can sum past 100%.
 */
import isoCountries from 'i18n-iso-countries';
import type { Edition } from '../edition.ts';
import type { Reference } from '../ingest/reference.ts';
import type { Case } from '../ingest/schema.ts';
import { levelsOfGovernment } from '../ingest/vocabulary.ts';

export interface Count {
  count: number;
  /** Share of the edition's cases, from 0 to 1. */
  share: number;
}

/** A row of a named table that figures draw; every value is a plain number or string so it writes to CSV as is. */
export type TableRow = Record<string, string | number>;

export interface Stats {
  edition: number;
  headline: {
    cases: number;
    countries: number;
    regions: number;
    callSubmissions: number;
    deskResearch: number;
    featured: number;
  };
  /** Keyed by trend id, e.g. `trends.digital-foundations.share`. */
  trends: Record<string, Count & { title: string }>;
  regions: Record<string, Count & { name: string }>;
  levels: Record<string, Count & { label: string }>;
  /** Named tables that figure specs bind to by name (`"data": {"name": "trends"}`). */
  tables: Record<string, TableRow[]>;
}

export interface StatsInput {
  cases: readonly Case[];
  reference: Reference;
  edition: Edition;
}

export function computeStats({ cases, reference, edition }: StatsInput): Stats {
  const editionCases = cases.filter((c) => c.edition === edition.year);
  const total = editionCases.length;
  const countOf = (predicate: (c: Case) => boolean): Count => {
    const count = editionCases.filter(predicate).length;
    return { count, share: total === 0 ? 0 : count / total };
  };
  const regionOf = (c: Case) => reference.countries.get(c.country)?.region;

  const trends = Object.fromEntries(
    edition.trends.map((trend) => [trend.id, { title: trend.title, ...countOf((c) => c.trends.includes(trend.id)) }]),
  );
  const regionIds = [...reference.regions.values()];
  const regions = Object.fromEntries(
    regionIds.map((region) => [region.id, { name: region.name, ...countOf((c) => regionOf(c) === region.id) }]),
  );
  const casesByCountry = new Map<string, number>();
  for (const c of editionCases) casesByCountry.set(c.country, (casesByCountry.get(c.country) ?? 0) + 1);
  const countryRows = [...casesByCountry]
    .map(([iso3, count]) => ({
      iso3,
      // World-atlas shapes are keyed by the zero-padded ISO numeric code ("004").
      id: isoCountries.alpha3ToNumeric(iso3) ?? '',
      name: reference.countries.get(iso3)?.name ?? iso3,
      count,
      share: count / total,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));

  const levels = Object.fromEntries(
    levelsOfGovernment.map((level) => [level.id, { label: level.label, ...countOf((c) => c.levelOfGovernment === level.id) }]),
  );

  return {
    edition: edition.year,
    headline: {
      cases: total,
      countries: new Set(editionCases.map((c) => c.country)).size,
      regions: new Set(editionCases.map(regionOf)).size,
      callSubmissions: countOf((c) => c.source === 'call').count,
      deskResearch: countOf((c) => c.source === 'desk').count,
      featured: countOf((c) => c.featured).count,
    },
    trends,
    regions,
    levels,
    tables: {
      trends: edition.trends.map((trend) => ({
        id: trend.id,
        trend: trend.shortTitle,
        count: trends[trend.id]!.count,
        share: trends[trend.id]!.share,
      })),
      regions: regionIds
        .map((region) => ({ id: region.id, region: region.name, ...regions[region.id]! }))
        .filter((row) => row.count > 0)
        .map(({ id, region, count, share }) => ({ id, region, count, share })),
      countries: countryRows,
    },
  };
}
