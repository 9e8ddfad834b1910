/**
 * The chapters stage: each templates/chapters/NN-slug.md goes through Handlebars (numbers and figures from the
 * data) and then unified (Markdown to HTML). It returns, per chapter, what the editions need to lay out a report
 * without re-parsing HTML: metadata, the HTML fragment, the outline and the figures in order.
 */
import type { Diagnostic } from '../diagnostics.ts';
import type { Figure } from '../figures/index.ts';
import { messages } from '../messages.ts';
import type { Stats } from '../stats/index.ts';
import { splitFrontMatter, type ChapterMeta } from './front-matter.ts';
import { createTemplateEnvironment, HELPER_NAMES, type ChapterScope, type PlacedFigure } from './helpers.ts';
import { markdownToHtml, type OutlineEntry } from './markdown.ts';

export interface ChapterSource {
  path: string;
  text: string;
}

export interface ChaptersInput {
  /** Chapter files; their order is the order of the file names. */
  sources: readonly ChapterSource[];
  stats: Stats;
  figures: readonly Figure[];
  locale: string;
}

export interface Chapter extends ChapterMeta {
  /** The file name without `.md`, e.g. `01-introduction`. */
  id: string;
  path: string;
  /** "1", "2"… for numbered chapters, counted in file order. */
  number?: string;
  html: string;
  outline: OutlineEntry[];
  figures: PlacedFigure[];
  /** Case boxes in order of placement ("Box 2.1"). */
  boxes: PlacedBox[];
  /** Footnotes in order, numbered per chapter. */
  footnotes: Footnote[];
}

export interface PlacedBox {
  /** Anchor id of the box in the chapter's HTML. */
  id: string;
  number: string;
  title: string;
}

export interface Footnote {
  /** Anchor id of the note in the chapter's HTML. */
  id: string;
  number: number;
}

export interface ChaptersResult {
  chapters: Chapter[];
  diagnostics: Diagnostic[];
}

export const chapterId = (path: string): string => (path.split('/').pop() ?? path).replace(/\.md$/, '');

export async function renderChapters(input: ChaptersInput): Promise<ChaptersResult> {
  const data = { stats: input.stats, figures: new Map(input.figures.map((f) => [f.id, f])), locale: input.locale };
  const placements = new Map<string, string>();
  const chapters: Chapter[] = [];
  const diagnostics: Diagnostic[] = [];
  let numberedCount = 0;

  const sources = [...input.sources].sort((a, b) => chapterId(a.path).localeCompare(chapterId(b.path)));
  for (const source of sources) {
    const split = splitFrontMatter(source.path, source.text);
    diagnostics.push(...split.diagnostics);
    if (!split.chapter) continue;
    const { meta, body, bodyLineOffset } = split.chapter;
    const id = chapterId(source.path);
    const number = meta.numbered ? String(++numberedCount) : undefined;
    const scope: ChapterScope = { file: source.path, chapterId: id, lineOffset: bodyLineOffset, figures: [], diagnostics, placements };
    if (number !== undefined) scope.chapterNumber = number;

    const markdown = renderTemplate(body, data, scope);
    if (markdown === undefined) continue;
    const { html, outline } = await markdownToHtml(markdown, `${id}--`);
    const chapter: Chapter = { ...meta, id, path: source.path, html, outline, figures: scope.figures, boxes: [], footnotes: [] };
    if (number !== undefined) chapter.number = number;
    chapters.push(chapter);
  }
  return { chapters, diagnostics };
}

function renderTemplate(body: string, data: Parameters<typeof createTemplateEnvironment>[0], scope: ChapterScope): string | undefined {
  const handlebars = createTemplateEnvironment(data, scope);
  try {
    return handlebars.compile(body, { strict: true })({});
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
