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
 * Pages are rendered from templates/layouts/html-*.hbs; everything else here prepares what they show.
 */
import type { Chapter } from '../../chapters/index.ts';
import { figureAnchor } from '../../chapters/figure-html.ts';
import type { Figure } from '../../figures/index.ts';
import { assetFiles, type EditionFile, type EditionInput } from '../layout.ts';
import { caseBrowserData, caseFilters } from './case-browser.ts';
import { appendToFigures, rewriteFragmentLinks } from './chapter-page.ts';
import { figureCsvFiles, figureCsvPath, figureDataHtml } from './figure-data.ts';
import { idsIn } from './html-tokens.ts';
import { createRenderer, type Render } from './render.ts';
import { buildSearchData, chapterSections } from './search-index.ts';
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

/** What every page's shell reads: the edition, and which page it is (for `aria-current` in the navigation). */
interface PageContext {
  lang: string;
  edition: EditionInput['edition'];
  current: Record<string, true>;
  scripts: string[];
}

export function buildHtmlEdition(input: EditionInput): EditionFile[] {
  const render = createRenderer(input.templates);
  const page = (kind: string, scripts: readonly string[] = []): PageContext => ({
    lang: input.edition.locale,
    edition: input.edition,
    current: { [kind]: true },
    scripts: scripts.map((name) => `assets/${name}`),
  });
  assertChapterPagesFree(input.chapters);
  const order = readingOrder(input.chapters);
  const resolveId = idResolver(input);
  const figures = new Map(input.figures.map((figure) => [figure.id, figure]));
  return [
    { path: HOME_PAGE, content: render('html-home', { ...page('home'), ...homeContent(input, order) }) },
    ...input.chapters.map((chapter) => ({
      path: chapterPage(chapter),
      content: render('html-chapter', { ...page('chapter'), ...chapterContent(chapter, input, order, figures, resolveId, render) }),
    })),
    { path: CASES_PAGE, content: render('html-cases', { ...page('cases', ['case-browser.js']), ...casesContent(input) }) },
    { path: SEARCH_PAGE, content: render('html-search', { ...page('search', ['minisearch.js', 'search.js']), search: buildSearchData(input.chapters.flatMap(chapterSections)) }) },
    { path: FIGURES_PAGE, content: render('html-figures', { ...page('figures'), figures: figureList(input.chapters) }) },
    { path: BOXES_PAGE, content: render('html-boxes', { ...page('boxes'), boxes: boxList(input.chapters) }) },
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

function chapterContent(
  chapter: Chapter,
  input: EditionInput,
  order: readonly PageLink[],
  figures: ReadonlyMap<string, Figure>,
  resolveId: (chapter: Chapter) => (id: string) => string | undefined,
  render: Render,
) {
  // The chapters stage places only figures the figures stage made.
  const figureData = new Map(chapter.figures.map((placed) => [figureAnchor(placed.id), figureDataHtml(figures.get(placed.id)!, placed, input.edition.locale, render)]));
  const { previous, next } = neighbours(order, chapterPage(chapter));
  return {
    chapter: { id: chapter.id, number: chapter.number ?? null, title: chapter.title, label: chapterLabel(chapter) },
    html: appendToFigures(rewriteFragmentLinks(chapter.html, resolveId(chapter)), figureData),
    outline: chapter.outline.filter((entry) => entry.depth <= SECTION_DEPTH),
    previous: previous ?? null,
    next: next ?? null,
  };
}

/**
 * Where a link to `#id` in a chapter goes: nowhere else when the id is on the chapter's own page; else to the page
 * that holds it (another chapter, or the case browser for a case), so the print edition's one-page links work here.
 */
function idResolver(input: EditionInput): (chapter: Chapter) => (id: string) => string | undefined {
  const idsOf = new Map(input.chapters.map((chapter) => [chapter.id, new Set([chapter.id, ...idsIn(chapter.html)])]));
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
