/**
 * The print edition's page: the chapters of the HTML edition, laid out for paper by templates/layouts/print.hbs
 * (with its partials print-*.hbs) and print.css. Before them come a cover, a colophon, the contents and the lists
 * of figures and boxes, whose page numbers come from a pagination (see pagination.ts).
 */
import Handlebars from 'handlebars';
import type { Chapter } from '../../chapters/index.ts';
import { figureAnchor } from '../../chapters/figure-html.ts';
import { labels } from '../../chapters/labels.ts';
import { citationParts, fullTitle, printSettings } from '../../edition.ts';
import { assetFiles, type EditionFile, type EditionInput, type EditionTemplates } from '../layout.ts';
import { pageStyle } from './page-style.ts';
import { firstBodyChapter, type PagedChapter, type PageTarget, type Pagination, type PaginationInput } from './pagination.ts';

const PRINT_STYLES = ['fonts.css', 'report.css', 'print.css'];
const PRINT_LAYOUT = 'print.hbs';
const PRINT_PARTIAL = /^(print-[a-z-]+)\.hbs$/;

/** The page Chromium prints, relative to the print folder; its assets sit beside it. */
export const PRINT_PAGE = 'print.html';

/** What the print edition lays out: the edition, its chapters and the templates (not the data behind them). */
export type PrintEditionInput = Pick<EditionInput, 'edition' | 'chapters' | 'templates'>;

/** A line of the contents or of a list, linking to the element it names. */
interface Entry extends PageTarget {
  label: string;
  title: string;
  /** A chapter (or front matter) or one of its sections in the contents; a figure or a box in a list. */
  level: 'chapter' | 'section' | 'item';
}

/** The lines of the contents and of the lists of figures and boxes, in reading order. */
interface Entries {
  contents: Entry[];
  figures: Entry[];
  boxes: Entry[];
}

/** Named pages (print.css): a chapter's opener has no running head, and the first one restarts the numbering. */
const OPENER_PAGE = 'opener';
const FIRST_OPENER_PAGE = 'body-start';
const bodyPage = (index: number) => `chapter-${index + 1}`;

/** The print page and its styles and fonts, as files of the print folder. */
export function buildPrintFiles(input: PrintEditionInput, pagination: Pagination): EditionFile[] {
  return [printPageFile(input, pagination), ...assetFiles(input.templates, PRINT_STYLES)];
}

export function printPageFile(input: PrintEditionInput, pagination: Pagination): EditionFile {
  return { path: PRINT_PAGE, content: renderPrintPage(input, pagination) };
}

/** What pagination needs of this edition: every element the contents and lists link to, and the chapters. */
export function paginationInput(input: PrintEditionInput): PaginationInput {
  const { contents, figures, boxes } = printEntries(input.chapters);
  return {
    targets: [...contents, ...figures, ...boxes].map(({ anchor, chapter }) => ({ anchor, chapter })),
    chapters: pagedChapters(input.chapters),
    rectoChapterStarts: printSettings(input.edition).rectoChapterStarts,
  };
}

function renderPrintPage(input: PrintEditionInput, pagination: Pagination): string {
  const settings = printSettings(input.edition);
  const entries = printEntries(input.chapters);
  const page = (entry: Entry) => ({ ...entry, page: pagination.folios.get(entry.anchor) ?? '' });
  const firstBody = firstBodyChapter(pagedChapters(input.chapters));
  const chapters = input.chapters.map((chapter, index) => ({
    ...chapter,
    blankBefore: pagination.blankBefore.has(index),
    front: chapter.kind === 'front',
    openerPage: index === firstBody ? FIRST_OPENER_PAGE : OPENER_PAGE,
    bodyPage: bodyPage(index),
  }));
  const runningHeads = chapters.filter((chapter) => !chapter.front).map((chapter) => ({ page: chapter.bodyPage, text: chapter.shortTitle }));
  const context = {
    lang: input.edition.locale,
    title: fullTitle(input.edition),
    edition: input.edition,
    citation: citationParts(input.edition),
    stylesheets: PRINT_STYLES.map((name) => `assets/${name}`),
    pageStyle: pageStyle(settings.trim, runningHeads),
    contents: entries.contents.map(page),
    figures: entries.figures.map(page),
    boxes: entries.boxes.map(page),
    chapters,
  };
  return compileLayout(input.templates)(context);
}

const pagedChapters = (chapters: readonly Chapter[]): PagedChapter[] => chapters.map((chapter) => ({ anchor: chapter.id, front: chapter.kind === 'front' }));

function printEntries(chapters: readonly Chapter[]): Entries {
  const entries: Entries = { contents: [], figures: [], boxes: [] };
  chapters.forEach((chapter, index) => {
    entries.contents.push({ anchor: chapter.id, chapter: index, label: chapter.label ?? '', title: chapter.title, level: 'chapter' });
    // Front matter lists only its title; chapters and annexes also their sections.
    const sections = chapter.kind === 'front' ? [] : chapter.outline.filter((heading) => heading.depth === 2);
    for (const section of sections) {
      entries.contents.push({ anchor: section.id, chapter: index, label: '', title: section.text, level: 'section' });
    }
    for (const figure of chapter.figures) {
      entries.figures.push({ anchor: figureAnchor(figure.id), chapter: index, label: `${labels.figure} ${figure.number}`, title: figure.title, level: 'item' });
    }
    for (const box of chapter.boxes) {
      entries.boxes.push({ anchor: box.id, chapter: index, label: `${labels.box} ${box.number}`, title: box.title, level: 'item' });
    }
  });
  return entries;
}

/** print.hbs, with every print-*.hbs layout as a partial of the same name. */
function compileLayout(templates: EditionTemplates): Handlebars.TemplateDelegate {
  const layout = templates.layouts[PRINT_LAYOUT];
  if (layout === undefined) throw new Error(`templates/layouts/${PRINT_LAYOUT} was not loaded by the build`);
  const handlebars = Handlebars.create();
  for (const [file, partial] of Object.entries(templates.layouts)) {
    const name = PRINT_PARTIAL.exec(file)?.[1];
    if (name !== undefined) handlebars.registerPartial(name, partial);
  }
  return handlebars.compile(layout, { strict: true });
}
