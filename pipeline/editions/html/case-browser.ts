/**
 * The case browser's data: every case of the edition with the fields it filters and shows, and the choices of
 * each filter. Case text is untrusted: it reaches the page only as JSON inside a script element (written by
 * `jsonForScript`) and as option labels escaped by Handlebars, and the page's script sets it as text, never markup.
 */
import type { Chapter } from '../../chapters/index.ts';
import { safeUrl } from '../../chapters/case-html.ts';
import type { Edition } from '../../edition.ts';
import type { Reference } from '../../ingest/reference.ts';
import type { Case } from '../../ingest/schema.ts';
import { levelsOfGovernment } from '../../ingest/vocabulary.ts';
import { caseAnchor, chapterPage } from './site.ts';

/** One case as the browser's script reads it: ids for filtering, with labels looked up in `CaseBrowserData.labels`. */
export interface BrowserCase {
  /** The row's id, so `cases.html#<anchor>` opens at the case. */
  anchor: string;
  id: string;
  title: string;
  summary: string;
  organisation: string;
  country: string;
  region: string;
  level: string;
  trends: string[];
  technologies: string[];
  /** The case's box in a chapter, when a chapter boxes it. */
  box?: { href: string; number: string };
  /** The case's web address, only when it is http(s). */
  url?: string;
}

export interface Choice {
  value: string;
  label: string;
}

export interface CaseFilters {
  trend: Choice[];
  region: Choice[];
  country: Choice[];
  level: Choice[];
  technology: Choice[];
}

export interface CaseBrowserData {
  /** Labels by filter, then by id: the names the table shows for trends, regions, countries and levels. */
  labels: Record<'trend' | 'region' | 'country' | 'level', Record<string, string>>;
  cases: BrowserCase[];
}

export function caseBrowserData(cases: readonly Case[], chapters: readonly Chapter[], reference: Reference, filters: CaseFilters): CaseBrowserData {
  const labels = (choices: readonly Choice[]) => Object.fromEntries(choices.map((choice) => [choice.value, choice.label]));
  const boxes = new Map(chapters.flatMap((chapter) => chapter.boxes.map((box) => [box.caseId, { href: `${chapterPage(chapter)}#${box.id}`, number: box.number }])));
  return {
    labels: { trend: labels(filters.trend), region: labels(filters.region), country: labels(filters.country), level: labels(filters.level) },
    cases: cases.map((c) => {
      const box = boxes.get(c.id);
      const url = safeUrl(c.url);
      return {
        anchor: caseAnchor(c.id),
        id: c.id,
        title: c.title,
        summary: c.summary,
        organisation: c.organisation,
        country: c.country,
        region: regionOf(c.country, reference),
        level: c.levelOfGovernment,
        trends: c.trends,
        technologies: c.technologies,
        ...(box === undefined ? {} : { box }),
        ...(url === undefined ? {} : { url }),
      };
    }),
  };
}

/** The choices of each filter: only values some case of the edition has, in the order a reader looks for them. */
export function caseFilters(cases: readonly Case[], edition: Edition, reference: Reference): CaseFilters {
  const countries = new Set(cases.map((c) => c.country));
  const regions = new Set([...countries].map((iso3) => regionOf(iso3, reference)));
  const levels = new Set(cases.map((c) => c.levelOfGovernment));
  const byLabel = (a: Choice, b: Choice) => a.label.localeCompare(b.label, edition.locale);
  return {
    trend: edition.trends.map((trend) => ({ value: trend.id, label: trend.shortTitle })),
    region: [...reference.regions.values()].filter((r) => regions.has(r.id)).map((r) => ({ value: r.id, label: r.name })),
    country: [...countries].map((iso3) => ({ value: iso3, label: reference.countries.get(iso3)?.name ?? iso3 })).sort(byLabel),
    level: levelsOfGovernment.filter((level) => levels.has(level.id)).map((level) => ({ value: level.id, label: level.label })),
    technology: [...new Set(cases.flatMap((c) => c.technologies))].map((t) => ({ value: t, label: t })).sort(byLabel),
  };
}

/** Ingest accepts only countries of the reference table, so every case has a region. */
const regionOf = (iso3: string, reference: Reference): string => reference.countries.get(iso3)?.region ?? '';
