/**
 * The HTML edition: a small static site in one folder, readable offline and from file://.
 *
 *   index.html        the cover: title, summary, key figures, contents
 *   <chapter>.html    one page per chapter and annex, with its outline and previous/next links
 *   cases.html        the case browser (filters and search in the page's own script)
 *   search.html       full-text search of the chapters, from an index built here
 *   figures.html, boxes.html   the lists of figures and boxes
 *   figures/<id>.csv  each figure's data; assets/  styles, fonts, scripts
 *
 * Pages are rendered from templates/layouts/html-*.hbs; everything else here prepares what they show. A caller that
 * builds again and again (the preview) passes a cache, and a page made from the same inputs as before is not made
 * again: after a chapter's text changed, its page and the search page.
 */
import { cached, hashOf, type Cache } from '../../cache/memory.ts';
import type { Chapter } from '../../chapters/index.ts';
import { figureAnchor } from '../../chapters/figure-html.ts';
import type { Figure } from '../../figures/index.ts';
import { assetFiles, type EditionFile, type EditionInput } from '../layout.ts';
import { caseBrowserData, caseFilters } from './case-browser.ts';
import { appendToFigures, fragmentLinks, rewriteFragmentLinks } from './chapter-page.ts';
import { figureCsvFiles, figureCsvPath, figureDataHtml } from './figure-data.ts';
import { idsIn } from './html-tokens.ts';
import { createRenderer, keptRenderer, type KeptRender, type Render } from './render.ts';
import { buildSearchData, chapterSections, type SearchSection } from './search-index.ts';
import {
  assertChapterPagesFree,
  BOXES_PAGE,
  CASES_PAGE,
  caseAnchor,
  chapterLabel,
  chapterPage,
  FIGURES_PAGE,
  HOME_PAGE,
  neighbours,
  readingOrder,
  SEARCH_PAGE,
  SECTION_DEPTH,
  type PageLink,
} from './site.ts';

const SCREEN_STYLES = ['fonts.css', 'report.css', 'screen.css'];
/** templates/scripts/*.js and the search library, shipped under assets/. */
const SCRIPTS = ['case-browser.js', 'search.js', 'minisearch.js'];

/** What the edition keeps between builds for a caller that keeps it (see pipeline/cache/memory.ts). */
export interface HtmlEditionCache {
  /** Pages, by their layout and everything they are made from. */
  pages: Cache<string>;
  /** What the edition reads out of each chapter's HTML, by the chapter. */
  readings: Cache<ChapterReading>;
}

/** What the edition reads out of a chapter's HTML: each is a pass over all of it. */
export interface ChapterReading {
  /** Every id the chapter defines. */
  ids: string[];
  /** The ids its `<a href="#id">` link to. */
  links: string[];
  sections: SearchSection[];
}

/** What every page's shell reads: the edition, and which page it is (for `aria-current` in the navigation). */
interface PageContext {
  lang: string;
  edition: EditionInput['edition'];
  current: Record<string, true>;
  scripts: string[];
}

export function buildHtmlEdition(input: EditionInput, cache?: HtmlEditionCache): EditionFile[] {
  const render = createRenderer(input.templates);
  const kept = keptRenderer(input.templates, render, cache?.pages);
  /** A page whose context is cheap to make is kept by its context. */
  const renderKept = (layout: string, context: object) => kept(layout, () => context, () => context);
  const page = (kind: string, scripts: readonly string[] = []): PageContext => ({
    lang: input.edition.locale,
    edition: input.edition,
    current: { [kind]: true },
    scripts: scripts.map((name) => `assets/${name}`),
  });
  assertChapterPagesFree(input.chapters);
  const order = readingOrder(input.chapters);
  const keyOf = chapterKeys();
  const readings = new Map(input.chapters.map((chapter) => [chapter.id, cached(cache?.readings, () => keyOf(chapter), () => readChapter(chapter))]));
  const resolveId = idResolver(input, readings);
  const figures = new Map(input.figures.map((figure) => [figure.id, figure]));
  const chapterPages = { page: page('chapter'), order, figures, readings, resolveId, keyOf, render, kept };
  const searchPage = page('search', ['minisearch.js', 'search.js']);
  return [
    { path: HOME_PAGE, content: renderKept('html-home', { ...page('home'), ...homeContent(input, order) }) },
    ...input.chapters.map((chapter) => ({ path: chapterPage(chapter), content: chapterPageHtml(chapter, input, chapterPages) })),
    // Not kept: hashing every case for its key would take longer than making the page.
    { path: CASES_PAGE, content: render('html-cases', { ...page('cases', ['case-browser.js']), ...casesContent(input) }) },
    {
      path: SEARCH_PAGE,
      content: kept(
        'html-search',
        () => [searchPage, input.chapters.map(keyOf)],
        () => ({ ...searchPage, search: buildSearchData(input.chapters.flatMap((chapter) => readings.get(chapter.id)!.sections)) }),
      ),
    },
    { path: FIGURES_PAGE, content: renderKept('html-figures', { ...page('figures'), figures: figureList(input.chapters) }) },
    { path: BOXES_PAGE, content: renderKept('html-boxes', { ...page('boxes'), boxes: boxList(input.chapters) }) },
    ...figureCsvFiles(input.figures),
    ...assetFiles(input.templates, SCREEN_STYLES),
    ...scriptFiles(input),
  ];
}

function homeContent(input: EditionInput, order: readonly PageLink[]) {
  const { stats, edition } = input;
  const number = new Intl.NumberFormat(edition.locale);
  const percent = new Intl.NumberFormat(edition.locale, { style: 'percent', maximumFractionDigits: 0 });
  const { cases, countries, regions, callSubmissions, deskResearch } = stats.headline;
  return {
    keyFigures: Object.fromEntries(Object.entries({ cases, countries, regions, callSubmissions, deskResearch }).map(([key, value]) => [key, number.format(value)])),
    trends: edition.trends.map((trend) => {
      const count = stats.trends[trend.id]!;
      // The case browser reads its filters from the address, so a trend's cases are one link away.
      return { title: trend.title, count: number.format(count.count), share: percent.format(count.share), casesHref: `${CASES_PAGE}?trend=${encodeURIComponent(trend.id)}` };
    }),
    contents: input.chapters.map((chapter) => ({ href: chapterPage(chapter), number: chapter.number ?? null, title: chapter.title, kind: chapter.kind, summary: chapter.summary ?? null })),
    firstChapter: order[0] ?? null,
  };
}

/** What every chapter page is made with, besides its chapter. */
interface ChapterPages {
  page: PageContext;
  order: readonly PageLink[];
  figures: ReadonlyMap<string, Figure>;
  readings: ReadonlyMap<string, ChapterReading>;
  resolveId: (chapter: Chapter) => (id: string) => string | undefined;
  keyOf: (chapter: Chapter) => string;
  render: Render;
  kept: KeptRender;
}

/**
 * A chapter's page, kept by the chapter, the figure data it adds, where its links go and its neighbours: a chapter
 * that did not change keeps its page unless a page it links to moved an id or another chapter came before or after.
 */
function chapterPageHtml(chapter: Chapter, input: EditionInput, pages: ChapterPages): string {
  // The chapters stage places only figures the figures stage made.
  const figureData = new Map(chapter.figures.map((placed) => [figureAnchor(placed.id), figureDataHtml(pages.figures.get(placed.id)!, placed, input.edition.locale, pages.render)]));
  const resolve = pages.resolveId(chapter);
  const { previous = null, next = null } = neighbours(pages.order, chapterPage(chapter));
  return pages.kept(
    'html-chapter',
    () => [pages.page, pages.keyOf(chapter), [...figureData], pages.readings.get(chapter.id)!.links.map(resolve), previous, next],
    () => ({
      ...pages.page,
      chapter: { id: chapter.id, number: chapter.number ?? null, title: chapter.title, label: chapterLabel(chapter) },
      html: appendToFigures(rewriteFragmentLinks(chapter.html, resolve), figureData),
      outline: chapter.outline.filter((entry) => entry.depth <= SECTION_DEPTH),
      previous,
      next,
    }),
  );
}

/** Each chapter's key (its content hashed), made once however many keys it is part of. */
function chapterKeys(): (chapter: Chapter) => string {
  const keys = new Map<Chapter, string>();
  return (chapter) => keys.get(chapter) ?? keys.set(chapter, hashOf(chapter)).get(chapter)!;
}

function readChapter(chapter: Chapter): ChapterReading {
  return { ids: idsIn(chapter.html), links: fragmentLinks(chapter.html), sections: chapterSections(chapter) };
}

/**
 * Where a link to `#id` in a chapter goes: nowhere else when the id is on the chapter's own page; else to the page
 * that holds it (another chapter, or the case browser for a case), so the print edition's one-page links work here.
 */
function idResolver(input: EditionInput, readings: ReadonlyMap<string, ChapterReading>): (chapter: Chapter) => (id: string) => string | undefined {
  const idsOf = new Map(input.chapters.map((chapter) => [chapter.id, new Set([chapter.id, ...readings.get(chapter.id)!.ids])]));
  const pageOf = new Map<string, string>();
  for (const chapter of input.chapters) for (const id of idsOf.get(chapter.id)!) if (!pageOf.has(id)) pageOf.set(id, chapterPage(chapter));
  for (const c of input.cases) if (!pageOf.has(caseAnchor(c.id))) pageOf.set(caseAnchor(c.id), CASES_PAGE);
  return (chapter) => (id) => {
    if (idsOf.get(chapter.id)!.has(id)) return undefined;
    const page = pageOf.get(id);
    return page === undefined ? undefined : `${page}#${id}`;
  };
}

function casesContent(input: EditionInput) {
  const filters = caseFilters(input.cases, input.edition, input.reference);
  return { filters, count: new Intl.NumberFormat(input.edition.locale).format(input.cases.length), data: caseBrowserData(input.cases, input.chapters, input.reference, filters) };
}

function figureList(chapters: readonly Chapter[]) {
  return chapters.flatMap((chapter) =>
    chapter.figures.map((placed) => ({
      number: placed.number,
      title: placed.title,
      href: `${chapterPage(chapter)}#${figureAnchor(placed.id)}`,
      chapter: chapterLabel(chapter),
      csvHref: figureCsvPath(placed),
    })),
  );
}

function boxList(chapters: readonly Chapter[]) {
  return chapters.flatMap((chapter) =>
    chapter.boxes.map((box) => ({ number: box.number, title: box.title, href: `${chapterPage(chapter)}#${box.id}`, chapter: chapterLabel(chapter) })),
  );
}

/** The client scripts under assets/, without source-map comments: the maps are not shipped, so none is asked for. */
function scriptFiles(input: EditionInput): EditionFile[] {
  return SCRIPTS.map((name) => {
    const script = input.templates.scripts?.[name];
    if (script === undefined) throw new Error(`the script ${name} was not loaded by the build`);
    return { path: `assets/${name}`, content: script.replace(/^\/\/# sourceMappingURL=.*$/m, '') };
  });
}
