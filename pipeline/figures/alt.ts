/**
 * Alt text: a Handlebars template in the spec, filled from the data the figure draws, so the words a screen reader
 * says stay true when the data change.
 */
import Handlebars from 'handlebars';
import type { TableRow } from '../stats/index.ts';
import { isObject } from './data.ts';

/** What an alt template can name. `max` and `min` are the rows with the largest and smallest measure. */
export interface AltContext {
  rows: readonly TableRow[];
  count: number;
  /** Sum of the measure over the rows. */
  total: number;
  max?: TableRow;
  min?: TableRow;
}

const locale = 'en-GB';
const numberFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });

const altTemplates = Handlebars.create();
altTemplates.registerHelper('number', (value: unknown) => numberFormat.format(Number(value)));
/** A share from 0 to 1, as stats writes them: `{{percent max.share}}` → "37%". */
altTemplates.registerHelper('percent', (value: unknown) => percentFormat.format(Number(value)));

export type FilledAlt = { alt: string; error?: never } | { alt?: never; error: string };

/**
 * Strict, so that a misspelt name is an error rather than a silent gap in the sentence; not escaped, because alt
 * text is plain text (whoever puts it in HTML escapes it there).
 */
export function fillAlt(template: string, context: AltContext): FilledAlt {
  try {
    return { alt: altTemplates.compile(template, { strict: true, noEscape: true })(context) };
  } catch (error) {
    return { error: describeTemplateError(error) };
  }
}

/**
 * Handlebars prints the object it looked in ("in [object Object]", "in undefined"), which tells a reader nothing, and
 * spreads a parse error over lines that point into the template: one line, with what it expected, reads better.
 */
function describeTemplateError(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/^(".*" not defined) in .* (- \d+:\d+)$/, '$1 $2');
  const lines = message.split('\n');
  return lines.length > 1 ? `${lines[0]} ${lines.at(-1)}` : message;
}

export function altContext(rows: readonly TableRow[], measure: string | undefined): AltContext {
  const valueOf = (row: TableRow) => (measure === undefined ? Number.NaN : Number(row[measure]));
  const measured = rows.filter((row) => Number.isFinite(valueOf(row)));
  const pick = (better: (a: number, b: number) => boolean) =>
    measured.reduce<TableRow | undefined>((best, row) => (best === undefined || better(valueOf(row), valueOf(best)) ? row : best), undefined);
  const context: AltContext = { rows, count: rows.length, total: measured.reduce((sum, row) => sum + valueOf(row), 0) };
  const max = pick((a, b) => a > b);
  const min = pick((a, b) => a < b);
  if (max !== undefined) context.max = max;
  if (min !== undefined) context.min = min;
  return context;
}

/** Channels that can carry a figure's measure, most telling first. */
const measureChannels = ['x', 'y', 'theta', 'color', 'size'];

/** The field the figure measures: its first quantitative field on a measure channel, at the top level or in a layer. */
export function measureField(spec: Record<string, unknown>): string | undefined {
  const views = [spec, ...(Array.isArray(spec['layer']) ? spec['layer'] : [])];
  for (const view of views) {
    const encoding = isObject(view) ? view['encoding'] : undefined;
    for (const channel of measureChannels) {
      const definition = isObject(encoding) ? encoding[channel] : undefined;
      if (isObject(definition) && definition['type'] === 'quantitative' && typeof definition['field'] === 'string') {
        return definition['field'];
      }
    }
  }
  return undefined;
}
