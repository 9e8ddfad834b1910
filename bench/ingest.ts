/**
 * Time and peak memory of the ingest stage alone, on generated data (`npm run sample-data -- --cases N --out DIR`).
 * Each run is a fresh process, so the peak memory is that of one ingest; the table gives the median of the runs.
 *
 * Run: npx tsx bench/ingest.ts --data /tmp/s80k [--data /tmp/s8k] [--runs 3]
 * One run, in this process, printed as JSON (to profile: `node --import tsx --cpu-prof bench/ingest.ts --once DIR`): --once DIR
 */
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEditions } from '../pipeline/build.ts';
import { nodeEffects } from '../pipeline/effects.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import type { SourceFile } from '../pipeline/ingest/types.ts';
import { median } from './lib/timing.ts';

interface Measured {
  ms: number;
  /** CPU time of the process during ingest (all its threads: the collector's helpers too). */
  cpuMs: number;
  peakMiB: number;
  cases: number;
  rejected: number;
  /** Resident memory just before ingest: the imports and the files' bytes. */
  beforeMiB: number;
}

const templates = fileURLToPath(new URL('../templates', import.meta.url));
const peakMiB = () => (process.resourceUsage().maxRSS * 1024) / 2 ** 20;

async function once(dir: string): Promise<Measured> {
  const quiet = nodeEffects({ info: () => {}, diagnostic: () => {} }, { start: () => ({ done: () => {} }) });
  const editions = await loadEditions(templates, quiet, (path) => readFile(path, 'utf8'));
  // Read as the build's effects read them (a copy of each file's bytes), so the memory before ingest is the build's.
  const read = async (path: string): Promise<SourceFile> => ({ path, bytes: new Uint8Array(await readFile(path)) });
  const names = (await readdir(join(dir, 'cases'))).sort();
  const input = {
    files: await Promise.all(names.map((name) => read(join(dir, 'cases', name)))),
    countries: await read(join(dir, 'countries.csv')),
    regions: await read(join(dir, 'regions.csv')),
    editions,
  };
  const beforeMiB = process.memoryUsage().rss / 2 ** 20;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await ingest(input);
  const ms = performance.now() - start;
  const { user, system } = process.cpuUsage(cpu);
  return { ms, cpuMs: (user + system) / 1000, peakMiB: peakMiB(), cases: result.cases.length, rejected: result.rejected.length, beforeMiB };
}

const { values } = parseArgs({
  options: { data: { type: 'string', multiple: true }, runs: { type: 'string', default: '3' }, once: { type: 'string' } },
  strict: true,
});

if (values.once !== undefined) {
  console.log(JSON.stringify(await once(values.once)));
} else {
  const self = fileURLToPath(import.meta.url);
  for (const dir of values.data ?? []) {
    const runs: Measured[] = [];
    for (let run = 0; run < Number(values.runs); run++) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', self, '--once', dir], { encoding: 'utf8' });
      runs.push(JSON.parse(output.trim().split('\n').at(-1)!) as Measured);
    }
    const { cases, rejected } = runs[0]!;
    const times = runs.map((r) => r.ms.toFixed(0)).join(', ');
    console.log(
      `${dir}: ${cases.toLocaleString('en-GB')} cases, ${rejected} rejected: ingest ${median(runs.map((r) => r.ms)).toFixed(0)} ms ` +
        `(runs ${times}; CPU ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms), peak ${median(runs.map((r) => r.peakMiB)).toFixed(0)} MiB (${median(runs.map((r) => r.beforeMiB)).toFixed(0)} MiB before ingest), ${(median(runs.map((r) => r.ms)) * 1000 / cases).toFixed(1)} µs a case`,
    );
  }
}
