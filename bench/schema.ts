/**
 * What it costs a process to have the Vega-Lite schema validator ready: from starting it to the verdict on one spec,
 * wall time and CPU time (all threads), each in a fresh process, with a fresh cache folder:
 *
 * - compiled:  the schema compiled in the worker thread, nothing cached (as before the generated module);
 * - cold:      no generated module yet: compiled, then the module generated and written (`keep`, timed apart);
 * - loaded:    the module loaded without V8's code cache, which is then written;
 * - warm:      the module loaded with its code cache, in the main thread and in the worker thread (as the build does).
 *
 * Prints the times (median of --runs processes, cold and loaded once), the ratios to `compiled` and the file sizes.
 *
 *   npx tsx bench/schema.ts [--runs 3]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { report, runNode } from './lib/child.ts';
import { formatMs, median } from './lib/timing.ts';

interface Timing {
  origin: string;
  /** From starting the validator to the first verdict. */
  wallMs: number;
  cpuMs: number;
  /** Writing what the cache lacks, after the first verdict (timed in the main thread only). */
  keepMs?: number;
}

const [mode, folder] = process.argv.slice(2);
if (mode === 'main' || mode === 'worker') report(await measure(mode, folder === 'none' ? null : folder!));
else await compare();

async function measure(where: 'main' | 'worker', cacheDir: string | null): Promise<Timing> {
  const spec = JSON.parse(readFileSync('templates/editions/2024/figures/cases-by-trend.vl.json', 'utf8')) as unknown;
  const { SchemaWorker } = await import('../pipeline/figures/schema.ts');
  const { schemaValidator } = await import('../pipeline/figures/schema-validator.js');
  const cpu = process.cpuUsage();
  const start = performance.now();
  if (where === 'worker') {
    if ((await new SchemaWorker(cacheDir).check(spec)).length > 0) throw new Error('the spec is invalid');
    return { origin: 'worker', wallMs: performance.now() - start, cpuMs: cpuMs(process.cpuUsage(cpu)) };
  }
  const validator = schemaValidator(cacheDir);
  if (!validator.validate(spec)) throw new Error('the spec is invalid');
  const wallMs = performance.now() - start;
  const cpuTime = cpuMs(process.cpuUsage(cpu));
  const kept = performance.now();
  validator.keep();
  return { origin: validator.origin, wallMs, cpuMs: cpuTime, keepMs: performance.now() - kept };
}

function cpuMs({ user, system }: NodeJS.CpuUsage): number {
  return (user + system) / 1000;
}

async function compare(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  const cache = mkdtempSync(join(tmpdir(), 'bench-schema-'));
  const child = async (where: string, cacheDir: string) => (await runNode<Timing>('bench/schema.ts', [where, cacheDir], { tsx: true })).result!;
  const repeated = async (where: string, cacheDir: string) => {
    const timings: Timing[] = [];
    for (let run = 0; run < runs; run++) timings.push(await child(where, cacheDir));
    return { ...timings[0]!, wallMs: median(timings.map((t) => t.wallMs)), cpuMs: median(timings.map((t) => t.cpuMs)) };
  };
  try {
    const rows: [string, Timing][] = [['compiled (worker)', await repeated('worker', 'none')]];
    rows.push(['cold (main)', await child('main', cache)]);
    rows.push(['loaded (main)', await child('main', cache)]);
    rows.push(['warm (main)', await repeated('main', cache)]);
    rows.push(['warm (worker)', await repeated('worker', cache)]);
    const [, now] = rows[0]!;
    for (const [name, timing] of rows) {
      const keep = timing.keepMs === undefined ? '' : `, then keep ${formatMs(timing.keepMs)}`;
      const ratio = `${(timing.wallMs / now.wallMs).toFixed(2)}× wall, ${(timing.cpuMs / now.cpuMs).toFixed(2)}× CPU`;
      console.log(`${name.padEnd(18)} ${timing.origin.padEnd(9)} first verdict ${formatMs(timing.wallMs).padStart(8)} wall, ${formatMs(timing.cpuMs).padStart(8)} CPU (${ratio})${keep}`);
    }
    for (const name of readdirSync(cache)) console.log(`${name}: ${(statSync(join(cache, name)).size / 2 ** 20).toFixed(1)} MiB`);
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
