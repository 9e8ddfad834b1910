/**
 * The `report build` command in child processes, with the real browser: two builds started at once on one output
 * folder, a build interrupted with Ctrl-C (SIGINT) while it prints, and a lock held by a running process.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { messages } from '../../pipeline/messages.ts';
import { besideOutput, checksums, ROOT } from './helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'report-cli-build-'));
const out = join(work, 'output');
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Running {
  pid: number;
  exited: () => boolean;
  done: Promise<{ code: number | null; stderr: string }>;
}

/** `report build --no-cache --out <out>`, started. */
function startBuild(): Running {
  const child = spawn('node', ['bin/report.js', 'build', '--no-cache', '--data', 'data/cases', '--out', out], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return {
    pid: child.pid!,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    done: new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr }))),
  };
}

const PDF = 'pdf/global-trends-2024.pdf';

describe('report build', { timeout: 120_000 }, () => {
  it('lets one of two builds started at once on the same output build it, and stops the other with exit code 1', async () => {
    const builds = [startBuild(), startBuild()];
    const results = await Promise.all(builds.map((b) => b.done));
    expect(results.map((r) => r.code).sort()).toEqual([0, 1]);
    const stopped = builds[results.findIndex((r) => r.code === 1)]!;
    const winner = builds.find((b) => b !== stopped)!;
    expect(results.find((r) => r.code === 1)!.stderr).toContain(messages.outputLocked(out, winner.pid, `${out}.lock`));
    expect(readFileSync(join(out, PDF), 'latin1')).toMatch(/^%PDF-[\s\S]*%%EOF\s*$/);
    expect(existsSync(join(out, 'html/index.html'))).toBe(true);
    expect(besideOutput(out)).toEqual([]);
  });

  it('interrupted by Ctrl-C while printing, exits 130 and leaves the output as it was', async () => {
    const before = checksums(out);
    const running = startBuild();
    // The print page is written to the staging folder just before the browser loads it.
    const printPage = join(`${out}.staging-${running.pid}`, 'print/print.html');
    while (!existsSync(printPage)) {
      if (running.exited()) expect.fail(`the build ended before it printed:\n${(await running.done).stderr}`);
      await sleep(20);
    }
    process.kill(running.pid, 'SIGINT');
    const { code, stderr } = await running.done;
    expect(code).toBe(130);
    expect(stderr).toContain(messages.interrupted('SIGINT'));
    expect(checksums(out)).toEqual(before);
    expect(besideOutput(out)).toEqual([]);
  });

  it('stops at once with exit code 1 when a running process holds the lock', async () => {
    const lock = `${out}.lock`;
    writeFileSync(lock, `${process.pid}\n`);
    try {
      const { code, stderr } = await startBuild().done;
      expect(code).toBe(1);
      expect(stderr).toContain(messages.outputLocked(out, process.pid, lock));
    } finally {
      rmSync(lock);
    }
  });
});
