/**
 * Everything the build does to the outside world goes through an `Effects` object: reading inputs, writing the
 * output folder, logging and progress. The CLI passes the real one; tests pass a fake and assert what was asked.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError, type Diagnostic } from './diagnostics.ts';

/** A file of the build's output, relative to the output folder. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

export interface StageProgress {
  /** Marks the stage done, with a short detail ("800 cases"). */
  done(detail?: string): void;
}

export interface Progress {
  start(stage: string): StageProgress;
}

export interface Logger {
  info(text: string): void;
  diagnostic(diagnostic: Diagnostic): void;
}

/**
 * An output folder being built beside the real one. Nothing reaches `out` until `commit`, so a failed build leaves
 * the previous edition whole.
 */
export interface Staging {
  /** Absolute path of the staging folder, for the browser to load printed pages from. */
  readonly dir: string;
  write(files: readonly OutputFile[]): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export interface Effects {
  readFile(path: string): Promise<Uint8Array>;
  /** Whether the path is a folder (false for a file; throws when it does not exist). */
  isDirectory(path: string): Promise<boolean>;
  /** Names of the files in a folder, sorted. */
  listFiles(dir: string): Promise<string[]>;
  /** Names of the folders in a folder, sorted. */
  listFolders(dir: string): Promise<string[]>;
  /** Starts a new staging folder for `out`; fails when `out` holds something other than a previous build. */
  stage(out: string): Promise<Staging>;
  log: Logger;
  progress: Progress;
}

/** Marks a folder as the build's own, so a build never replaces a folder it did not make. */
export const OUTPUT_MARKER = '.report-output';

export function nodeEffects(log: Logger, progress: Progress): Effects {
  return {
    readFile: async (path) => new Uint8Array(await readFile(path)),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    listFiles: async (dir) => (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort(),
    listFolders: async (dir) => (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort(),
    stage: (out) => createStaging(out),
    log,
    progress,
  };
}

async function createStaging(out: string): Promise<Staging> {
  await assertReplaceable(out);
  const dir = `${out}.staging-${process.pid}`;
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, OUTPUT_MARKER), 'Built by the report pipeline; replaced whole by each build.\n');
  return {
    dir,
    async write(files) {
      for (const file of files) {
        const target = join(dir, file.path);
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, file.content);
      }
    },
    async commit() {
      // Two renames: the old folder is kept until the new one is in place, then removed.
      const previous = `${out}.previous-${process.pid}`;
      const hadPrevious = existsSync(out);
      if (hadPrevious) await rename(out, previous);
      await rename(dir, out);
      if (hadPrevious) await rm(previous, { recursive: true, force: true });
    },
    discard: () => rm(dir, { recursive: true, force: true }),
  };
}

async function assertReplaceable(out: string): Promise<void> {
  if (!existsSync(out)) return;
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw new UsageError(`refusing to replace ${out}: it is not empty and was not made by the report build (no ${OUTPUT_MARKER} file)`);
  }
}
