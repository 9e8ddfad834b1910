/**
 * A build whose output folder already holds what it would make is not run again. The build's record, kept in the
 * build's cache (which is per code version), lists every read the last build of that folder made through its effects
 * with a digest of what it got, and every file it wrote with its digest. A new build makes the same reads again: when
 * each gives the same digest, the browser is the same one and the folder holds exactly the files written, the last
 * build's result stands, and no stage runs, nor is even loaded. Anything else runs the build, whose stages still
 * reuse what the cache kept. The reads are the build's own, recorded as it made them, so a new kind of input needs
 * nothing here.
 */
import { join, resolve } from 'node:path';
import type { BuildOptions, BuildResult } from '../build.ts';
import { browserIdentity, resolveBrowser } from '../editions/pdf/browser.ts';
import { OUTPUT_MARKER, type Effects, type OutputFile } from '../effects.ts';
import { messages } from '../messages.ts';
import { cacheKey, digestOf } from './index.ts';

type ReadKind = 'file' | 'isDirectory' | 'files' | 'folders';

interface Read {
  kind: ReadKind;
  path: string;
  digest: string;
}

interface BuildRecord {
  browser: string;
  reads: Read[];
  /** Every file in the output folder but its marker, by its path there, with its digest. */
  outputs: Record<string, string>;
  result: BuildResult;
  /** What the build told the user on its way (a request the print page made and did not get…), told again. */
  notes: string[];
}

export interface IncrementalBuild {
  result: BuildResult;
  /** Nothing had changed: the output folder was left as it was. */
  upToDate: boolean;
}

/** `build` run with `effects`, unless the output folder is already what it would make. */
export async function buildIfChanged(
  options: BuildOptions,
  effects: Effects,
  build: (effects: Effects) => Promise<BuildResult>,
): Promise<IncrementalBuild> {
  const key = recordKey(options);
  const record = effects.cache.get(key) as BuildRecord | undefined;
  if (record !== undefined && (await stillCurrent(record, options, effects))) {
    effects.progress.start('build').done(messages.upToDate(options.out));
    record.notes.forEach((note) => effects.log.info(note));
    return { result: record.result, upToDate: true };
  }
  const traced = tracing(effects);
  const result = await build(traced.effects);
  const browser = await identityOf(options);
  if (browser !== undefined) effects.cache.set(key, { browser, ...traced.record(), result } satisfies BuildRecord);
  return { result, upToDate: false };
}

/** One record per output folder and the options that decide its content; relative paths are read from `cwd`. */
function recordKey(options: BuildOptions): string {
  const { data, reference, templates, out, year, strict } = options;
  return cacheKey('build', { cwd: process.cwd(), data, reference, templates, out: resolve(out), year, strict, sourceDateEpoch: process.env['SOURCE_DATE_EPOCH'] });
}

/** The browser that would print, or undefined when there is none (the build then says what to install). */
async function identityOf(options: BuildOptions): Promise<string | undefined> {
  try {
    return options.browser ? (await options.browser()).identity : browserIdentity((await resolveBrowser()).executablePath);
  } catch {
    return undefined;
  }
}

/**
 * Whether the record still describes the build: checked while holding the output folder's lock, so that no other
 * build swaps the folder in the meantime (and one that holds it is reported as such).
 */
async function stillCurrent(record: BuildRecord, options: BuildOptions, effects: Effects): Promise<boolean> {
  const staging = await effects.stage(options.out);
  try {
    return (
      (await identityOf(options)) === record.browser &&
      (await readsUnchanged(record.reads, effects)) &&
      sameFiles(await outputDigests(options.out, effects), record.outputs)
    );
  } catch {
    // An input or output that cannot be read now: the build will say why.
    return false;
  } finally {
    await staging.discard();
  }
}

async function readsUnchanged(reads: readonly Read[], effects: Effects): Promise<boolean> {
  for (const read of reads) {
    if (digestOf(await perform(read.kind, read.path, effects)) !== read.digest) return false;
  }
  return true;
}

function perform(kind: ReadKind, path: string, effects: Effects): Promise<unknown> {
  switch (kind) {
    case 'file':
      return effects.readFile(path);
    case 'isDirectory':
      return effects.isDirectory(path);
    case 'files':
      return effects.listFiles(path);
    case 'folders':
      return effects.listFolders(path);
  }
}

/** Every file under `out` but the marker, by its path there, with its digest. */
async function outputDigests(out: string, effects: Effects, folder = ''): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  const dir = join(out, folder);
  for (const name of await effects.listFiles(dir)) {
    if (folder === '' && name === OUTPUT_MARKER) continue;
    digests[join(folder, name)] = digestOf(await effects.readFile(join(dir, name)));
  }
  for (const name of await effects.listFolders(dir)) Object.assign(digests, await outputDigests(out, effects, join(folder, name)));
  return digests;
}

const sameFiles = (found: Record<string, string>, written: Record<string, string>): boolean =>
  Object.keys(found).length === Object.keys(written).length && Object.entries(found).every(([path, digest]) => written[path] === digest);

/** The effects, recording what the build reads, writes and tells the user. */
function tracing(effects: Effects): { effects: Effects; record: () => Omit<BuildRecord, 'browser' | 'result'> } {
  const reads = new Map<string, Read>();
  const outputs: Record<string, string> = {};
  const notes: string[] = [];
  const traced =
    <T>(kind: ReadKind, read: (path: string) => Promise<T>) =>
    async (path: string): Promise<T> => {
      const value = await read(path);
      reads.set(`${kind} ${path}`, { kind, path, digest: digestOf(value) });
      return value;
    };
  const wrote = (files: readonly OutputFile[]) => files.forEach((file) => (outputs[file.path] = digestOf(file.content)));
  return {
    effects: {
      ...effects,
      readFile: traced('file', (path) => effects.readFile(path)),
      isDirectory: traced('isDirectory', (path) => effects.isDirectory(path)),
      listFiles: traced('files', (path) => effects.listFiles(path)),
      listFolders: traced('folders', (path) => effects.listFolders(path)),
      async stage(out) {
        const staging = await effects.stage(out);
        return { ...staging, write: async (files) => (await staging.write(files), wrote(files)) };
      },
      log: { info: (text) => (notes.push(text), effects.log.info(text)), diagnostic: (diagnostic) => effects.log.diagnostic(diagnostic) },
    },
    record: () => ({ reads: [...reads.values()], outputs, notes }),
  };
}
