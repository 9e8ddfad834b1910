/** Timing helpers shared by the bench scripts: medians of repeated runs and the units they are printed in. */
import { performance } from 'node:perf_hooks';

/** The median of the values (the upper middle one of an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Runs `run` `count` times, one after the other, and returns the median of the times it returns. */
export async function medianOf(count: number, run: () => Promise<number> | number): Promise<number> {
  const runs: number[] = [];
  for (let index = 0; index < count; index++) runs.push(await run());
  return median(runs);
}

/** Runs `run` and returns its value with the milliseconds it took. */
export async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** `1234` → `1,234 ms`; under ten milliseconds with a decimal. */
export const formatMs = (value: number): string =>
  Number.isFinite(value) ? `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en-GB')} ms` : 'n/a';

export const KIB = 1024;
export const MIB = 1024 * KIB;
export const GIB = 1024 * MIB;

/** Bytes → `123 MiB`. */
export const formatMiB = (bytes: number): string => (Number.isFinite(bytes) ? `${Math.round(bytes / MIB).toLocaleString('en-GB')} MiB` : 'n/a');

/** Rounds for results.json: whole milliseconds and mebibytes are as precise as this machine's noise allows. */
export const round = (value: number, digits = 0): number => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
