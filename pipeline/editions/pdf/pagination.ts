/**
 * Page numbers for the contents and the lists, and the blank pages that make chapters open on the right. Chromium
 * cannot number a reference to another page (no `target-counter()`), nor honour `break-before: right`, so both are
 * worked out from a printed copy: where each linked element landed, read from the PDF's named destinations.
 *
 * Blank pages go only between chapters, which start on a new page anyway: a blank page moves whole pages and
 * reflows nothing, so where everything lands after adding some can be computed, not printed and measured again.
 */

/** An element that the contents or a list links to, in the chapter it belongs to (by index). */
export interface PageTarget {
  anchor: string;
  chapter: number;
}

/** What the layout needs to know of each chapter to place blank pages and start the arabic numbering. */
export interface PagedChapter {
  /** The anchor of the chapter's first page. */
  anchor: string;
  /** Front matter counts in roman numerals; the first other chapter is page 1. */
  front: boolean;
}

export interface Pagination {
  /** Chapters (by index) after a blank page, so that they open on a right-hand page. */
  blankBefore: ReadonlySet<number>;
  /** The page each target is expected on, counted from the first sheet (1-based); empty before any print. */
  pages: ReadonlyMap<string, number>;
  /** The page number printed in the foot of each target's page: "iv" in the front matter, "12" after it. */
  folios: ReadonlyMap<string, string>;
}

/** Before the first print: no blank pages, no numbers. */
export const UNPAGINATED: Pagination = { blankBefore: new Set(), pages: new Map(), folios: new Map() };

export interface PaginationInput {
  targets: readonly PageTarget[];
  chapters: readonly PagedChapter[];
  rectoChapterStarts: boolean;
}

/**
 * The pagination that follows from a print: `measured` are the pages the targets landed on in a print made with the
 * blank pages `printed.blankBefore`.
 */
export function paginate(input: PaginationInput, measured: ReadonlyMap<string, number>, printed: Pagination): Pagination {
  // Where each target would be with no blank page at all.
  const unblanked = new Map(
    input.targets.map((target) => [target.anchor, pageOf(measured, target.anchor) - countUpTo(printed.blankBefore, target.chapter)]),
  );
  const blankBefore = rectoBlanks(input, unblanked);
  const pages = new Map(input.targets.map((target) => [target.anchor, unblanked.get(target.anchor)! + countUpTo(blankBefore, target.chapter)]));
  const firstBody = input.chapters[firstBodyChapter(input.chapters)];
  const bodyStart = firstBody === undefined ? 1 : pages.get(firstBody.anchor)!;
  const folios = new Map([...pages].map(([anchor, page]) => [anchor, folio(page, bodyStart)]));
  return { blankBefore, pages, folios };
}

/** The index of the first chapter that is not front matter, whose opening page is page 1; -1 when there is none. */
export const firstBodyChapter = (chapters: readonly PagedChapter[]): number => chapters.findIndex((chapter) => !chapter.front);

/** Whether a print made with `pagination` put every target on the page it gave it. */
export function isSettled(input: PaginationInput, pagination: Pagination, measured: ReadonlyMap<string, number>): boolean {
  return input.targets.every((target) => pagination.pages.get(target.anchor) === pageOf(measured, target.anchor));
}

/** Chapters that need a blank page before them: in order, since each blank page moves every later chapter. */
function rectoBlanks(input: PaginationInput, unblanked: ReadonlyMap<string, number>): Set<number> {
  const blanks = new Set<number>();
  if (!input.rectoChapterStarts) return blanks;
  input.chapters.forEach((chapter, index) => {
    // Page 1 is a right-hand page, so right-hand pages are the odd ones.
    if ((unblanked.get(chapter.anchor)! + blanks.size) % 2 === 0) blanks.add(index);
  });
  return blanks;
}

/** Roman numerals before the first chapter, arabic from it (it is page 1); the cover is page i. */
function folio(page: number, bodyStart: number): string {
  return page < bodyStart ? roman(page) : String(page - bodyStart + 1);
}

const ROMAN: readonly (readonly [number, string])[] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

/** Lower-case roman numerals, as CSS `counter(page, lower-roman)` prints them in the foot of the page. */
export function roman(value: number): string {
  let rest = value;
  let result = '';
  for (const [amount, numeral] of ROMAN) {
    for (; rest >= amount; rest -= amount) result += numeral;
  }
  return result;
}

function countUpTo(chapters: ReadonlySet<number>, chapter: number): number {
  return [...chapters].filter((index) => index <= chapter).length;
}

/** A target missing from the PDF means the print page lost an element its contents link to: a bug of the layout. */
function pageOf(measured: ReadonlyMap<string, number>, anchor: string): number {
  const page = measured.get(anchor);
  if (page === undefined) throw new Error(`the printed PDF has no destination for #${anchor}, which the contents link to`);
  return page;
}
