/**
 * The build runs the stages in order and is the only place that reads inputs and writes outputs (through the
 * injected `Effects`):
 *
 *   data files ─► ingest ─► Cases ─► stats ─► Stats ─► figures ─► Figure[] ─► chapters ─► Chapter[]
 *                                                                                 ├─► editions/html
 *                                                                                 └─► editions/pdf (print HTML → Chromium)
 *
 * `report check` runs the same stages up to the chapters and writes nothing. `report preview` (pipeline/preview) reads
 * its inputs with the readers below and runs the same stage functions, keeping their results in memory.
 */
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { chapterId, renderChapters, type Chapter, type ChapterSource, type ChaptersResult } from './chapters/index.ts';
import { compareDiagnostics, FatalDiagnostics, hasErrors, type Diagnostic } from './diagnostics.ts';
import { parseEdition, type Edition } from './edition.ts';
import { buildHtmlEdition } from './editions/html/index.ts';
import { fontFilesReferenced, type EditionInput, type EditionTemplates } from './editions/layout.ts';
import { creationDate, openPrinter, PRINT_PAGE, printPdfEdition, type Printer } from './editions/pdf/index.ts';
import type { Effects, OutputFile, Staging } from './effects.ts';
import { renderFigures, startSchemaValidator, type Figure, type FiguresResult, type SpecFile } from './figures/index.ts';
import { formatRejectedCsv, ingest } from './ingest/index.ts';
import type { Case } from './ingest/schema.ts';
import type { IngestInput, IngestResult, SourceFile } from './ingest/types.ts';
import { messages, plural } from './messages.ts';
import { computeStats, type Stats } from './stats/index.ts';

export interface BuildOptions {
  /** Case data files or folders (every .csv, .json and .xlsx directly inside). */
  data: readonly string[];
  /** Folder holding countries.csv and regions.csv. */
  reference: string;
  /** The templates folder: editions/, chapters/, figures/, layouts/, styles/. */
  templates: string;
  out: string;
  /** Edition to build; the latest configured one when not given. */
  year?: number;
  /** Any rejected record stops the build. */
  strict: boolean;
  /** `check` validates data and templates and writes nothing. */
  mode: 'build' | 'check';
  /** Opens the browser for the PDF; tests may pass a fake. */
  openPrinter?: () => Promise<Printer>;
}

export interface BuildResult {
  edition: Edition;
  /** Accepted cases of the edition built. */
  editionCases: number;
  /** Records read from the data files, of all editions. */
  recordsRead: number;
  rejected: number;
  /** Warnings and row errors that did not stop the build. */
  diagnostics: Diagnostic[];
  /** Files written, relative to the output folder (empty for `check`). */
  written: string[];
}

const DATA_EXTENSIONS = /\.(csv|json|xlsx)$/i;
// Packages whose files the build reads: found wherever npm installed them.
const packageFile = createRequire(import.meta.url).resolve;
const FONT_PACKAGE_FILES = join(dirname(packageFile('@fontsource/source-sans-3/package.json')), 'files');
const WORLD_ATLAS = packageFile('world-atlas/countries-110m.json');
// minisearch's exports name only its Node builds; its browser (UMD) build sits beside them.
const MINISEARCH_BROWSER = join(dirname(packageFile('minisearch')), '..', 'umd', 'index.js');

export async function build(options: BuildOptions, givenEffects: Effects): Promise<BuildResult> {
  const effects = withReadsAsDiagnostics(givenEffects);
  const text = textReader(effects);
  const step = async <T>(name: string, run: () => Promise<T> | T, detail?: (value: T) => string): Promise<T> => {
    const progress = effects.progress.start(name);
    const value = await run();
    progress.done(detail?.(value));
    return value;
  };

  // The figures stage's schema validator takes about a second to compile: it compiles in a worker thread meanwhile.
  startSchemaValidator();

  // 1. Editions: every edition's vocabulary is needed to validate earlier editions' records too.
  const editions = await loadEditions(options.templates, effects, text);
  const edition = selectEdition(editions, options);

  // 2. Ingest
  const ingested = await step('ingest', async () => ingest({ ...(await readCaseData(options, effects)), editions }), (r) => `${r.cases.length} cases, ${r.rejected.length} rejected`);
  const diagnostics = [...ingested.diagnostics];
  if (options.strict && ingested.rejected.length > 0) {
    throw new FatalDiagnostics([...diagnostics.filter((d) => d.severity === 'error'), strictFailure(ingested.rejected.length)]);
  }

  // 3. Statistics
  const stats = await step('stats', () => editionStats(ingested, edition), (s) => `${s.headline.cases} cases in ${s.edition}`);

  // 4. Figures
  const chapterSources = await readChapters(options.templates, effects, text);
  const figures = await step(
    'figures',
    async () => editionFigures(await readFigureSpecs(options.templates, effects, text), { stats, atlas: await readAtlas(text), chapterSources }),
    (r) => plural(r.figures.length, 'figure'),
  );
  failOnErrors(figures.diagnostics);

  // 5. Chapters
  const chapters = await step('chapters', () => editionChapters(chapterSources, { edition, ingested, stats, figures: figures.figures }), (r) => plural(r.chapters.length, 'chapter'));
  failOnErrors(chapters.diagnostics);
  diagnostics.push(...figures.diagnostics, ...chapters.diagnostics);

  const result: BuildResult = { edition, editionCases: stats.headline.cases, recordsRead: ingested.recordCount, rejected: ingested.rejected.length, diagnostics: diagnostics.sort(compareDiagnostics), written: [] };
  if (options.mode === 'check') return result;

  // 6–7. Editions, written to a staging folder that replaces the output folder only when all of them succeeded.
  const editionInput = editionInputOf({ edition, ingested, stats, figures: figures.figures, chapters: chapters.chapters }, await readEditionTemplates(options.templates, effects, text));
  const files: OutputFile[] = [
    ...prefixed('html', await step('html edition', () => buildHtmlEdition(editionInput))),
    ...dataFiles(ingested, stats, figures.figures, chapters.chapters),
  ];
  const staging = await effects.stage(options.out);
  try {
    await staging.write(files);
    const printed = await step('pdf', () => printEdition(editionInput, staging, options, effects), (p) => `${Math.round(p.pdf.length / 1024)} KB, ${plural(p.prints, 'print')}`);
    const pdfFile = { path: `pdf/${edition.reportName}.pdf`, content: printed.pdf };
    await staging.write([pdfFile]);
    await staging.commit();
    result.written = [...files.map((f) => f.path), ...printed.printFiles, pdfFile.path];
    return result;
  } catch (error) {
    await staging.discard();
    throw error;
  }
}

/**
 * The stages wired to the results before them. The build runs them in order; the preview (pipeline/preview) keeps
 * their results and re-runs only those a change touches.
 */
export interface StageResults {
  edition: Edition;
  ingested: IngestResult;
  stats: Stats;
  figures: readonly Figure[];
  chapters: readonly Chapter[];
}

/** The accepted cases of the edition built: the data holds every edition's, to compare them. */
export const editionCases = (ingested: IngestResult, edition: Edition): Case[] => ingested.cases.filter((c) => c.edition === edition.year);

export const editionStats = (ingested: IngestResult, edition: Edition): Stats => computeStats({ cases: ingested.cases, reference: ingested.reference, edition });

/** The figures of `specs` (all of them, or those to draw again); a figure must belong to one of the chapters. */
export function editionFigures(specs: readonly SpecFile[], context: { stats: Stats; atlas: unknown; chapterSources: readonly ChapterSource[] }): Promise<FiguresResult> {
  return renderFigures({ specs, stats: context.stats, atlas: context.atlas, chapters: context.chapterSources.map((c) => chapterId(c.path)) });
}

export function editionChapters(sources: readonly ChapterSource[], results: Omit<StageResults, 'chapters'>): Promise<ChaptersResult> {
  const { edition, ingested, stats, figures } = results;
  return renderChapters({ sources, stats, figures, edition, cases: editionCases(ingested, edition), reference: ingested.reference });
}

/** What both editions lay out. */
export function editionInputOf(results: StageResults, templates: EditionTemplates): EditionInput {
  const { edition, ingested, stats, figures, chapters } = results;
  return { edition, chapters, figures, stats, cases: editionCases(ingested, edition), reference: ingested.reference, templates };
}

/** A missing or unreadable input is the user's mistake, reported at its path like any other, not a stack trace. */
export function withReadsAsDiagnostics(effects: Effects): Effects {
  const guard =
    <T>(read: (path: string) => Promise<T>) =>
    async (path: string): Promise<T> => {
      try {
        return await read(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === undefined) throw error;
        const reason = FILE_ERRORS[code] ?? (error as Error).message;
        throw new FatalDiagnostics([{ file: path, rule: 'build/unreadable', severity: 'error', message: messages.unreadableFile(reason) }]);
      }
    };
  return {
    ...effects,
    readFile: guard(effects.readFile),
    isDirectory: guard(effects.isDirectory),
    listFiles: guard(effects.listFiles),
    listFolders: guard(effects.listFolders),
  };
}

const FILE_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
};

export function failOnErrors(diagnostics: readonly Diagnostic[]): void {
  if (hasErrors(diagnostics)) throw new FatalDiagnostics([...diagnostics].sort(compareDiagnostics));
}

function strictFailure(count: number): Diagnostic {
  return { file: '--strict', rule: 'build/strict', severity: 'error', message: messages.strictRejected(count) };
}

const prefixed = (folder: string, files: readonly OutputFile[]): OutputFile[] => files.map((f) => ({ path: `${folder}/${f.path}`, content: f.content }));

/** What analysts reuse outside the report: the statistics, each figure's data and the rejected records. */
function dataFiles(ingested: IngestResult, stats: Stats, figures: readonly Figure[], chapters: readonly Chapter[]): OutputFile[] {
  const numbers = new Map(chapters.flatMap((c) => c.figures.map((f) => [f.id, f.number] as const)));
  return [
    { path: 'data/stats.json', content: `${JSON.stringify(stats, null, 2)}\n` },
    { path: 'rejected.csv', content: formatRejectedCsv(ingested.rejected) },
    ...figures.flatMap((figure) => [
      { path: `figures/${figure.id}.svg`, content: figure.svg },
      { path: `figures/${figure.id}.csv`, content: figure.csv },
    ]),
    {
      path: 'figures/manifest.json',
      content: `${JSON.stringify(
        figures.map((f) => ({ id: f.id, number: numbers.get(f.id) ?? null, chapter: f.chapter, title: f.title, svg: `${f.id}.svg`, csv: `${f.id}.csv` })),
        null,
        2,
      )}\n`,
    },
  ];
}

/**
 * The PDF, printed from the print page, which is written to the staging folder (as print/) for the browser to load
 * and kept there as the record of what was printed. Returns the PDF and the paths of the print page's files.
 */
async function printEdition(input: EditionInput, staging: Staging, options: BuildOptions, effects: Effects) {
  const printFiles = new Set<string>();
  const writeFiles = async (files: readonly OutputFile[]): Promise<string> => {
    const inFolder = prefixed('print', files);
    await staging.write(inFolder);
    for (const file of inFolder) printFiles.add(file.path);
    return resolve(staging.dir, 'print', PRINT_PAGE);
  };
  const date = creationDate(input.edition, process.env['SOURCE_DATE_EPOCH']);
  const printer = await (options.openPrinter ?? defaultPrinter)();
  try {
    const printed = await printPdfEdition(input, { printer, writeFiles, creationDate: date });
    for (const url of printed.blockedRequests) effects.log.info(messages.blockedRequest(url));
    return { pdf: printed.pdf, prints: printed.prints, printFiles: [...printFiles] };
  } finally {
    await printer.close();
  }
}

async function defaultPrinter(): Promise<Printer> {
  const { resolveBrowser } = await import('./editions/pdf/browser.ts');
  const browser = await resolveBrowser();
  return openPrinter({ executablePath: browser.executablePath });
}

type ReadText = (path: string) => Promise<string>;

/** Reads a file through the effects as UTF-8 text. */
export const textReader =
  (effects: Effects): ReadText =>
  async (path) =>
    new TextDecoder().decode(await effects.readFile(path));

export async function loadEditions(templates: string, effects: Effects, text: ReadText): Promise<Map<number, Edition>> {
  const editionsDir = join(templates, 'editions');
  const editions = new Map<number, Edition>();
  const diagnostics: Diagnostic[] = [];
  for (const folder of await effects.listFolders(editionsDir)) {
    const path = join(editionsDir, folder, 'edition.yaml');
    const { value, diagnostics: found } = parseEdition(path, await text(path));
    diagnostics.push(...found);
    if (!value) continue;
    if (String(value.year) !== folder) {
      diagnostics.push({ file: path, field: 'year', rule: 'edition/year', severity: 'error', message: messages.editionYearMismatch(value.year, folder) });
    }
    editions.set(value.year, value);
  }
  failOnErrors(diagnostics);
  return editions;
}

export function selectEdition(editions: ReadonlyMap<number, Edition>, options: Pick<BuildOptions, 'templates' | 'year'>): Edition {
  const year = options.year ?? Math.max(...editions.keys());
  const edition = editions.get(year);
  if (!edition) {
    const path = join(options.templates, 'editions', String(year), 'edition.yaml');
    const known = [...editions.keys()].sort((a, b) => a - b);
    throw new FatalDiagnostics([{ file: path, rule: 'build/no-edition', severity: 'error', message: messages.noEditionConfig(year, known) }]);
  }
  return edition;
}

/** The case data and the reference tables: what ingest reads, besides the editions' vocabularies. */
export type CaseData = Omit<IngestInput, 'editions'>;

export async function readCaseData(options: Pick<BuildOptions, 'data' | 'reference'>, effects: Effects): Promise<CaseData> {
  const read = async (path: string): Promise<SourceFile> => ({ path, bytes: await effects.readFile(path) });
  const paths: string[] = [];
  for (const path of options.data) {
    if (!(await effects.isDirectory(path))) {
      paths.push(path);
      continue;
    }
    const found = (await effects.listFiles(path)).filter((name) => DATA_EXTENSIONS.test(name));
    if (found.length === 0) throw new FatalDiagnostics([{ file: path, rule: 'ingest/no-data-files', severity: 'error', message: messages.noDataFiles(path) }]);
    paths.push(...found.map((name) => join(path, name)));
  }
  return {
    files: await Promise.all(paths.map(read)),
    countries: await read(join(options.reference, 'countries.csv')),
    regions: await read(join(options.reference, 'regions.csv')),
  };
}

/** A template file read whole: chapters, figure specs, layouts and styles all come in as this. */
interface TextFile {
  path: string;
  text: string;
}

async function readFolder(dir: string, pattern: RegExp, effects: Effects, text: ReadText): Promise<TextFile[]> {
  const names = (await effects.listFiles(dir)).filter((name) => pattern.test(name));
  return Promise.all(names.map(async (name) => ({ path: join(dir, name), text: await text(join(dir, name)) })));
}

export async function readChapters(templates: string, effects: Effects, text: ReadText): Promise<TextFile[]> {
  const dir = join(templates, 'chapters');
  const sources = await readFolder(dir, /\.md$/, effects, text);
  if (sources.length === 0) throw new FatalDiagnostics([{ file: dir, rule: 'build/no-chapters', severity: 'error', message: messages.noChapters(dir) }]);
  return sources;
}

export const readFigureSpecs = (templates: string, effects: Effects, text: ReadText): Promise<TextFile[]> =>
  readFolder(join(templates, 'figures'), /\.vl\.json$/, effects, text);

/** The world map that map figures draw on. */
export const readAtlas = async (text: ReadText): Promise<unknown> => JSON.parse(await text(WORLD_ATLAS)) as unknown;

/** Also read by the editions' tests, which lay out fixtures with the real templates. */
export async function readEditionTemplates(templates: string, effects: Effects, text: ReadText): Promise<EditionTemplates> {
  const stylesDir = join(templates, 'styles');
  const styles = Object.fromEntries((await readFolder(stylesDir, /\.css$/, effects, text)).map((s) => [basename(s.path), s.text]));
  const fonts = await Promise.all(
    fontFilesReferenced(styles['fonts.css'] ?? '').map(async (name) => ({ path: name, content: await effects.readFile(join(FONT_PACKAGE_FILES, name)) })),
  );
  const layouts = Object.fromEntries((await readFolder(join(templates, 'layouts'), /\.hbs$/, effects, text)).map((l) => [basename(l.path), l.text]));
  const scripts = Object.fromEntries((await readFolder(join(templates, 'scripts'), /\.js$/, effects, text)).map((s) => [basename(s.path), s.text]));
  return { layouts, styles, fonts, scripts: { ...scripts, 'minisearch.js': await text(MINISEARCH_BROWSER) } };
}
