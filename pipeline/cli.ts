/**
 * The `report` command: parses arguments, wires the real effects to the build, prints diagnostics like a compiler
 * and sets the exit code (0 success, 1 invalid input, 2 wrong usage, 128 + the signal's number when interrupted).
 * It holds no pipeline logic.
 */
import { constants } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import type { BuildOptions } from './build.ts';
import { diskCache, noCache, type Cache } from './cache/index.ts';
import { buildIfChanged } from './cache/up-to-date.ts';
import { EnvironmentError, FatalDiagnostics, formatDiagnostic, UsageError } from './diagnostics.ts';
import { nodeEffects, type Effects, type Logger, type Progress } from './effects.ts';
import { messages } from './messages.ts';
import type { PreviewOptions } from './preview/index.ts';

const EXIT_INVALID_INPUT = 1;
const EXIT_USAGE = 2;

const logger: Logger = {
  info: (text) => console.error(text),
  diagnostic: (d) => console.error(formatDiagnostic(d)),
};

/**
 * The stages and the preview are loaded when a command needs them: a build with nothing to do, or `--help`, should
 * not wait the second their libraries (Vega, puppeteer, unified…) take to load.
 */
const loadBuild = async () => (await import('./build.ts')).build;

/** A spinner per stage with its time on a terminal; nothing when output goes to a file or CI log. */
async function terminalProgress(): Promise<Progress> {
  // A pseudo-terminal without a size (0 columns) sends the spinner's line arithmetic into an endless loop.
  if (!process.stderr.isTTY || !(process.stderr.columns > 0)) return { start: () => ({ done: () => {} }) };
  const { default: ora } = await import('ora');
  return {
    start(stage) {
      const started = performance.now();
      const spinner = ora({ text: stage, stream: process.stderr }).start();
      return {
        done(detail) {
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          spinner.succeed(`${stage} ${detail ? `(${detail}) ` : ''}${seconds} s`);
        },
      };
    },
  };
}

const parseYear = (value: string): number => {
  const year = Number(value);
  if (!Number.isInteger(year)) throw new InvalidArgumentError('expected a year, e.g. 2024');
  return year;
};

const parsePort = (value: string): number => {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0: any free port)');
  return port;
};

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** The options naming the inputs, shared by every command. */
function withInputOptions(command: Command): Command {
  return command
    .option('--data <file or folder>', 'case data: a .csv, .json or .xlsx file, or a folder of them (repeatable)', collect)
    .option('--reference <folder>', 'folder with countries.csv and regions.csv', 'data')
    .option('--templates <folder>', 'templates folder (editions, chapters, figures, layouts, styles)', 'templates')
    .option('--year <year>', 'edition to build (default: the latest configured)', parseYear);
}

function withBuildOptions(command: Command): Command {
  return withInputOptions(command)
    .option('--out <folder>', 'output folder, replaced whole by a successful build', 'output')
    .option('--strict', 'treat any rejected record as fatal', false);
}

/** `build` only: `check` writes nothing, not even the cache. */
function withCacheOptions(command: Command): Command {
  return command
    .option('--cache <folder>', 'where figures, chapters and the PDF are kept, to reuse while their inputs do not change', '.cache/report')
    .option('--no-cache', 'make everything again, without reading or writing the cache');
}

interface ParsedInputOptions {
  data?: string[];
  reference: string;
  templates: string;
  year?: number;
}

interface ParsedOptions extends ParsedInputOptions {
  out: string;
  strict: boolean;
  /** The cache folder, false for --no-cache; not given to `check`. */
  cache?: string | false;
}

function toInputOptions(parsed: ParsedInputOptions): Pick<BuildOptions, 'data' | 'reference' | 'templates' | 'year'> {
  const options = { data: parsed.data ?? ['data/cases'], reference: parsed.reference, templates: parsed.templates };
  return parsed.year === undefined ? options : { ...options, year: parsed.year };
}

function toBuildOptions(parsed: ParsedOptions, mode: BuildOptions['mode']): BuildOptions {
  return { ...toInputOptions(parsed), out: parsed.out, strict: parsed.strict, mode };
}

function cacheOf(parsed: ParsedOptions): Cache {
  const { cache } = parsed;
  return cache === undefined || cache === false ? noCache : diskCache(cache, (reason) => logger.info(messages.cacheNotWritten(cache, reason)));
}

/** The build stopped by a signal; the CLI exits with 128 + the signal's number, as a shell reports it. */
class Interrupted extends Error {
  readonly exitCode: number;
  constructor(signal: NodeJS.Signals) {
    super(messages.interrupted(signal));
    this.exitCode = 128 + constants.signals[signal];
  }
}

/** Ctrl-C, and `kill`'s default signal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `work` with a signal that the first Ctrl-C (or SIGTERM) aborts: the build stops and discards its staging
 * folder. A second one exits at once, as may puppeteer's own SIGINT handler while the browser is open; the staging
 * folder's exit hook cleans up either way, and the message is printed at once for that reason.
 */
async function interruptible<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stop = (signal: NodeJS.Signals) => {
    const interrupted = new Interrupted(signal);
    if (controller.signal.aborted) process.exit(interrupted.exitCode);
    logger.info(`report: ${interrupted.message}`);
    controller.abort(interrupted);
  };
  for (const signal of STOP_SIGNALS) process.on(signal, stop);
  try {
    return await work(controller.signal);
  } finally {
    for (const signal of STOP_SIGNALS) process.off(signal, stop);
  }
}

async function run(parsed: ParsedOptions, mode: BuildOptions['mode']): Promise<void> {
  const options = toBuildOptions(parsed, mode);
  const started = performance.now();
  const effects = nodeEffects(logger, await terminalProgress(), cacheOf(parsed));
  const { result, upToDate } = await interruptible(async (signal) => {
    const build = async (given: Effects) => (await loadBuild())({ ...options, signal }, given);
    return mode === 'check' ? { result: await build(effects), upToDate: false } : buildIfChanged(options, effects, build);
  });
  for (const diagnostic of result.diagnostics) logger.diagnostic(diagnostic);
  // `check` writes no rejected.csv: its diagnostics are the list.
  const rejectedList = options.mode === 'check' ? 'the diagnostics above' : join(options.out, 'rejected.csv');
  if (result.rejected > 0) logger.info(messages.rejectedRows(result.rejected, rejectedList));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const count = new Intl.NumberFormat('en-GB').format;
  const summary = `${result.edition.title}: ${count(result.editionCases)} cases (${count(result.recordsRead)} records read, ${count(result.rejected)} rejected)`;
  logger.info(options.mode === 'check' ? `${summary}; data and templates are valid (${seconds} s)` : `${summary}; ${upToDate ? 'up to date' : 'built'} ${options.out}/ (${result.written.length} files, ${seconds} s)`);
  // A check passes only when every record was accepted: it is the editor's "is my data clean?" question.
  if (options.mode === 'check' && result.rejected > 0) process.exitCode = EXIT_INVALID_INPUT;
}

/** Serves the preview until Ctrl+C, then closes it. */
async function preview(options: PreviewOptions): Promise<void> {
  const { startPreview } = await import('./preview/index.ts');
  const running = await startPreview(options, nodeEffects(logger, await terminalProgress()));
  await new Promise((resolve) => process.once('SIGINT', resolve));
  await running.close();
  logger.info(messages.previewStopped());
}

export function createProgram(): Command {
  const program = new Command('report')
    .description('Build the Global Trends in Government Innovation report from its case data.')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  withCacheOptions(withBuildOptions(program.command('build', { isDefault: true }).description('build the HTML and PDF editions (the default command)'))).action(
    (parsed: ParsedOptions) => run(parsed, 'build'),
  );
  withBuildOptions(program.command('check').description('validate data and templates; write nothing')).action((parsed: ParsedOptions) =>
    run(parsed, 'check'),
  );
  withInputOptions(program.command('preview').description('serve the HTML edition at http://127.0.0.1:<port>, refreshed as its inputs are saved'))
    .option('--port <port>', 'port to listen on (0: any free port)', parsePort, 4321)
    .action((parsed: ParsedInputOptions & { port: number }) => preview({ ...toInputOptions(parsed), port: parsed.port }));
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help ends through here too, with exit code 0; commander has already printed what was wrong.
      return error.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    // Its message was printed when the signal came.
    if (error instanceof Interrupted) return error.exitCode;
    if (error instanceof UsageError) {
      logger.info(`report: ${error.message}`);
      return EXIT_USAGE;
    }
    if (error instanceof EnvironmentError) {
      logger.info(`report: ${error.message}`);
      return EXIT_INVALID_INPUT;
    }
    if (error instanceof FatalDiagnostics) {
      for (const diagnostic of error.diagnostics) logger.diagnostic(diagnostic);
      return EXIT_INVALID_INPUT;
    }
    throw error;
  }
}

// Run when executed (tsx pipeline/cli.ts, bin/report.js), not when imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
