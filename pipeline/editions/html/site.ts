/**
 * The pages of the HTML edition and where they live. Every page sits in the edition's top folder, so every link
 * between pages is a bare file name: the edition works from file:// and under any sub-path of a web server.
 */
import type { Chapter } from '../../chapters/index.ts';

export const HOME_PAGE = 'index.html';
export const CASES_PAGE = 'cases.html';
export const SEARCH_PAGE = 'search.html';
export const FIGURES_PAGE = 'figures.html';
export const BOXES_PAGE = 'boxes.html';
const FIXED_PAGES = [HOME_PAGE, CASES_PAGE, SEARCH_PAGE, FIGURES_PAGE, BOXES_PAGE];

export const chapterPage = (chapter: Pick<Chapter, 'id'>): string => `${chapter.id}.html`;

/** Headings that open a section, in the outline and in search results: h2 and h3; deeper ones are too small. */
export const SECTION_DEPTH = 3;

/** The id a case's row carries in the case browser: the case id, which HTML allows as is unless it holds spaces. */
export const caseAnchor = (caseId: string): string => caseId.replace(/\s+/g, '-');

/** "2. Future-oriented" for navigation, where the full title is too long. */
export const chapterLabel = (chapter: Pick<Chapter, 'number' | 'shortTitle'>): string =>
  chapter.number === undefined ? chapter.shortTitle : `${chapter.number}. ${chapter.shortTitle}`;

export interface PageLink {
  href: string;
  title: string;
}

/** The chapters and annexes in the order the chapters stage gave them; the contents page, before them, is not listed. */
export function readingOrder(chapters: readonly Chapter[]): PageLink[] {
  return chapters.map((c) => ({ href: chapterPage(c), title: chapterLabel(c) }));
}

/** Chapter pages are named after their files, which could take the name of one of the edition's own pages. */
export function assertChapterPagesFree(chapters: readonly Chapter[]): void {
  const taken = chapters.find((chapter) => FIXED_PAGES.includes(chapterPage(chapter)));
  if (taken !== undefined) {
    throw new Error(`the chapter ${taken.path} would overwrite the HTML edition's ${chapterPage(taken)}: rename the file (chapters are named NN-slug.md)`);
  }
}

/** The pages before and after a chapter in reading order; the template links the contents where there is none before. */
export function neighbours(order: readonly PageLink[], href: string): { previous?: PageLink; next?: PageLink } {
  const at = order.findIndex((page) => page.href === href);
  const previous = order[at - 1];
  const next = order[at + 1];
  return { ...(previous === undefined ? {} : { previous }), ...(next === undefined ? {} : { next }) };
}
