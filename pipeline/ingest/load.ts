/** A data or reference file read and its columns matched: everything about it that is not about one record. */
import { FatalDiagnostics, hasErrors, type Diagnostic } from '../diagnostics.ts';
import { fieldReader, matchColumns, type TableShape } from './columns.ts';
import { readRecords, type RawRecord, type RawTable } from './readers/index.ts';
import type { SourceFile } from './types.ts';

export interface LoadedFile {
  path: string;
  table: RawTable;
  /** The header the file spells each of its fields as. */
  headerOf: ReadonlyMap<string, string>;
  /** The column of each of its fields. */
  columnOf: ReadonlyMap<string, number>;
  /** A record's values by field name, see `fieldReader`. */
  fieldValues: (record: RawRecord) => Record<string, unknown>;
  /** Non-fatal problems with the file as a whole (unknown columns). */
  warnings: Diagnostic[];
}

/** Throws `FatalDiagnostics` when the file cannot be read or lacks a column its records need. */
export async function loadFile(file: SourceFile, shape: TableShape): Promise<LoadedFile> {
  const table = await readRecords(file);
  const { headerOf, columnOf, problems } = matchColumns(file.path, table, shape);
  if (hasErrors(problems)) throw new FatalDiagnostics(problems.filter((problem) => problem.severity === 'error'));
  return { path: file.path, table, headerOf, columnOf, fieldValues: fieldReader(columnOf), warnings: problems };
}
