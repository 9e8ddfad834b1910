/** What every reader hands back: the file's own headers and records, before any field is interpreted. */
import { FatalDiagnostics, type Diagnostic } from '../../diagnostics.ts';
import type { Rule } from '../rules.ts';

export interface RawRecord {
  /** 1-based line (CSV, JSON) or sheet row (XLSX) where the record starts. */
  line: number;
  /** Values by the header as the file spelled it: text from CSV; numbers, booleans, arrays from JSON and XLSX. */
  values: Record<string, unknown>;
}

export interface RawTable {
  /** Headers in file order, as the file spelled them. */
  headers: string[];
  /** Where the headers are: the header row of CSV and XLSX, the start of the records array in JSON. */
  headerLine: number;
  records: RawRecord[];
}

export type Position = Pick<Diagnostic, 'line' | 'column'>;

/** A problem that makes a whole file unusable. */
export function fileError(file: string, rule: Rule, message: string, position: Position = {}): FatalDiagnostics {
  return new FatalDiagnostics([{ file, ...position, rule, severity: 'error', message }]);
}
