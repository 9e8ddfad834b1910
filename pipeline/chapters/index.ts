/**
 * The chapters stage: each templates/editions/<year>/chapters/NN-slug.md goes through Handlebars (numbers, figures
 * and cases from the data) and then unified (Markdown to HTML). It returns, per chapter, what the editions need to
 * lay out a report without re-parsing HTML: metadata, the HTML fragment, the outline, and the figures, boxes and footnotes in order.
 *
 *   1. front matter and numbers of every chapter (Chapter 1…, Annex A…)
 *   2. helpers, chapter by chapter: what each places is numbered, and references are noted
 *   3. references checked against everything placed, so they may point forward
 *   4. Markdown to HTML, chapter by chapter, with references resolved
 *
 * A caller that renders again and again (the preview) passes a cache, so the work follows what changed: a chapter's
 * template is compiled again only when its text changed, and its Markdown turned into HTML again only when its
 * Markdown or what its helpers placed did. The helpers run for every chapter, as numbers span chapters.
 */
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics.ts';
import { citationParts, type Edition } from '../edition.ts';
import type { Figure } from '../figures/index.ts';
import type { Reference } from '../ingest/reference.ts';
import type { Case } from '../ingest/schema.ts';
import { messages } from '../messages.ts';
import type { Stats } from '../stats/index.ts';
import { cached, type Cache } from '../cache/memory.ts';
import type { Footnote } from './footnotes.ts';
import { splitFrontMatter, type ChapterMeta } from './front-matter.ts';
import { HELPER_NAMES, templateHelpers, type ChapterScope, type PlacedBox, type PlacedFigure, type TemplateData } from './helpers.ts';
import { markdownToHtml, type MarkdownResult, type OutlineEntry } from './markdown.ts';
import { createChapterNumbering } from './numbering.ts';
import { collectTargets, type Targets } from './references.ts';

export type { Footnote, MarkdownResult, OutlineEntry, PlacedBox, PlacedFigure };

export interface ChapterSource {
  path: string;
  text: string;
}

export interface ChaptersInput {
  /** Chapter files; their order is the order of the file names. */
  sources: readonly ChapterSource[];
  stats: Stats;
  figures: readonly Figure[];
  /** The edition built: its locale formats numbers, its trends name the cases' trends. */
  edition: Edition;
  /** The edition's accepted cases, for case boxes and the annex table. */
  cases: readonly Case[];
  reference: Reference;
  /** What earlier renders made, for a caller that keeps it (the preview does, between saves). */
  cache?: ChaptersCache;
}

export interface ChaptersCache {
  /** Chapter templates compiled, by their text. */
  templates: Cache<HandlebarsTemplateDelegate>;
  /** Chapters' HTML, outline and footnotes, by their Markdown and what their helpers placed (see markdown.ts). */
  markdown: Cache<MarkdownResult>;
}

export interface Chapter extends ChapterMeta {
  /** The file name without `.md`, e.g. `01-introduction`; also the anchor references link to. */
  id: string;
  path: string;
  /** "1", "2"… for numbered chapters and "A", "B"… for numbered annexes, counted in file order. */
  number?: string;
  /** "Chapter 1" or "Annex A", as references print it. */
  label?: string;
  html: string;
  outline: OutlineEntry[];
  figures: PlacedFigure[];
  /** Case boxes in order of placement ("Box 2.1"). */
  boxes: PlacedBox[];
  /** Footnotes in order, numbered per chapter. */
  footnotes: Footnote[];
}

export interface ChaptersResult {
  chapters: Chapter[];
  diagnostics: Diagnostic[];
}

export const chapterId = (path: string): string => (path.split('/').pop() ?? path).replace(/\.md$/, '');

/** A chapter between its helpers and its Markdown. */
interface Templated {
  meta: ChapterMeta & { id: string; path: string; number?: string; label?: string };
  markdown: string;
  scope: ChapterScope;
}

export async function renderChapters(input: ChaptersInput): Promise<ChaptersResult> {
  const data: TemplateData = {
    stats: input.stats,
    figures: new Map(input.figures.map((f) => [f.id, f])),
    cases: new Map([...input.cases].sort((a, b) => a.id.localeCompare(b.id)).map((c) => [c.id, c])),
    reference: input.reference,
    trends: input.edition.trends,
    locale: input.edition.locale,
    citation: citationParts(input.edition),
  };
  const diagnostics: Diagnostic[] = [];
  const placements = new Map<string, string>();
  const boxed: ChapterScope['boxed'] = new Map();
  const numberOf = createChapterNumbering();

  // 1–2. Front matter, numbers and helpers, in file order so figures and boxes are numbered in reading order.
  const templated: Templated[] = [];
  for (const source of [...input.sources].sort((a, b) => chapterId(a.path).localeCompare(chapterId(b.path)))) {
    const split = splitFrontMatter(source.path, source.text);
    diagnostics.push(...split.diagnostics);
    if (!split.chapter) continue;
    const { meta, body, bodyLineOffset } = split.chapter;
    const id = chapterId(source.path);
    const numbering = numberOf(meta);
    const scope: ChapterScope = { file: source.path, chapterId: id, lineOffset: bodyLineOffset, figures: [], boxes: [], refs: [], placeholders: [], diagnostics, placements, boxed };
    if (numbering) scope.chapterNumber = numbering.number;
    const markdown = renderTemplate(body, data, scope, input.cache?.templates);
    if (markdown !== undefined) templated.push({ meta: { ...meta, id, path: source.path, ...numbering }, markdown, scope });
  }

  // 3. References, now that every chapter has said what it places.
  const targets = collectTargets(templated.map(({ meta, scope }) => ({ ...meta, figures: scope.figures, boxes: scope.boxes })));
  diagnostics.push(...unresolvedReferences(templated, targets), ...unplacedFigures(input.figures, placements, templated));

  // 4. Markdown
  const chapters: Chapter[] = [];
  for (const { meta, markdown, scope } of templated) {
    const { html, outline, footnotes } = markdownToHtml(markdown, { idPrefix: `${meta.id}--`, placeholders: scope.placeholders, targets }, input.cache?.markdown);
    chapters.push({ ...meta, html, outline, figures: scope.figures, boxes: scope.boxes, footnotes });
  }
  return { chapters, diagnostics };
}

function unresolvedReferences(templated: readonly Templated[], targets: Targets): Diagnostic[] {
  return templated.flatMap(({ scope }) =>
    scope.refs.filter((ref) => !targets.has(ref.name)).map((ref) => ({ ...ref.at, rule: 'chapters/unknown-reference', message: messages.unknownReference(ref.name) })),
  );
}

/** A figure made for a chapter that no chapter places is most likely a forgotten `{{figure}}`. */
function unplacedFigures(figures: readonly Figure[], placements: ReadonlyMap<string, string>, templated: readonly Templated[]): Diagnostic[] {
  const files = new Map(templated.map(({ meta }) => [meta.id, meta.path]));
  return figures.flatMap((figure) => {
    const file = files.get(figure.chapter);
    if (placements.has(figure.id) || file === undefined) return [];
    return [{ file, rule: 'chapters/figure-not-placed', severity: 'warning' as const, message: messages.figureNotPlaced(figure.id) }];
  });
}

/** Compiles templates only: the helpers, each chapter's own, are given to its template as it runs. */
const templates = Handlebars.create();

function renderTemplate(body: string, data: TemplateData, scope: ChapterScope, cache: Cache<HandlebarsTemplateDelegate> | undefined): string | undefined {
  // Handlebars compiles on the first run (and throws a syntax error then), so what is kept is compiled once.
  const template = cached(cache, () => body, () => templates.compile(body, { strict: true }));
  try {
    return template({}, { helpers: templateHelpers(data, scope) });
  } catch (error) {
    scope.diagnostics.push(templateErrorDiagnostic(error, scope));
    return undefined;
  }
}

/** Handlebars reports template errors as exceptions, with the place either in properties or only in the text. */
function templateErrorDiagnostic(error: unknown, scope: ChapterScope): Diagnostic {
  if (!(error instanceof Error)) throw error;
  const base = { file: scope.file, severity: 'error' as const };
  const parseError = /^Parse error on line (\d+):\n[\s\S]*?\n(Expecting [\s\S]*)$/.exec(error.message);
  if (parseError) {
    const line = Number(parseError[1]) + scope.lineOffset;
    return { ...base, line, rule: 'chapters/template-syntax', message: messages.templateSyntax(parseError[2] ?? '') };
  }
  const { lineNumber, column } = error as Error & { lineNumber?: number; column?: number };
  const place = lineNumber === undefined ? {} : { line: lineNumber + scope.lineOffset, ...(column === undefined ? {} : { column: column + 1 }) };
  const unknownName = /^"([^"]+)" not defined in/.exec(error.message);
  if (unknownName) {
    return { ...base, ...place, rule: 'chapters/unknown-name', message: messages.unknownTemplateName(unknownName[1] ?? '', HELPER_NAMES) };
  }
  return { ...base, ...place, rule: 'chapters/template-syntax', message: messages.templateSyntax(error.message.replace(/ - \d+:\d+$/, '')) };
}
