/** What every reader hands back: the file's own headers and records, before any field is interpreted. */
import { FatalDiagnostics, type Diagnostic } from '../../diagnostics.ts';
import type { Rule } from '../rules.ts';

export interface RawTable {
  /** Headers in file order, as the file spelled them. */
  headers: string[];
  /** Where the headers are: the header row of CSV and XLSX, the start of the records array in JSON. */
  headerLine: number;
  records: RawRecord[];
}

/**
 * One record as the file held it: text from CSV; numbers, booleans, arrays from JSON and XLSX. Its values are read
 * by column as they are checked; the object of all of them by header is made only for the records that need it
 * (the rejected ones), so that a valid record costs no more than its own values.
 */
export interface RawRecord {
  /** 1-based line (CSV, JSON) or sheet row (XLSX) where the record starts. */
  readonly line: number;
  /** The value under `headers[column]`; undefined when the record has none. */
  cell(column: number): unknown;
  /** Values by the header as the file spelled it. */
  values(): Record<string, unknown>;
}

/** A record of a CSV file or a sheet: one value for each header, in header order. */
export class RowRecord implements RawRecord {
  constructor(
    readonly line: number,
    private readonly cells: readonly unknown[],
    private readonly headers: readonly string[],
  ) {}

  cell(column: number): unknown {
    return this.cells[column];
  }

  values(): Record<string, unknown> {
    return Object.fromEntries(this.headers.map((name, column) => [name, this.cells[column]]));
  }
}

/** A record of a JSON file: the object as the file wrote it, whose keys are among the headers. */
export class ObjectRecord implements RawRecord {
  constructor(
    readonly line: number,
    private readonly object: Record<string, unknown>,
    private readonly headers: readonly string[],
  ) {}

  cell(column: number): unknown {
    const header = this.headers[column];
    return header !== undefined && Object.hasOwn(this.object, header) ? this.object[header] : undefined;
  }

  values(): Record<string, unknown> {
    return this.object;
  }
}

export type Position = Pick<Diagnostic, 'line' | 'column'>;

/** A problem that makes a whole file unusable. */
export function fileError(file: string, rule: Rule, message: string, position: Position = {}): FatalDiagnostics {
  return new FatalDiagnostics([{ file, ...position, rule, severity: 'error', message }]);
}
