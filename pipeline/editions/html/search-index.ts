/**
 * Full-text search across the chapters without a server: the index is built here, at build time, serialised into
 * the search page, and loaded there by the browser build of the same library (minisearch).
 *
 * A search result is a section of a chapter (its text up to the next heading), so a hit links to the place that
 * holds the words rather than to the top of a long chapter.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { Chapter } from '../../chapters/index.ts';
import { attribute, decodeEntities, tokenize } from './html-tokens.ts';
import { chapterLabel, chapterPage, SECTION_DEPTH } from './site.ts';

export interface SearchSection {
  /** The page, and the heading's id: `03-digital-foundations.html#03-digital-foundations--skills`. */
  url: string;
  /** The chapter's label, shown under each hit. */
  chapter: string;
  title: string;
  text: string;
}

/** Chart labels repeat the figure's data, not the report's words; scripts and styles are no text at all. */
const SKIPPED = new Set(['svg', 'script', 'style', 'template']);
/** Elements inside a word's run of text: their tags do not separate words (`<em>co</em>-design`). */
const PHRASING = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);
const EXCERPT_LENGTH = 180;

/** The chapter cut at its headings; the text before the first heading is a section titled with the chapter. */
export function chapterSections(chapter: Chapter): SearchSection[] {
  const page = chapterPage(chapter);
  const headings = new Map(chapter.outline.filter((entry) => entry.depth <= SECTION_DEPTH).map((entry) => [entry.id, entry.text]));
  const chapterName = chapterLabel(chapter);
  const sections = [{ url: page, chapter: chapterName, title: chapter.title, parts: [] as string[] }];
  let skipping: { name: string; depth: number } | undefined;
  for (const token of tokenize(chapter.html)) {
    if (skipping !== undefined) {
      if (token.name === skipping.name) skipping.depth += token.kind === 'start' ? 1 : token.kind === 'end' ? -1 : 0;
      if (skipping.depth === 0) skipping = undefined;
      continue;
    }
    if (token.kind === 'start' && SKIPPED.has(token.name) && !token.raw.endsWith('/>')) {
      skipping = { name: token.name, depth: 1 };
      continue;
    }
    const id = attribute(token, 'id');
    const heading = id === undefined ? undefined : headings.get(id);
    if (heading !== undefined) sections.push({ url: `${page}#${id}`, chapter: chapterName, title: heading, parts: [] });
    const parts = sections.at(-1)!.parts;
    if (token.kind === 'text') parts.push(decodeEntities(token.raw));
    else if (!PHRASING.has(token.name)) parts.push(' ');
  }
  return sections.map(({ parts, ...section }) => ({ ...section, text: parts.join('').replace(/\s+/g, ' ').trim() }));
}

/** How the index is built, stored with it: the browser must load it with the same fields and search options. */
const INDEX_OPTIONS = {
  fields: ['title', 'text'],
  storeFields: ['url', 'chapter', 'title', 'excerpt'],
  searchOptions: { boost: { title: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
} satisfies Options;

export interface SearchData {
  options: typeof INDEX_OPTIONS;
  /** minisearch's serialised index (`MiniSearch.loadJS(index, options)` in the browser). */
  index: unknown;
}

export function buildSearchData(sections: readonly SearchSection[]): SearchData {
  const index = new MiniSearch(INDEX_OPTIONS);
  index.addAll(sections.map((section, id) => ({ id, ...section, excerpt: excerpt(section.text) })));
  return { options: INDEX_OPTIONS, index: index.toJSON() };
}

/** The section's opening words, cut at a word, for the result list. */
function excerpt(text: string): string {
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.slice(0, EXCERPT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : EXCERPT_LENGTH)}…`;
}
