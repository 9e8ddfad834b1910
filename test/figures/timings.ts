/**
 * Cold and warm timings of the figures stage on the template specs (and the world map fixture), for the report on
 * build speed. Run: npx tsx test/figures/timings.ts
 */
import { performance } from 'node:perf_hooks';
import { countries, loadAtlas, mapSpec, regions, specFile, templateSpecs, trends } from './fixtures.ts';

const importStart = performance.now();
const { renderFigures } = await import('../../pipeline/figures/index.ts');
const importTime = performance.now() - importStart;

const stats = { tables: { trends, regions, countries } };
const atlas = loadAtlas();
const bars = templateSpecs();
const map = [specFile(mapSpec)];

async function time(specs: typeof bars): Promise<number> {
  const start = performance.now();
  const { diagnostics } = await renderFigures({ specs, stats, atlas });
  if (diagnostics.length > 0) throw new Error(`unexpected diagnostics: ${JSON.stringify(diagnostics)}`);
  return performance.now() - start;
}

async function medianOfRuns(specs: typeof bars, count: number): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < count; run++) runs.push(await time(specs));
  return [...runs].sort((a, b) => a - b)[Math.floor(count / 2)]!;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

const cold = await time(bars);
const warmBars = await medianOfRuns(bars, 7);
const firstMap = await time(map);
const warmMap = await medianOfRuns(map, 7);

console.log(`import of the stage:               ${ms(importTime)}`);
console.log(`${bars.length} bar figures, first call (cold):  ${ms(cold)}  (includes compiling the schema validator)`);
console.log(`${bars.length} bar figures, warm (median of 7): ${ms(warmBars)}`);
console.log(`world map, first call:             ${ms(firstMap)}`);
console.log(`world map, warm (median of 7):     ${ms(warmMap)}`);
