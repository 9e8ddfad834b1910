/**
 * Everything the build does to the outside world goes through an `Effects` object: reading inputs, writing the
 * output folder, logging and progress. The CLI passes the real one; tests pass a fake and assert what was asked.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { noCache, type Cache } from './cache/index.ts';
import { EnvironmentError, UsageError, type Diagnostic } from './diagnostics.ts';
import { messages } from './messages.ts';

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
 * An output folder being built beside the real one, while a lock keeps other builds off it. Nothing reaches `out`
 * until `commit`, so a failed build leaves the previous edition whole.
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
  /**
   * Locks `out` and starts a new staging folder for it; fails when another build holds the lock, or when `out` holds
   * something other than a previous build.
   */
  stage(out: string): Promise<Staging>;
  /** Where the build keeps what it made, to reuse it when its inputs have not changed. */
  cache: Cache;
  log: Logger;
  progress: Progress;
}

/** Marks a folder as the build's own, so a build never replaces a folder it did not make. */
export const OUTPUT_MARKER = '.report-output';

export function nodeEffects(log: Logger, progress: Progress, cache: Cache = noCache): Effects {
  return {
    // A Buffer is a Uint8Array already: copying it would double the memory of an 80,000-case file.
    readFile: (path) => readFile(path),
    isDirectory: async (path) => (await stat(path)).isDirectory(),
    listFiles: async (dir) => (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name).sort(),
    listFolders: async (dir) => (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort(),
    stage: (out) => createStaging(out),
    cache,
    log,
    progress,
  };
}

async function createStaging(out: string): Promise<Staging> {
  await mkdir(dirname(out), { recursive: true });
  const lock = await takeLock(out);
  // Beside `out`: the folder being built, and the last output while the new one replaces it.
  const dir = `${out}.staging-${process.pid}`;
  const previous = `${out}.previous-${process.pid}`;
  // Synchronous, so that it also runs when the process exits at once (a second Ctrl-C, puppeteer's own SIGINT handler).
  const abandon = () => {
    process.off('exit', abandon);
    rmSync(dir, { recursive: true, force: true });
    putBack(out, previous);
    lock.release();
  };
  process.on('exit', abandon);
  try {
    await clearAbandoned(out);
    await assertReplaceable(out);
    await mkdir(dir);
    await writeFile(join(dir, OUTPUT_MARKER), 'Built by the report pipeline; replaced whole by each build.\n');
  } catch (error) {
    abandon();
    throw error;
  }
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
      // Two renames: the old folder is kept until the new one is in place, then removed. Should the process die
      // between them, `abandon` (on exit) or the next build (`clearAbandoned`) puts the old folder back.
      if (existsSync(out)) await rename(out, previous);
      await rename(dir, out);
      await rm(previous, { recursive: true, force: true });
      abandon();
    },
    discard: async () => abandon(),
  };
}

/**
 * The last output, put back if a commit stopped between its two renames (`out` is missing), else removed.
 * Synchronous, like `abandon`.
 */
function putBack(out: string, previous: string): void {
  if (!existsSync(previous)) return;
  if (existsSync(out)) rmSync(previous, { recursive: true, force: true });
  else renameSync(previous, out);
}

/**
 * What builds killed outright (the OOM killer, `kill -9`) left beside `out`: their staging folders, and the last
 * output if one died while committing. Only called under the lock, so no other build is using them.
 */
async function clearAbandoned(out: string): Promise<void> {
  const parent = dirname(out);
  for (const name of await readdir(parent)) {
    const kind = name.startsWith(basename(out)) ? /^\.(staging|previous)-\d+$/.exec(name.slice(basename(out).length))?.[1] : undefined;
    if (kind === 'previous') putBack(out, join(parent, name));
    if (kind === 'staging') await rm(join(parent, name), { recursive: true, force: true });
  }
}

export class OutputLockedError extends EnvironmentError {}

interface Lock {
  release(): void;
}

/** How often a lock left by a dead build is taken over before giving up (another build is taking it too). */
const LOCK_ATTEMPTS = 3;

/**
 * Takes `<out>.lock`, a file holding the pid of the build that owns `out`. It is written whole under another name and
 * linked into place, which fails when the lock exists: two builds cannot both take it, and a reader never finds it
 * empty. A lock whose process is gone (a build killed outright) is taken over.
 */
async function takeLock(out: string): Promise<Lock> {
  const path = `${out}.lock`;
  const mine = `${path}.${process.pid}`;
  await writeFile(mine, `${process.pid}\n`);
  try {
    let holder: number | undefined;
    for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      try {
        await link(mine, path);
        return { release: () => void (lockHolder(path) === process.pid && rmSync(path, { force: true })) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      holder = lockHolder(path);
      if (holder !== undefined && isRunning(holder)) break;
      // Removed only if it still names the dead process: another build may have taken it over meanwhile.
      if (lockHolder(path) === holder) await unlink(path).catch(() => undefined);
    }
    throw new OutputLockedError(messages.outputLocked(out, holder, path));
  } finally {
    await rm(mine, { force: true });
  }
}

/** The pid in a lock file; undefined when there is none or it holds something else. */
function lockHolder(path: string): number | undefined {
  try {
    const pid = Number(readFileSync(path, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Signal 0 checks that a process exists without touching it; EPERM means it exists under another user. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function assertReplaceable(out: string): Promise<void> {
  if (!existsSync(out)) return;
  const entries = await readdir(out);
  if (entries.length > 0 && !entries.includes(OUTPUT_MARKER)) {
    throw new UsageError(`refusing to replace ${out}: it is not empty and was not made by the report build (no ${OUTPUT_MARKER} file)`);
  }
}
