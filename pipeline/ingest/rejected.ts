/** Records that could not be accepted: kept with their original values, and written out for the people who fix them. */
import { stringify } from 'csv-stringify/sync';
import type { Diagnostic } from '../diagnostics.ts';
import type { LoadedFile } from './load.ts';
import type { RawRecord } from './readers/index.ts';
import type { RejectedRecord } from './types.ts';

export function rejectRecord(file: LoadedFile, record: RawRecord, problems: readonly Diagnostic[]): RejectedRecord {
  return {
    file: file.path,
    line: record.line,
    values: Object.fromEntries(Object.entries(record.values()).map(([header, value]) => [header, originalText(value)])),
    reasons: problems.map((problem) => (problem.field === undefined ? problem.message : `${problem.field}: ${problem.message}`)),
  };
}

/**
 * A value as the file held it, untrimmed, so the row can be corrected and read again. JSON lists are joined the
 * way CSV files write them.
 */
function originalText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(originalText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * output/rejected.csv: `file,line,reasons`, then every original column in the order first seen. People open it in
 * a spreadsheet, so every cell that could start a formula (`=`, `+`, `-`, `@`, tab, carriage return) is prefixed
 * with `'` to show as text rather than run.
 */
export function formatRejectedCsv(rejected: readonly RejectedRecord[]): string {
  const headers = [...new Set(rejected.flatMap((record) => Object.keys(record.values)))];
  const rows = rejected.map((record) => [
    record.file,
    String(record.line),
    record.reasons.join('; '),
    ...headers.map((header) => record.values[header] ?? ''),
  ]);
  return stringify([['file', 'line', 'reasons', ...headers], ...rows], { escape_formulas: true });
}
