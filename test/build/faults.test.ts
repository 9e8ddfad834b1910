/**
 * A build that fails, however it fails, leaves the previous output complete and untouched and nothing beside it
 * (no staging folder, no lock). Each failure is injected through the effects or a fake browser; the real Chromium
 * is started only to see it refuse to start. A cache in memory keeps the figures and chapters of the first build,
 * so each failing build costs little more than ingest.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, BrowserCrashError, OutputWriteError, type BuildOptions } from '../../pipeline/build.ts';
import { BrowserLaunchError, openPrinter, PrintTimeoutError } from '../../pipeline/editions/pdf/index.ts';
import { OutputLockedError, type Effects } from '../../pipeline/effects.ts';
import { messages } from '../../pipeline/messages.ts';
import { besideOutput, checksums, fakeBrowser, fakePrint, fakePrinter, inputs, memoryCache, quietEffects } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'report-faults-'));
const out = join(work, 'output');
const lock = `${out}.lock`;
const staged = (path: string) => join(`${out}.staging-${process.pid}`, path);
const cache = memoryCache();
let before: Record<string, string>;

beforeAll(async () => {
  await build({ ...inputs(out), browser: fakeBrowser('good') }, quietEffects(cache));
  before = checksums(out);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs a build that must fail; checks that the output is as it was, with nothing left beside it. */
async function failedBuild(options: Partial<BuildOptions>, effects: Effects = quietEffects(cache)): Promise<unknown> {
  const failure: unknown = await build({ ...inputs(out), browser: fakeBrowser('good'), ...options }, effects).then(
    () => new Error('the build succeeded'),
    (error: unknown) => error,
  );
  expect(checksums(out)).toEqual(before);
  expect(besideOutput(out)).toEqual([]);
  return failure;
}

/** A dead process's pid: one that has just exited. */
const deadPid = () => spawnSync('true').pid!;

describe('a failure of the disk', () => {
  it('(a write failing with ENOSPC) is reported as a full disk', async () => {
    const effects = quietEffects(cache);
    const stage = effects.stage;
    effects.stage = async (target) => {
      const staging = await stage(target);
      const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      return { ...staging, write: async (files) => (files.some((f) => f.path.startsWith('pdf/')) ? Promise.reject(full) : staging.write(files)) };
    };
    const failure = await failedBuild({}, effects);
    expect(failure).toBeInstanceOf(OutputWriteError);
    expect((failure as Error).message).toBe(messages.outputNotWritten(out, 'no space left on the disk'));
  });
});

describe('a stage that throws', () => {
  it('(the HTML edition, on a broken layout) stops the build', async () => {
    const effects = quietEffects(cache);
    const read = effects.readFile;
    effects.readFile = async (path) => (path.endsWith('html-page.hbs') ? new TextEncoder().encode('{{#each pages}}') : read(path));
    expect(await failedBuild({}, effects)).toBeInstanceOf(Error);
    expect(effects.lines.some((line) => line.startsWith('html edition'))).toBe(false);
  });
});

describe('the browser', () => {
  it('crashing mid-print gives a clear error and is closed', async () => {
    let prints = 0;
    const printer = fakePrinter(async (input) => {
      if (++prints === 2) throw new Error('Protocol error (Page.printToPDF): Target closed');
      return fakePrint(input);
    });
    const failure = await failedBuild({ browser: fakeBrowser('crashes', printer) });
    expect(failure).toBeInstanceOf(BrowserCrashError);
    expect((failure as Error).message).toBe(messages.browserCrashed('Protocol error (Page.printToPDF): Target closed'));
    expect(printer.closed).toBeGreaterThan(0);
  });

  it('hanging mid-print times out with a clear error and is closed', async () => {
    const printer = fakePrinter(() => new Promise(() => {}));
    const failure = await failedBuild({ browser: fakeBrowser('hangs', printer), printTimeoutMs: 300 });
    expect(failure).toBeInstanceOf(PrintTimeoutError);
    expect((failure as Error).message).toBe(messages.printTimedOut(staged('print/print.html'), 0.3));
    expect(printer.closed).toBeGreaterThan(0);
  });

  it('not starting gives a clear error (the real launcher, on a binary that exits at once)', async () => {
    const failure = await failedBuild({ browser: async () => ({ identity: 'false', open: (timeoutMs) => openPrinter({ executablePath: '/bin/false', timeoutMs }) }) });
    expect(failure).toBeInstanceOf(BrowserLaunchError);
    expect((failure as Error).message).toContain('cannot start the browser "/bin/false"');
  });

  it('never answering when started times out with a clear error', async () => {
    const failure = await failedBuild({ browser: async () => ({ identity: 'mute', open: () => new Promise(() => {}) }), printTimeoutMs: 300 });
    expect(failure).toBeInstanceOf(BrowserLaunchError);
    expect((failure as Error).message).toBe(messages.browserNoAnswer(0.3));
  });
});

describe('an interrupted build', () => {
  it('stops the browser mid-print and throws the reason it was given', async () => {
    const controller = new AbortController();
    const reason = new Error('interrupted');
    const printer = fakePrinter(() => {
      setTimeout(() => controller.abort(reason), 50);
      return new Promise(() => {});
    });
    expect(await failedBuild({ browser: fakeBrowser('interrupted', printer), signal: controller.signal })).toBe(reason);
    expect(printer.closed).toBeGreaterThan(0);
  });

  it('stops before its next step', async () => {
    const controller = new AbortController();
    const reason = new Error('interrupted');
    const effects = quietEffects(cache);
    effects.progress = { start: (stage) => (stage === 'stats' && controller.abort(reason), { done: () => {} }) };
    expect(await failedBuild({ signal: controller.signal }, effects)).toBe(reason);
  });
});

describe('the output folder\'s lock', () => {
  it('held by a running build stops another with a clear error', async () => {
    writeFileSync(lock, `${process.pid}\n`);
    try {
      const effects = quietEffects(cache);
      const failure = await build({ ...inputs(out), browser: fakeBrowser('good') }, effects).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OutputLockedError);
      expect((failure as Error).message).toBe(messages.outputLocked(out, process.pid, lock));
      expect(effects.lines).toEqual([]);
      expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    } finally {
      rmSync(lock);
    }
    expect(checksums(out)).toEqual(before);
  });

  it('lets one of two builds started at once run, and stops the other', async () => {
    const results = await Promise.allSettled([1, 2].map(() => build({ ...inputs(out), browser: fakeBrowser('good') }, quietEffects(cache))));
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(OutputLockedError);
    expect(checksums(out)).toEqual(before);
    expect(besideOutput(out)).toEqual([]);
  });

  it('left by a build that was killed is taken over', async () => {
    writeFileSync(lock, `${deadPid()}\n`);
    await build({ ...inputs(out), browser: fakeBrowser('good') }, quietEffects(cache));
    expect(checksums(out)).toEqual(before);
    expect(besideOutput(out)).toEqual([]);
  });
});

describe('what a killed build left', () => {
  it('is cleared, and an output it was replacing is put back', async () => {
    const pid = deadPid();
    mkdirSync(`${out}.staging-${pid}/html`, { recursive: true });
    // Killed between the two renames of its commit: the output folder is missing, the last one is beside it.
    renameSync(out, `${out}.previous-${pid}`);
    const effects = quietEffects(cache);
    effects.progress = { start: (stage) => { if (stage === 'stats') throw new Error('stop here'); return { done: () => {} }; } };
    expect(await failedBuild({}, effects)).toEqual(new Error('stop here'));
  });
});
