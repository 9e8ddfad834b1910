/**
 * The report kept in memory between saves. The inputs come in five groups; a refresh reads again only the groups a
 * change touched, and a group replaces the one in memory only when its content hash differs. Each stage is the
 * build's own (pipeline/build.ts) and runs again only when something it is made from was replaced (memo.ts):
 *
 *   editions ─────┬──────────────────────────────────────────────────────────────┐
 *   data ─────────┴─► ingest ─► stats ─┬─► figure, one per spec ─► chapters ─► pages (the HTML edition and the
 *   figures (specs) ───────────────────┘                              ▲          ▲      print page)
 *   chapters (editions/<year>/chapters) ──────────────────────────────┘          │
 *   templates (layouts, styles, scripts) ────────────────────────────────────────┘
 *
 * So a chapter edit re-runs the chapters (all of them: numbers and cross-references span chapters) and the pages; a
 * spec edit, that figure, the chapters and the pages; a data edit, ingest, stats, the figures (the figures stage
 * draws again only those whose table changed), the chapters and the pages; a layout, style or script, the pages.
 * The chapters and the figures are the edition's (templates/editions/<year>/): a change to the editions, which may
 * select another edition, reads them again too.
 * Inside the chapters and pages stages, caches kept here for the life of the preview make the work follow the change:
 * a chapter's template is compiled again only when its text changed, its Markdown turned into HTML again only when
 * its Markdown or what its helpers placed changed, and a page rendered again only when what it shows changed (see
 * chapters/index.ts and editions/html/index.ts).
 */
import { isAbsolute, join, relative, sep } from 'node:path';
import {
  editionChapters,
  editionFigures,
  editionInputOf,
  editionStats,
  failOnErrors,
  loadEditions,
  readAtlas,
  readCaseData,
  readChapters,
  readEditionTemplates,
  readFigureSpecs,
  selectEdition,
  textReader,
  withReadsAsDiagnostics,
  type BuildOptions,
  type CaseData,
} from '../build.ts';
import { chapterId, type ChapterSource, type ChaptersCache, type ChaptersResult } from '../chapters/index.ts';
import { compareDiagnostics, FatalDiagnostics, type Diagnostic } from '../diagnostics.ts';
import type { Edition } from '../edition.ts';
import { buildHtmlEdition, type HtmlEditionCache } from '../editions/html/index.ts';
import type { EditionFile, EditionInput, EditionTemplates } from '../editions/layout.ts';
import { buildPrintFiles, PRINT_PAGE } from '../editions/pdf/index.ts';
import { UNPAGINATED } from '../editions/pdf/pagination.ts';
import type { Effects } from '../effects.ts';
import { startSchemaValidator, type FiguresResult, type SpecFile } from '../figures/index.ts';
import { ingest } from '../ingest/index.ts';
import type { IngestResult } from '../ingest/types.ts';
import type { Stats } from '../stats/index.ts';
import { contentHash } from './hash.ts';
import { memo, type Memo } from './memo.ts';
import { memoryCache } from '../cache/memory.ts';
import type { DrawingCache } from '../figures/cache.ts';

/** What the preview reads: the build's inputs, without its output folder. */
export type PreviewInputs = Pick<BuildOptions, 'data' | 'reference' | 'templates' | 'year'>;

export type InputGroup = 'editions' | 'data' | 'figures' | 'chapters' | 'templates';

export const INPUT_GROUPS: readonly InputGroup[] = ['editions', 'data', 'chapters', 'figures', 'templates'];

interface Inputs {
  editions: Map<number, Edition>;
  data: CaseData;
  chapters: ChapterSource[];
  figures: SpecFile[];
  templates: EditionTemplates;
}

/** A file the preview serves, by its path in the address: the HTML edition at the root, the print page under print/. */
export type PreviewFiles = ReadonlyMap<string, EditionFile['content']>;

export interface Refreshed {
  /** Absent when an error stopped the stages: the pages made before it are still the ones to show. */
  files?: PreviewFiles;
  /** Everything the stages found, warnings and rejected records included, in file order. */
  diagnostics: Diagnostic[];
}

export interface LiveReport {
  /** Reads the groups the change touched (and any whose last read failed) and re-runs what they feed. */
  refresh(touched: Iterable<InputGroup>): Promise<Refreshed>;
}

/** The print page and its assets are served under print/, the page as print/index.html so that /print/ opens it. */
const PRINT_FOLDER = 'print/';

export async function createLiveReport(options: PreviewInputs, givenEffects: Effects): Promise<LiveReport> {
  startSchemaValidator();
  const effects = withReadsAsDiagnostics(givenEffects);
  const text = textReader(effects);
  const readers: { [G in InputGroup]: () => Promise<Inputs[G]> } = {
    editions: () => loadEditions(options.templates, effects, text),
    data: () => readCaseData(options, effects),
    chapters: () => readChapters(options.templates, editionYear(), effects, text),
    figures: () => readFigureSpecs(options.templates, editionYear(), effects, text),
    templates: () => readEditionTemplates(options.templates, effects, text),
  };
  const atlas = await readAtlas(text);
  const inputs: Partial<Inputs> = {};
  const hashes = new Map<InputGroup, string>();
  const unread = new Set<InputGroup>(INPUT_GROUPS);
  const stages = createStages(atlas);
  /** The editions are read before the groups that need this (INPUT_GROUPS' order). */
  const editionYear = () => selectEdition(inputs.editions!, options).year;

  async function read<G extends InputGroup>(group: G): Promise<void> {
    const value = await readers[group]();
    const hash = contentHash(value);
    if (hashes.get(group) === hash) return;
    inputs[group] = value;
    hashes.set(group, hash);
  }

  return {
    async refresh(touched) {
      for (const group of touched) unread.add(group);
      if (unread.has('editions')) for (const group of ['chapters', 'figures'] as const) unread.add(group);
      const found: Diagnostic[] = [];
      try {
        for (const group of INPUT_GROUPS.filter((g) => unread.has(g))) {
          await read(group);
          unread.delete(group);
        }
        const files = await stages.run(inputs as Inputs, options, found);
        return { files, diagnostics: found.sort(compareDiagnostics) };
      } catch (error) {
        if (!(error instanceof FatalDiagnostics)) throw error;
        return { diagnostics: [...found, ...error.diagnostics].sort(compareDiagnostics) };
      }
    },
  };
}

/** The build's stages, each kept with what it was made from; `run` collects what they found into `found`. */
function createStages(atlas: unknown) {
  const ingestStage = memo<IngestResult>();
  const statsStage = memo<Stats>();
  const specStages = new Map<string, Memo<FiguresResult>>();
  const figuresStage = memo<FiguresResult>();
  const chaptersStage = memo<ChaptersResult>();
  const pagesStage = memo<PreviewFiles>();
  const drawings: DrawingCache = memoryCache();
  const chaptersCache: ChaptersCache = { templates: memoryCache(), markdown: memoryCache() };
  const htmlCache: HtmlEditionCache = { pages: memoryCache(), readings: memoryCache() };

  /** Each spec is its own stage, so a spec edit draws that figure alone. */
  async function figuresFor(specs: readonly SpecFile[], stats: Stats, chapterSources: readonly ChapterSource[]): Promise<FiguresResult> {
    // A figure checks that its chapter exists: it depends on the chapters' names, not on their text.
    const chapterIds = chapterSources.map((c) => chapterId(c.path)).join('\n');
    for (const path of specStages.keys()) if (!specs.some((spec) => spec.path === path)) specStages.delete(path);
    const results: FiguresResult[] = [];
    for (const spec of specs) {
      const stage = specStages.get(spec.path) ?? memo<FiguresResult>();
      specStages.set(spec.path, stage);
      results.push(await stage.get([spec.text, stats, chapterIds], () => editionFigures([spec], { stats, atlas, chapterSources, drawings })));
    }
    // The same figures give the same list, so the chapters see nothing changed when no figure did.
    return figuresStage.get(results, () => ({ figures: results.flatMap((r) => r.figures), diagnostics: results.flatMap((r) => r.diagnostics) }));
  }

  return {
    async run(inputs: Inputs, options: PreviewInputs, found: Diagnostic[]): Promise<PreviewFiles> {
      const edition = selectEdition(inputs.editions, options);
      const ingested = await ingestStage.get([inputs.data, inputs.editions], () => ingest({ ...inputs.data, editions: inputs.editions }));
      found.push(...ingested.diagnostics);
      const stats = await statsStage.get([ingested, edition], () => editionStats(ingested, edition));
      const figures = await figuresFor(inputs.figures, stats, inputs.chapters);
      failOnErrors(figures.diagnostics);
      found.push(...figures.diagnostics);
      const made = { edition, ingested, stats, figures: figures.figures };
      const chapters = await chaptersStage.get([inputs.chapters, edition, ingested, stats, figures.figures], () =>
        editionChapters(inputs.chapters, made, chaptersCache),
      );
      failOnErrors(chapters.diagnostics);
      found.push(...chapters.diagnostics);
      return pagesStage.get([inputs.templates, chapters, edition, ingested, stats, figures.figures], () =>
        previewFiles(editionInputOf({ ...made, chapters: chapters.chapters }, inputs.templates), htmlCache),
      );
    },
  };
}

/**
 * The HTML edition, and the print page the PDF is printed from. The page numbers of its contents come from printing
 * it, which the preview does not do: the print page shows the layout and the page breaks, with the numbers blank.
 */
function previewFiles(input: EditionInput, htmlCache: HtmlEditionCache): PreviewFiles {
  const print = buildPrintFiles(input, UNPAGINATED).map((file) => ({
    path: PRINT_FOLDER + (file.path === PRINT_PAGE ? 'index.html' : file.path),
    content: file.content,
  }));
  return new Map([...buildHtmlEdition(input, htmlCache), ...print].map((file) => [file.path, file.content]));
}

/** The files and folders a change to which may change the report. */
export const watchedPaths = (options: PreviewInputs): string[] => [
  options.templates,
  ...options.data,
  join(options.reference, 'countries.csv'),
  join(options.reference, 'regions.csv'),
];

const TEMPLATE_GROUPS: ReadonlyMap<string, InputGroup> = new Map([
  ['editions', 'editions'],
  ['layouts', 'templates'],
  ['styles', 'templates'],
  ['scripts', 'templates'],
]);

/** The group a changed path belongs to: a folder of the templates, or else the data (the only other thing watched). */
export function inputGroupOf(path: string, options: PreviewInputs): InputGroup | undefined {
  const inTemplates = relative(options.templates, path);
  if (inTemplates === '..' || inTemplates.startsWith(`..${sep}`) || isAbsolute(inTemplates)) return 'data';
  const [folder, year, inEdition] = inTemplates.split(sep);
  // templates/editions/<year>/chapters/… and …/figures/… are the edition's chapters and figures.
  if (folder === 'editions' && year !== undefined && (inEdition === 'chapters' || inEdition === 'figures')) return inEdition;
  return TEMPLATE_GROUPS.get(folder ?? '');
}
