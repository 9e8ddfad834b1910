/** Picks the reader for a data file by its extension, and refuses files that hold no records. */
import { extname } from 'node:path';
import { messages } from '../../messages.ts';
import { rules } from '../rules.ts';
import type { SourceFile } from '../types.ts';
import { readCsv } from './csv.ts';
import { readJson } from './json.ts';
import { fileError, type RawTable } from './table.ts';
import { withoutBom } from './text.ts';
import { readXlsx } from './xlsx.ts';

export type { RawRecord, RawTable } from './table.ts';

/** A table with each record as a plain object of its line and its values by header, as tools and tests look at it. */
export interface PlainTable {
  headers: string[];
  headerLine: number;
  records: { line: number; values: Record<string, unknown> }[];
}

const readers: Record<string, (file: SourceFile) => RawTable | Promise<RawTable>> = {
  '.csv': readCsv,
  '.json': readJson,
  '.xlsx': readXlsx,
};

/** The file's headers and records; throws `FatalDiagnostics` when the file cannot be read or holds no records. */
export async function readRecords(file: SourceFile): Promise<RawTable> {
  const extension = extname(file.path).toLowerCase();
  const reader = readers[extension];
  if (reader === undefined) throw fileError(file.path, rules.unknownExtension, messages.unknownExtension(extension));
  if (isBlank(file.bytes)) throw fileError(file.path, rules.emptyFile, messages.emptyFile());
  const table = await reader(file);
  if (table.records.length === 0) throw fileError(file.path, rules.emptyFile, messages.emptyFile());
  return table;
}

/** `readRecords` with every record made a plain object. */
export async function readTable(file: SourceFile): Promise<PlainTable> {
  const { headers, headerLine, records } = await readRecords(file);
  return { headers, headerLine, records: records.map((record) => ({ line: record.line, values: record.values() })) };
}

/** Nothing but a BOM and white space: no reader would find a header in it. */
function isBlank(bytes: Uint8Array): boolean {
  return withoutBom(bytes).every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
}
