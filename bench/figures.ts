/**
 * Time of the figures stage on the sample report: every spec in templates/editions/2024/figures, drawn from the
 * stats of the bundled sample data, in a fresh process. Run: npx tsx bench/figures.ts [--no-early-start]
 *
 * - cold: the first call in the process, with nothing cached. As in the build, the schema validator is started
 *   first (`startSchemaValidator`) and loads (or, the first time, compiles) in its worker thread while the sample
 *   data is read and counted; with --no-early-start it starts only with the first call, whose time includes that;
 * - warm, drawn: later calls with an empty cache, so every figure is drawn again;
 * - cached: later calls with the cache of an earlier call, as an unchanged figure costs in a rebuild.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CachedDrawing } from '../pipeline/figures/cache.ts';
import { computeStats } from '../pipeline/stats/index.ts';
import { medianOf } from './lib/timing.ts';
import { loadSample } from './sample.ts';

const earlyStart = !process.argv.includes('--no-early-start');
const processStart = performance.now();
const { renderFigures, startSchemaValidator } = await import('../pipeline/figures/index.ts');
const { memoryCache } = await import('../pipeline/cache/memory.ts');
const importTime = performance.now() - processStart;
if (earlyStart) startSchemaValidator();

const folder = 'templates/editions/2024/figures';
const specs = readdirSync(folder)
  .filter((name) => name.endsWith('.vl.json'))
  .map((name) => ({ path: join(folder, name), text: readFileSync(join(folder, name), 'utf8') }));
const atlas = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-atlas/countries-110m.json'), 'utf8')) as unknown;
const stats = computeStats(await loadSample());

async function time(cache = memoryCache<CachedDrawing>()): Promise<number> {
  const start = performance.now();
  const { figures, diagnostics } = await renderFigures({ specs, stats, atlas, cache });
  if (diagnostics.length > 0 || figures.length !== specs.length) throw new Error(`unexpected diagnostics: ${JSON.stringify(diagnostics)}`);
  return performance.now() - start;
}

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
const cache = memoryCache<CachedDrawing>();
const beforeCold = performance.now() - processStart;
const cold = await time(cache);
const warm = await medianOf(5, () => time());
const cached = await medianOf(5, () => time(cache));

console.log(`import of the stage (vega, vega-lite):  ${ms(importTime)}`);
console.log(`sample data read and counted:           ${ms(beforeCold - importTime)}${earlyStart ? '  (the schema validator loads meanwhile)' : ''}`);
console.log(`${specs.length} figures, cold (first call):      ${ms(cold)}${earlyStart ? '' : '  (includes loading the schema validator)'}`);
console.log(`${specs.length} figures, warm, drawn (median of 5): ${ms(warm)}`);
console.log(`${specs.length} figures, cached (median of 5):      ${ms(cached)}`);
