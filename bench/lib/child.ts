/**
 * Runs a Node script in a fresh process and measures it from outside: the wall time, the process's peak memory
 * (`process.resourceUsage().maxRSS`, written by a preloaded hook as the process exits) and, for the bench's own
 * children, the result they print as one JSON line.
 *
 * The peak memory is the Node process's own: the browser the PDF step starts runs in processes of its own.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { KIB } from './timing.ts';

/** The project folder: children run from it, as `npm run …` does. */
export const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** The line a bench child prints its result on, before the JSON. */
const RESULT_PREFIX = 'BENCH-RESULT ';

// Written as the main thread exits; worker threads (the figures' schema validator) load the hook too and skip it.
const RSS_HOOK = [
  'import { writeFileSync } from "node:fs";',
  'import { isMainThread } from "node:worker_threads";',
  'const file = process.env.BENCH_RSS_FILE;',
  'if (isMainThread && file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));',
].join(' ');

export interface ChildRun<T> {
  /** From spawning the process to its exit. */
  wallMs: number;
  /** Peak resident memory of the Node process, in bytes. */
  peakRss: number;
  /** What a bench child reported with `report`; undefined for other scripts. */
  result: T | undefined;
}

export interface ChildOptions {
  /** Load TypeScript through tsx (the bench's own children); bin/report.js registers tsx itself. */
  tsx?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Runs `node <script> <args>` from the project folder; rejects with its output when it exits with an error. */
export function runNode<T = unknown>(script: string, args: readonly string[], options: ChildOptions = {}): Promise<ChildRun<T>> {
  const folder = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(folder, 'max-rss');
  const nodeArgs = [...(options.tsx ? ['--import', 'tsx'] : []), '--import', `data:text/javascript,${encodeURIComponent(RSS_HOOK)}`, script, ...args];
  const started = performance.now();
  const child = spawn(process.execPath, nodeArgs, { cwd: PROJECT, env: { ...process.env, ...options.env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const wallMs = performance.now() - started;
      try {
        if (code !== 0) throw new Error(`node ${[script, ...args].join(' ')} exited with ${signal ?? code}:\n${stderr}${stdout}`);
        const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
        const result = line === undefined ? undefined : (JSON.parse(line.slice(RESULT_PREFIX.length)) as T);
        resolve({ wallMs, peakRss: Number(readFileSync(rssFile, 'utf8')) * KIB, result });
      } catch (error) {
        reject(error);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });
}

/** Called by a bench child: hands its result to `runNode` in the parent. */
export function report(result: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
}
