/**
 * Time of the stats stage on the sample data, and on 80,000 cases (the sample's cases repeated under new ids).
 * Run: npx tsx bench/stats.ts
 */
import { performance } from 'node:perf_hooks';
import { computeStats, type StatsInput } from '../pipeline/stats/index.ts';
import { median } from './lib/timing.ts';
import { loadSample } from './sample.ts';

const LARGE = 80_000;

function time(input: StatsInput): number {
  const start = performance.now();
  computeStats(input);
  return performance.now() - start;
}

const sample = await loadSample();
const large: StatsInput = {
  ...sample,
  cases: Array.from({ length: LARGE }, (_, index) => {
    const c = sample.cases[index % sample.cases.length]!;
    return { ...c, id: `${c.id}-${index}` };
  }),
};

const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(`sample, ${sample.cases.length} cases, first call: ${ms(time(sample))}`);
console.log(`sample, warm (median of 5):      ${ms(median([1, 2, 3, 4, 5].map(() => time(sample))))}`);
console.log(`${LARGE.toLocaleString('en-GB')} cases (median of 5):    ${ms(median([1, 2, 3, 4, 5].map(() => time(large))))}`);
