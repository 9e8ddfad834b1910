/** Small chapters, figures and cases for the chapters stage tests, so each test states only what it varies. */
import type { Cache } from '../../pipeline/cache/memory.ts';
import { renderChapters, type ChapterSource, type ChaptersInput } from '../../pipeline/chapters/index.ts';
import type { Figure } from '../../pipeline/figures/index.ts';
import type { Case } from '../../pipeline/ingest/schema.ts';
import { computeStats, type Stats } from '../../pipeline/stats/index.ts';
import { edition, makeCase, reference } from '../fixtures.ts';

export const cases: Case[] = [
  makeCase({
    id: 'GT-1',
    title: 'Automatic child benefit',
    country: 'PRT',
    organisation: 'Social Security Institute',
    summary: 'Pays the benefit when a birth is registered.',
    results: 'Waiting fell from 30 days to 2.',
    url: 'https://cases.example/gt-1',
    trends: ['alpha', 'beta'],
    featured: true,
  }),
  makeCase({ id: 'GT-2', title: 'Transit sensors', country: 'KOR', levelOfGovernment: 'local', trends: ['alpha'], featured: true }),
  makeCase({ id: 'GT-3', title: 'Citizen reviews', country: 'FRA', trends: ['beta'] }),
];

export const stats = computeStats({ cases, reference, edition });

/** A copy of `stats` with one value set at a dotted key, for values the fixtures' cases do not produce. */
export function withStat(base: Stats, key: string, value: unknown): Stats {
  const copy = structuredClone(base) as unknown as Record<string, unknown>;
  const parts = key.split('.');
  let node = copy;
  for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
  node[parts.at(-1)!] = value;
  return copy as unknown as Stats;
}

export const figure = (id: string, chapter = 'elsewhere'): Figure => ({
  id,
  chapter,
  title: `Title of ${id}`,
  subtitle: 'Share of cases',
  note: 'A case can illustrate several trends.',
  source: 'Source: test data.',
  alt: `Alt text of ${id}`,
  svg: `<svg id="svg-${id}"></svg>`,
  columns: ['id', 'count'],
  rows: [],
  csv: 'id,count\n',
});

export const figures = [figure('by-trend'), figure('by-region')];

export const chapter = (path: string, body: string, frontMatter = 'title: A chapter'): ChapterSource => ({
  path,
  text: `---\n${frontMatter}\n---\n${body}`,
});

export const render = (sources: ChapterSource[], input: Partial<Omit<ChaptersInput, 'sources'>> = {}) =>
  renderChapters({ sources, stats, figures, edition, cases, reference, ...input });

/** Renders one chapter file `chapters/01-intro.md` (front matter on lines 1–3, so the body starts on line 4). */
export const renderOne = (body: string, input: Partial<Omit<ChaptersInput, 'sources'>> = {}) => render([chapter('chapters/01-intro.md', body)], input);

/** A cache that lists what was made for it: each value it was given is one its stage could not reuse. */
export function recordingCache<T>(): Cache<T> & { made: T[] } {
  const kept = new Map<string, T>();
  const made: T[] = [];
  return {
    made,
    get: (key) => kept.get(key),
    set(key, value) {
      made.push(value);
      kept.set(key, value);
    },
  };
}
