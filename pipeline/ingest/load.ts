/** A data or reference file read and its columns matched: everything about it that is not about one record. */
import { FatalDiagnostics, hasErrors, type Diagnostic } from '../diagnostics.ts';
import { matchColumns, type TableShape } from './columns.ts';
import { readTable, type RawTable } from './readers/index.ts';
import type { SourceFile } from './types.ts';

export interface LoadedFile {
  path: string;
  table: RawTable;
  /** The header the file spells each of its fields as. */
  headerOf: ReadonlyMap<string, string>;
  /** Non-fatal problems with the file as a whole (unknown columns). */
  warnings: Diagnostic[];
}

/** Throws `FatalDiagnostics` when the file cannot be read or lacks a column its records need. */
export async function loadFile(file: SourceFile, shape: TableShape): Promise<LoadedFile> {
  const table = await readTable(file);
  const { headerOf, problems } = matchColumns(file.path, table, shape);
  if (hasErrors(problems)) throw new FatalDiagnostics(problems.filter((problem) => problem.severity === 'error'));
  return { path: file.path, table, headerOf, warnings: problems };
}
