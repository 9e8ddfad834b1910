/** The data behind a figure as CSV, for readers who want the numbers (and for screen-reader users who want a table). */
import { stringify } from 'csv-stringify/sync';
import type { TableRow } from '../stats/index.ts';

/**
 * `escape_formulas` makes a text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`…) plain text;
 * numbers, negative ones included, are left alone. An empty table has no columns to name, so its CSV is empty.
 */
export function toCsv(columns: readonly string[], rows: readonly TableRow[]): string {
  if (columns.length === 0) return '';
  const records = rows.map((row) => columns.map((column) => row[column] ?? ''));
  return stringify(records, { header: true, columns: [...columns], escape_formulas: true });
}
