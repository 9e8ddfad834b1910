/**
 * Reading and formatting the numbers chapters quote. All formatting goes through Intl with the edition's locale,
 * so separators, percent signs and ordinals follow the language the report is published in.
 */
import type { Stats } from '../stats/index.ts';

export const STAT_FORMATS = ['number', 'percent', 'ordinal', 'interval'] as const;
export type StatFormat = (typeof STAT_FORMATS)[number];

export const isStatFormat = (value: unknown): value is StatFormat => STAT_FORMATS.includes(value as StatFormat);

/** Reads a dotted key (`trends.digital-foundations.share`) from the stats tree. */
export function lookupStat(stats: Stats, key: string): unknown {
  let node: unknown = stats;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Shares are stored as fractions, so a key ending in `share` (`trends.x.share`, `headline.oecdShare`) reads as a
 * percentage unless told otherwise. */
export const defaultFormat = (key: string): StatFormat => (/share$/i.test(key) ? 'percent' : 'number');

/** The keys holding the 95% interval of a share: the siblings `low` and `high` of `trends.x.share`. */
export function intervalKeys(key: string): { low: string; high: string } {
  const parent = key.slice(0, key.lastIndexOf('.') + 1);
  return { low: `${parent}low`, high: `${parent}high` };
}

export function formatStat(value: number, format: Exclude<StatFormat, 'interval'>, locale: string): string {
  switch (format) {
    case 'percent':
      return percent(locale).format(value);
    case 'ordinal':
      return ordinal(value, locale);
    case 'number':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  }
}

/**
 * "31–39%": the low end as a bare number and the high end with the percent sign, as style guides write ranges
 * (Intl's own formatRange spaces the dash and repeats the sign). Ends that round alike print as one value.
 */
export function formatInterval(low: number, high: number, locale: string): string {
  const lowPercent = percent(locale).format(low);
  const highPercent = percent(locale).format(high);
  if (lowPercent === highPercent) return highPercent;
  const lowNumber = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(low * 100);
  return `${lowNumber}–${highPercent}`;
}

const percent = (locale: string) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

const ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };

function ordinal(value: number, locale: string): string {
  const rule = new Intl.PluralRules(locale, { type: 'ordinal' }).select(value);
  return `${new Intl.NumberFormat(locale).format(value)}${ORDINAL_SUFFIXES[rule]}`;
}
