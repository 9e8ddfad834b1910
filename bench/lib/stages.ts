/**
 * The report's stages, called one by one as pipeline/build.ts calls them (its exported stage functions and input
 * readers, with the real file effects), each timed alone. What build.ts reads inside a step (the case data for
 * ingest, the specs and the world map for figures) is read inside the timed stage here too; what it reads between
 * steps (editions, chapters, templates) is not. The output is written to a folder of the caller's, not swapped in.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
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
  type StageResults,
} from '../../pipeline/build.ts';
import type { ChaptersCache } from '../../pipeline/chapters/index.ts';
import { buildHtmlEdition, type HtmlEditionCache } from '../../pipeline/editions/html/index.ts';
import type { EditionFile, EditionInput } from '../../pipeline/editions/layout.ts';
import { creationDate, openPrinter, PRINT_PAGE, printPdfEdition, resolveBrowser } from '../../pipeline/editions/pdf/index.ts';
import { memoryCache } from '../../pipeline/cache/memory.ts';
import { nodeEffects, type Effects } from '../../pipeline/effects.ts';
import type { DrawingCache } from '../../pipeline/figures/cache.ts';
import { startSchemaValidator } from '../../pipeline/figures/index.ts';
import { ingest } from '../../pipeline/ingest/index.ts';

export const STAGES = ['ingest', 'stats', 'figures', 'chapters', 'html', 'pdf'] as const;
export type StageName = (typeof STAGES)[number];

/** The build's inputs, as its options name them. */
export interface ChainInputs {
  data: readonly string[];
  reference: string;
  templates: string;
}

export interface ChainRun {
  /** Milliseconds each stage took. */
  ms: Partial<Record<StageName, number>>;
  /** The process's peak resident memory once each stage was done, in bytes (it only grows). */
  peakRss: Partial<Record<StageName, number>>;
  /** Accepted records, to check that the run saw the data it was meant to. */
  cases: number;
  results?: StageResults;
  editionInput?: EditionInput;
}

const quiet: Effects = nodeEffects({ info: () => {}, diagnostic: () => {} }, { start: () => ({ done: () => {} }) });
const text = textReader(quiet);
const peakRss = () => process.resourceUsage().maxRSS * 1024;
/** Drawings kept for this process, as a long-running build or the preview keeps them: a warm run reuses them. */
const drawings: DrawingCache = memoryCache();

/** Writes files under `folder`, making the folders they need. */
export async function writeFiles(folder: string, files: readonly EditionFile[]): Promise<void> {
  for (const file of files) {
    const target = join(folder, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.content);
  }
}

/**
 * Runs the stages in order up to `last`, as `report build` does; the HTML edition is written to `out/html` and the
 * print page to `out/print`, the PDF to `out/report.pdf`.
 */
export async function runChain(inputs: ChainInputs, last: StageName, out: string): Promise<ChainRun> {
  const run: ChainRun = { ms: {}, peakRss: {}, cases: 0 };
  const step = async <T>(name: StageName, stage: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const value = await stage();
    run.ms[name] = performance.now() - start;
    run.peakRss[name] = peakRss();
    return value;
  };
  startSchemaValidator();
  const editions = await loadEditions(inputs.templates, quiet, text);
  const edition = selectEdition(editions, inputs);

  const ingested = await step('ingest', async () => ingest({ ...(await readCaseData(inputs, quiet)), editions }));
  run.cases = ingested.cases.length;
  if (ingested.rejected.length > 0) throw new Error(`${ingested.rejected.length} records rejected: ${ingested.diagnostics[0]?.message ?? ''}`);
  const stats = await step('stats', () => editionStats(ingested, edition));
  if (last === 'stats') return run;

  const chapterSources = await readChapters(inputs.templates, edition.year, quiet, text);
  const figures = await step('figures', async () => editionFigures(await readFigureSpecs(inputs.templates, edition.year, quiet, text), { stats, atlas: await readAtlas(text), chapterSources, drawings }));
  failOnErrors(figures.diagnostics);
  if (last === 'figures') return run;

  const made = { edition, ingested, stats, figures: figures.figures };
  const chapters = await step('chapters', () => editionChapters(chapterSources, made));
  failOnErrors(chapters.diagnostics);
  run.results = { ...made, chapters: chapters.chapters };
  if (last === 'chapters') return run;

  run.editionInput = editionInputOf(run.results, await readEditionTemplates(inputs.templates, quiet, text));
  const html = await step('html', () => buildHtmlEdition(run.editionInput!));
  await writeFiles(join(out, 'html'), html);
  if (last === 'html') return run;

  const pdf = await step('pdf', () => printPdf(run.editionInput!, out));
  await writeFile(join(out, 'report.pdf'), pdf);
  return run;
}

/** The build's `pdf` step: find and open the browser, print (draft, then with page numbers), close it. */
async function printPdf(input: EditionInput, out: string): Promise<Uint8Array> {
  const printer = await openPrinter({ executablePath: (await resolveBrowser()).executablePath });
  try {
    const folder = join(out, 'print');
    const printed = await printPdfEdition(input, {
      printer,
      writeFiles: async (files) => {
        await writeFiles(folder, files);
        return resolve(folder, PRINT_PAGE);
      },
      creationDate: creationDate(input.edition, process.env['SOURCE_DATE_EPOCH']),
    });
    return printed.pdf;
  } finally {
    await printer.close();
  }
}

/** Wall time, and the process's CPU time, which other processes on a busy machine do not stretch. */
export interface EditTime {
  ms: number;
  cpuMs: number;
}

/** What the preview keeps between saves, so that a save redoes only the chapter and the pages it changed. */
const chaptersCache: ChaptersCache = { templates: memoryCache(), markdown: memoryCache() };
const htmlCache: HtmlEditionCache = { pages: memoryCache(), readings: memoryCache() };

/**
 * After one chapter's source changed, as the preview redoes it: read the chapters again, render them (every one is
 * asked for, since numbers and references span chapters, but an unchanged one comes from the caches) and the HTML
 * edition, and write it.
 */
export async function rebuildHtmlAfterChapterEdit(inputs: ChainInputs, previous: EditionInput, results: StageResults, out: string): Promise<EditTime> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const sources = await readChapters(inputs.templates, results.edition.year, quiet, text);
  const chapters = await editionChapters(sources, results, chaptersCache);
  failOnErrors(chapters.diagnostics);
  const input = editionInputOf({ ...results, chapters: chapters.chapters }, previous.templates);
  await writeFiles(join(out, 'html'), buildHtmlEdition(input, htmlCache));
  const { user, system } = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (user + system) / 1000 };
}
