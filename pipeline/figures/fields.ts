/**
 * Encoding fields checked against the columns of the stats table each view draws, so that a misspelt field is an
 * error at its place in the spec rather than an empty chart.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import type { TableRow } from '../stats/index.ts';
import { columnsOf, isObject, namedData } from './data.ts';
import { diagnosticAt, formatJsonPath, type JsonPath, type SpecDocument } from './document.ts';

/** Properties that hold the views a view is made of. */
const childViews = ['layer', 'concat', 'hconcat', 'vconcat', 'spec'] as const;

export function checkEncodingFields(
  document: SpecDocument,
  spec: Record<string, unknown>,
  tables: Readonly<Record<string, TableRow[]>>,
): Diagnostic[] {
  return checkView({ document, tables }, spec, [], undefined, []);
}

interface Context {
  document: SpecDocument;
  tables: Readonly<Record<string, TableRow[]>>;
}

/**
 * A view draws its own data if it has some, else its parent's; it sees the columns of that table and those its own
 * and its parents' transforms make. A view drawing no stats table (the world map, inline values) is not checked, nor
 * is one whose table is empty: with no rows there are no columns to check against, and the figure shows "No data".
 */
function checkView(
  context: Context,
  view: Record<string, unknown>,
  path: JsonPath,
  parentTable: string | undefined,
  parentDerived: readonly string[],
): Diagnostic[] {
  const table = 'data' in view ? namedData(view['data']) : parentTable;
  const derived = [...parentDerived, ...fieldsMadeBy(view['transform'])];
  const rows = table !== undefined && Object.hasOwn(context.tables, table) ? context.tables[table]! : [];
  const problems =
    table === undefined || rows.length === 0 ? [] : checkEncoding(context, view['encoding'], path, table, columnsOf(rows), derived);
  const children = childViews.flatMap((key) => {
    const child = view[key];
    if (Array.isArray(child)) {
      return child.flatMap((item, index) =>
        isObject(item) ? checkView(context, item, [...path, key, index], table, derived) : [],
      );
    }
    return isObject(child) ? checkView(context, child, [...path, key], table, derived) : [];
  });
  return [...problems, ...children];
}

function checkEncoding(
  context: Context,
  encoding: unknown,
  viewPath: JsonPath,
  table: string,
  columns: readonly string[],
  derived: readonly string[],
): Diagnostic[] {
  if (!isObject(encoding)) return [];
  const definitions = Object.entries(encoding).flatMap(([channel, definition]) =>
    Array.isArray(definition)
      ? definition.map((item, index) => ({ item: item as unknown, path: [...viewPath, 'encoding', channel, index] }))
      : [{ item: definition, path: [...viewPath, 'encoding', channel] }],
  );
  return definitions.flatMap(({ item, path }) => {
    // A field may also be a repeat reference ({"repeat": "row"}), which names no column.
    const field = isObject(item) ? item['field'] : undefined;
    if (typeof field !== 'string' || columns.includes(field) || derived.includes(field)) return [];
    const fieldPath = [...path, 'field'];
    const message = messages.unknownField(formatJsonPath(fieldPath), field, table, columns);
    return [diagnosticAt(context.document, fieldPath, 'figures/unknown-field', message)];
  });
}

/**
 * Columns a view's transforms add: every name given with `as` (calculate, aggregate, window, lookup…) and the
 * fields a lookup copies under their own names. Transforms that make columns without naming them (fold's default
 * "key" and "value") must name them with `as` to pass the check.
 */
function fieldsMadeBy(transforms: unknown): string[] {
  if (!Array.isArray(transforms)) return [];
  return transforms.flatMap((transform) => [...namesGivenWithAs(transform), ...lookupFields(transform)]);
}

function namesGivenWithAs(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(namesGivenWithAs);
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (key !== 'as') return namesGivenWithAs(child);
    return (Array.isArray(child) ? child : [child]).filter((name): name is string => typeof name === 'string');
  });
}

function lookupFields(transform: unknown): string[] {
  const from = isObject(transform) && 'lookup' in transform ? transform['from'] : undefined;
  const fields = isObject(from) ? from['fields'] : undefined;
  return Array.isArray(fields) ? fields.filter((name): name is string => typeof name === 'string') : [];
}
