/**
 * The one shape of every counted statistic: how many cases, their share of a base, the 95% Wilson interval of that
 * share, and whether the base is too small to quote the share without a caution.
 */

/** Below this many cases in the base, a share is flagged so the text and the charts can mark it. */
export const SMALL_BASE = 30;

/** The two-sided 95% quantile of the standard normal distribution. */
const Z_95 = 1.959963984540054;

/** Interval bounds are estimates: four decimals (a hundredth of a percentage point) say all they can. */
const BOUND_DECIMALS = 4;

export interface Count {
  count: number;
  /** `count / base`, from 0 to 1; the base is named where the Count sits (see `bases` in stats.json). */
  share: number;
  /** Lower bound of the 95% Wilson interval of the share. */
  low: number;
  /** Upper bound of the 95% Wilson interval of the share. */
  high: number;
  /** The base is under `SMALL_BASE` cases. */
  smallBase: boolean;
}

export function countOf(count: number, base: number): Count {
  const { low, high } = wilsonInterval(count, base);
  return { count, share: base === 0 ? 0 : count / base, low, high, smallBase: base < SMALL_BASE };
}

/**
 * Wilson's score interval rather than the textbook p ± z·√(p(1−p)/n): it stays within 0–1 and keeps its coverage
 * for shares near 0 or 1 and for small bases, which are exactly the shares the report must not overclaim. With no
 * cases at all nothing is known, so the interval is the whole range.
 */
export function wilsonInterval(count: number, base: number): { low: number; high: number } {
  if (base === 0) return { low: 0, high: 1 };
  const share = count / base;
  const z2 = Z_95 * Z_95;
  const denominator = 1 + z2 / base;
  const centre = (share + z2 / (2 * base)) / denominator;
  const halfWidth = (Z_95 / denominator) * Math.sqrt((share * (1 - share)) / base + z2 / (4 * base * base));
  return { low: roundTo(Math.max(0, centre - halfWidth), BOUND_DECIMALS), high: roundTo(Math.min(1, centre + halfWidth), BOUND_DECIMALS) };
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
