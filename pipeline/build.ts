/**
 * The build runs the stages in order and is the only place that reads inputs and writes outputs (through the
 * injected `Effects`):
 *
 *   data files ─► ingest ─► Cases ─► stats ─► Stats ─► figures ─► Figure[] ─► chapters ─► Chapter[]
 *                                                                                 ├─► editions/html
 *                                                                                 └─► editions/pdf (print HTML → Chromium)
 *
 * Figure drawings, the chapters and the PDF are kept in the effects' cache (pipeline/cache) under the hash of what
 * they are made from, and taken from it when that did not change. The output folder is locked and staged before the
 * first stage, and replaced only when every step succeeded; a failure or an interruption leaves it as it was.
 *
 * `report check` runs the same stages up to the chapters and writes nothing. `report preview` (pipeline/preview) reads
 * its inputs with the readers below and runs the same stage functions, keeping their results in memory.
 */
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { cacheKey, type Cache } from './cache/index.ts';
import { chapterId, renderChapters, type Chapter, type ChapterSource, type ChaptersCache, type ChaptersInput, type ChaptersResult } from './chapters/index.ts';
import { compareDiagnostics, EnvironmentError, FatalDiagnostics, hasErrors, type Diagnostic } from './diagnostics.ts';
import { parseEdition, type Edition } from './edition.ts';
import { buildHtmlEdition } from './editions/html/index.ts';
import { fontFilesReferenced, type EditionFile, type EditionInput, type EditionTemplates } from './editions/layout.ts';
import {
  BrowserLaunchError,
  browserIdentity,
  buildPrintFiles,
  creationDate,
  DEFAULT_PRINT_TIMEOUT_MS,
  openPrinter,
  PRINT_PAGE,
  printPdfEdition,
  PrintTimeoutError,
  resolveBrowser,
  type Printer,
} from './editions/pdf/index.ts';
import { UNPAGINATED } from './editions/pdf/pagination.ts';
import type { Effects, OutputFile, Progress, Staging } from './effects.ts';
import type { CachedDrawing, DrawingCache } from './figures/cache.ts';
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
  /** Finds the browser that prints the PDF: by default the one on this machine; tests may pass a fake. */
  browser?: () => Promise<PdfBrowser>;
  /** Longest the browser may take to start, to print the page once or to close, in milliseconds. */
  printTimeoutMs?: number;
  /** Aborting it stops the build before its next step, and the browser at once; the output stays as it was. */
  signal?: AbortSignal;
}

/** The browser that prints the PDF. */
export interface PdfBrowser {
  /** What decides the PDF besides the print page (the browser's build): part of the PDF's cache key. */
  identity: string;
  open(timeoutMs: number): Promise<Printer>;
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
  const step = stepper(effects.progress, options.signal);
  if (options.mode === 'check') return (await runStages(options, effects, step)).result;

  // The output folder is locked and staged first: a second build on it stops at once, not after all its work.
  const staging = withWritesAsErrors(await effects.stage(options.out), options.out);
  const browser = startBrowser(options);
  try {
    const { results, result } = await runStages(options, effects, step);

    // 6–7. Editions, written to the staging folder, which replaces the output folder only when all of them succeeded.
    const editionInput = editionInputOf(results, await readEditionTemplates(options.templates, effects, textReader(effects)));
    const files: OutputFile[] = [
      ...prefixed('html', await step('html edition', () => buildHtmlEdition(editionInput))),
      ...dataFiles(results.ingested, results.stats, results.figures, results.chapters),
    ];
    await staging.write(files);
    const printed = await step('pdf', () => printEdition(editionInput, staging, browser, effects), (p) => p.detail);
    const pdfFile = { path: `pdf/${results.edition.reportName}.pdf`, content: printed.pdf };
    await staging.write([pdfFile]);
    options.signal?.throwIfAborted();
    await staging.commit();
    result.written = [...files.map((f) => f.path), ...printed.printFiles, pdfFile.path];
    return result;
  } catch (error) {
    await staging.discard();
    // What an interruption broke on its way (a browser closed mid-print) is not the reason the build stopped.
    throw options.signal?.aborted ? options.signal.reason : error;
  } finally {
    await browser.close();
  }
}

type Step = <T>(name: string, run: () => Promise<T> | T, detail?: (value: T) => string) => Promise<T>;

/** Runs a step under its progress line; an interrupted build stops before the next step. */
function stepper(progress: Progress, signal: AbortSignal | undefined): Step {
  return async (name, run, detail) => {
    signal?.throwIfAborted();
    const line = progress.start(name);
    const value = await run();
    line.done(detail?.(value));
    return value;
  };
}

/** Steps 1–5, which `check` runs too: every stage up to the chapters, and what they found. */
async function runStages(options: BuildOptions, effects: Effects, step: Step): Promise<{ results: StageResults; result: BuildResult }> {
  const text = textReader(effects);
  // The figures stage's schema validator loads (or, once per installation, compiles) in a worker thread meanwhile.
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
  const chapterSources = await readChapters(options.templates, edition.year, effects, text);
  const drawings = cachedDrawings(effects.cache);
  const figures = await step(
    'figures',
    async () => editionFigures(await readFigureSpecs(options.templates, edition.year, effects, text), { stats, atlas: await readAtlas(text), chapterSources, drawings }),
    (r) => `${plural(r.figures.length, 'figure')} ${messages.freshness(drawings.reused, drawings.asked)}`,
  );
  failOnErrors(figures.diagnostics);

  // 5. Chapters
  const chapters = await step(
    'chapters',
    () => cachedChapters(chaptersInput(chapterSources, { edition, ingested, stats, figures: figures.figures }), effects.cache),
    (r) => `${plural(r.value.chapters.length, 'chapter')} ${messages.freshness(r.cached ? 1 : 0, 1)}`,
  );
  failOnErrors(chapters.value.diagnostics);
  diagnostics.push(...figures.diagnostics, ...chapters.value.diagnostics);

  return {
    results: { edition, ingested, stats, figures: figures.figures, chapters: chapters.value.chapters },
    result: { edition, editionCases: stats.headline.cases, recordsRead: ingested.recordCount, rejected: ingested.rejected.length, diagnostics: diagnostics.sort(compareDiagnostics), written: [] },
  };
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
const editionCases = (ingested: IngestResult, edition: Edition): Case[] => ingested.cases.filter((c) => c.edition === edition.year);

export const editionStats = (ingested: IngestResult, edition: Edition): Stats => computeStats({ cases: ingested.cases, reference: ingested.reference, edition });

/**
 * The figures of `specs` (all of them, or those to draw again); a figure must belong to one of the chapters. Drawings
 * are kept in `drawings` when given, else in the figures stage's memory.
 */
export function editionFigures(
  specs: readonly SpecFile[],
  context: { stats: Stats; atlas: unknown; chapterSources: readonly ChapterSource[]; drawings?: DrawingCache },
): Promise<FiguresResult> {
  const { stats, atlas, chapterSources, drawings } = context;
  return renderFigures({ specs, stats, atlas, chapters: chapterSources.map((c) => chapterId(c.path)), ...(drawings ? { cache: drawings } : {}) });
}

/** The chapters; a caller that renders them again and again (the preview) keeps their parts in `cache`. */
export function editionChapters(sources: readonly ChapterSource[], results: Omit<StageResults, 'chapters'>, cache?: ChaptersCache): Promise<ChaptersResult> {
  return renderChapters({ ...chaptersInput(sources, results), ...(cache ? { cache } : {}) });
}

/** Everything the chapters can quote: their sources, the edition, its statistics, figures and cases. */
function chaptersInput(sources: readonly ChapterSource[], results: Omit<StageResults, 'chapters'>): ChaptersInput {
  const { edition, ingested, stats, figures } = results;
  return { sources, stats, figures, edition, cases: editionCases(ingested, edition), reference: ingested.reference };
}

/** The figures stage's drawings, kept in the build's cache; counts what it reused, for the progress line. */
function cachedDrawings(cache: Cache): DrawingCache & { asked: number; reused: number } {
  const drawings = {
    asked: 0,
    reused: 0,
    get(key: string) {
      drawings.asked++;
      const drawing = cache.get(`figure-${key}`) as CachedDrawing | undefined;
      if (drawing !== undefined) drawings.reused++;
      return drawing;
    },
    set: (key: string, drawing: CachedDrawing) => cache.set(`figure-${key}`, drawing),
  };
  return drawings;
}

/** The chapters, taken from the cache when their whole input is the same as an earlier build's. */
async function cachedChapters(input: ChaptersInput, cache: Cache): Promise<{ value: ChaptersResult; cached: boolean }> {
  const key = cacheKey('chapters', input);
  const kept = cache.get(key);
  if (kept !== undefined) return { value: kept as ChaptersResult, cached: true };
  const value = await renderChapters(input);
  cache.set(key, value);
  return { value, cached: false };
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
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the disk is read-only',
};

export class OutputWriteError extends EnvironmentError {}

/**
 * A disk that is full or read-only is the machine's problem, reported with what to look at, not a stack trace. (The
 * staging folder is discarded by the build, so the output folder is left as it was.)
 */
function withWritesAsErrors(staging: Staging, out: string): Staging {
  const guarded = async (write: () => Promise<void>): Promise<void> => {
    try {
      await write();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      throw new OutputWriteError(messages.outputNotWritten(out, FILE_ERRORS[code] ?? (error as Error).message), { cause: error });
    }
  };
  return {
    dir: staging.dir,
    write: (files) => guarded(() => staging.write(files)),
    commit: () => guarded(() => staging.commit()),
    discard: () => staging.discard(),
  };
}

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

interface PrintedEdition {
  pdf: Uint8Array;
  /** The print folder's files, relative to the output folder. */
  printFiles: string[];
  /** For the progress line: the size, and whether it was printed or taken from the cache. */
  detail: string;
}

/** A PDF in the cache, with the final print page it was printed from and what the page asked for and did not get. */
interface CachedPdf {
  pdfBase64: string;
  printPage: string;
  blockedRequests: string[];
}

/**
 * The browser, started as the build starts: it takes about half a second to start, which the stages, on the other
 * core, hide. Why it could not be found or started is reported when the PDF needs it, after the data's and the
 * templates' problems; a build whose PDF comes from the cache closes it unused.
 */
interface StartedBrowser {
  identity(): Promise<string>;
  printer(): Promise<Printer>;
  /** Closes the browser if it started; never throws (one that will not close is killed when the process exits). */
  close(): Promise<void>;
}

function startBrowser(options: BuildOptions): StartedBrowser {
  const limits = { signal: options.signal, timeoutMs: options.printTimeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS };
  const found = (options.browser ?? machineBrowser)();
  const opening = found.then((browser) => openWatched(browser, limits));
  // Until the PDF asks for it, a failure is held, not unhandled.
  opening.catch(() => undefined);
  return {
    identity: async () => (await found).identity,
    printer: () => opening,
    close: () => opening.then((printer) => printer.close()).catch(() => undefined),
  };
}

/**
 * The PDF, printed from the print page, which is written to the staging folder (as print/) for the browser to load
 * and kept there as the record of what was printed. The draft print page and its assets decide everything the
 * browser does after it (the page numbers it reads, the final page, the PDF): a draft the same browser printed
 * before on the same date gives the PDF from the cache, without printing.
 */
async function printEdition(input: EditionInput, staging: Staging, browser: StartedBrowser, effects: Effects): Promise<PrintedEdition> {
  const draft = buildPrintFiles(input, UNPAGINATED);
  const printFiles = prefixed('print', draft).map((f) => f.path);
  const date = creationDate(input.edition, process.env['SOURCE_DATE_EPOCH']);
  const key = cacheKey('pdf', await browser.identity(), date.toISOString(), ...draft.flatMap((f) => [f.path, f.content]));
  const kept = effects.cache.get(key) as CachedPdf | undefined;
  const printed = kept ?? (await printWithBrowser(input, await browser.printer(), date, staging));
  if (kept) await staging.write(prefixed('print', draft.map((f) => (f.path === PRINT_PAGE ? { path: f.path, content: kept.printPage } : f))));
  else effects.cache.set(key, printed);
  for (const url of printed.blockedRequests) effects.log.info(messages.blockedRequest(url));
  const pdf = new Uint8Array(Buffer.from(printed.pdfBase64, 'base64'));
  return { pdf, printFiles, detail: `${Math.round(pdf.length / 1024)} KB ${messages.freshness(kept ? 1 : 0, 1)}` };
}

/** Prints the PDF, writing the print pages to the staging folder; returns it as the cache keeps it. */
async function printWithBrowser(input: EditionInput, printer: Printer, date: Date, staging: Staging): Promise<CachedPdf> {
  let printPage = '';
  const writeFiles = async (files: readonly EditionFile[]): Promise<string> => {
    await staging.write(prefixed('print', files));
    const page = files.find((f) => f.path === PRINT_PAGE)?.content;
    if (page !== undefined) printPage = typeof page === 'string' ? page : new TextDecoder().decode(page);
    return resolve(staging.dir, 'print', PRINT_PAGE);
  };
  const printed = await printPdfEdition(input, { printer, writeFiles, creationDate: date });
  return { pdfBase64: Buffer.from(printed.pdf).toString('base64'), printPage, blockedRequests: printed.blockedRequests };
}

/** The browser this machine has (see editions/pdf/browser.ts). */
async function machineBrowser(): Promise<PdfBrowser> {
  const { executablePath } = await resolveBrowser();
  return { identity: browserIdentity(executablePath), open: (timeoutMs) => openPrinter({ executablePath, timeoutMs }) };
}

interface Limits {
  signal: AbortSignal | undefined;
  timeoutMs: number;
}

/**
 * The browser's printer, held to the build's limits: a call still running when the build is interrupted or the time
 * is up gives up with that reason (closing the browser, so that nothing is left printing), whatever the printer
 * itself does; and a browser that dies mid-print is reported as such, not as the protocol error it leaves.
 */
async function openWatched(browser: PdfBrowser, limits: Limits): Promise<Printer> {
  const seconds = limits.timeoutMs / 1000;
  const opening = browser.open(limits.timeoutMs);
  const closeLate = () => void opening.then((late) => late.close()).catch(() => undefined);
  const printer = await watched(opening, limits, () => new BrowserLaunchError(messages.browserNoAnswer(seconds)), closeLate);
  const giveUp = () => void printer.close().catch(() => undefined);
  return {
    print: (input) =>
      watched(printer.print(input).catch(asCrash), limits, () => new PrintTimeoutError(messages.printTimedOut(input.htmlPath, seconds)), giveUp),
    close: () => watched(printer.close(), limits, () => new PrintTimeoutError(messages.browserNoAnswer(seconds)), () => undefined),
  };
}

export class BrowserCrashError extends EnvironmentError {}

function asCrash(error: unknown): never {
  if (error instanceof EnvironmentError) throw error;
  throw new BrowserCrashError(messages.browserCrashed(error instanceof Error ? error.message : String(error)), { cause: error });
}

/** `work`, unless the signal aborts or the time runs out first: then `giveUp` ends the work and the reason is thrown. */
function watched<T>(work: Promise<T>, { signal, timeoutMs }: Limits, timedOut: () => Error, giveUp: () => void): Promise<T> {
  return new Promise<T>((resolvePromise, reject) => {
    const settle = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', interrupted);
    };
    const stop = (reason: unknown) => {
      settle();
      giveUp();
      reject(reason);
    };
    const interrupted = () => stop(signal?.reason);
    const timer = setTimeout(() => stop(timedOut()), timeoutMs);
    signal?.addEventListener('abort', interrupted, { once: true });
    if (signal?.aborted) interrupted();
    work.then(
      (value) => (settle(), resolvePromise(value)),
      (error: unknown) => (settle(), reject(error)),
    );
  });
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

/**
 * An edition's own templates, beside its edition.yaml: its chapters and its figures. A new edition starts as a copy
 * of the last one's folder, and the last one can still be built as it was published.
 */
export const editionFolder = (templates: string, year: number): string => join(templates, 'editions', String(year));

export async function readChapters(templates: string, year: number, effects: Effects, text: ReadText): Promise<TextFile[]> {
  const dir = join(editionFolder(templates, year), 'chapters');
  const hasChapters = (await effects.listFolders(editionFolder(templates, year))).includes('chapters');
  const sources = hasChapters ? await readFolder(dir, /\.md$/, effects, text) : [];
  if (sources.length === 0) throw new FatalDiagnostics([{ file: dir, rule: 'build/no-chapters', severity: 'error', message: messages.noChapters(dir) }]);
  return sources;
}

export const readFigureSpecs = (templates: string, year: number, effects: Effects, text: ReadText): Promise<TextFile[]> =>
  readFolder(join(editionFolder(templates, year), 'figures'), /\.vl\.json$/, effects, text);

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
