/** The data behind a figure as CSV, for readers who want the numbers (and for screen-reader users who want a table). */
import { stringify } from 'csv-stringify/sync';
import type { TableRow } from '../stats/index.ts';

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (CSV injection): a leading apostrophe makes
 * it text. Numbers are left alone: a negative number is not a formula.
 */
const formulaStart = /^[=+\-@\t\r]/;

/** An empty table has no columns to name, so its CSV is an empty file rather than a blank header line. */
export function toCsv(columns: readonly string[], rows: readonly TableRow[]): string {
  if (columns.length === 0) return '';
  const records = rows.map((row) => columns.map((column) => neutralise(row[column])));
  return stringify(records, { header: true, columns: [...columns] });
}

function neutralise(value: string | number | undefined): string | number {
  if (value === undefined) return '';
  return typeof value === 'string' && formulaStart.test(value) ? `'${value}` : value;
}
