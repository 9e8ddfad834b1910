/** Matching a file's headers to the fields of a schema, whatever case, spaces or underscores the file uses. */
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import type { RawRecord, RawTable } from './readers/index.ts';
import { rules } from './rules.ts';
import { columnKey } from './schema.ts';

/** The fields a kind of file holds (a case file, countries.csv, regions.csv). */
export interface TableShape {
  fields: readonly string[];
  /** Fields without which no record of the file can be used. */
  required: readonly string[];
}

export interface ColumnMatch {
  /** The header the file spells each of its fields as. */
  headerOf: ReadonlyMap<string, string>;
  /** The column of each of its fields, in the order of `headerOf`. */
  columnOf: ReadonlyMap<string, number>;
  /** Missing or repeated columns (errors) and unknown ones (one warning). */
  problems: Diagnostic[];
}

export function matchColumns(file: string, table: RawTable, shape: TableShape): ColumnMatch {
  const fieldByKey = new Map(shape.fields.map((field) => [columnKey(field), field]));
  const headerOf = new Map<string, string>();
  const columnOf = new Map<string, number>();
  const problems: Diagnostic[] = [];
  const unknown: string[] = [];
  const at = { file, line: table.headerLine };
  table.headers.forEach((header, column) => {
    const field = fieldByKey.get(columnKey(header));
    const first = field === undefined ? undefined : headerOf.get(field);
    if (field === undefined) unknown.push(header);
    else if (first !== undefined) {
      problems.push({ ...at, field: header, rule: rules.duplicateColumn, severity: 'error', message: messages.duplicateColumn(header, first) });
    } else {
      headerOf.set(field, header);
      columnOf.set(field, column);
    }
  });
  for (const field of shape.required.filter((required) => !headerOf.has(required))) {
    problems.push({ ...at, field, rule: rules.missingColumn, severity: 'error', message: messages.missingColumn(field) });
  }
  if (unknown.length > 0) {
    problems.push({ ...at, rule: rules.unknownColumn, severity: 'warning', message: messages.unknownColumns(unknown) });
  }
  return { headerOf, columnOf, problems };
}

/**
 * Reads a record's values by field name, ready for a schema; fields the file lacks stay absent. Each object starts
 * as a copy of one that has every field of the file, so it is made at its full size at once.
 */
export function fieldReader(columnOf: ReadonlyMap<string, number>): (record: RawRecord) => Record<string, unknown> {
  const fields = [...columnOf.keys()];
  const columns = [...columnOf.values()];
  const blank: Record<string, unknown> = Object.fromEntries(fields.map((field) => [field, undefined]));
  return (record) => {
    const values = { ...blank };
    for (let index = 0; index < fields.length; index++) values[fields[index]!] = record.cell(columns[index]!);
    return values;
  };
}
