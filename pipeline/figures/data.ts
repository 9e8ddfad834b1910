/**
 * The data a spec names, and binding it: a spec never embeds values, it names a stats table (`"data": {"name":
 * "trends"}`), and the figures stage puts that table's rows in as `values` just before drawing.
 */
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import type { TableRow } from '../stats/index.ts';
import { diagnosticAt, type JsonPath, type SpecDocument } from './document.ts';

/** The name under which a spec's layers and lookups reach the world map (world-atlas `countries-110m.json`). */
export const atlasDataName = 'world-atlas';

/** Everything a spec may name: the stats tables, and the world map when the build supplies it. */
export interface Datasets {
  tables: Readonly<Record<string, TableRow[]>>;
  atlas?: unknown;
}

export interface FigureData {
  /** The stats table of the spec's top-level `data`: the data the figure is about, and what its CSV holds. */
  table: string;
  rows: TableRow[];
  columns: string[];
}

interface NamedData {
  /** Where the `data` object is, e.g. `['layer', 0, 'data']`. */
  path: JsonPath;
  name: string;
}

type Resolved = { data: FigureData; diagnostics: [] } | { data?: never; diagnostics: Diagnostic[] };

/** Checks that the top-level data names a stats table, and that every other named data (layers, lookups) exists. */
export function resolveFigureData(document: SpecDocument, spec: Record<string, unknown>, datasets: Datasets): Resolved {
  const table = namedData(spec['data']);
  if (table === undefined) {
    return { diagnostics: [diagnosticAt(document, ['data'], 'figures/data-not-named', messages.dataNotNamed())] };
  }
  if (!Object.hasOwn(datasets.tables, table)) {
    const message = messages.unknownTable(table, Object.keys(datasets.tables));
    return { diagnostics: [diagnosticAt(document, ['data', 'name'], 'figures/unknown-table', message)] };
  }
  const known = knownNames(datasets);
  const diagnostics = findNamedData(spec, [])
    .filter((ref) => !known.includes(ref.name))
    .map((ref) => diagnosticAt(document, [...ref.path, 'name'], 'figures/unknown-table', messages.unknownTable(ref.name, known)));
  if (diagnostics.length > 0) return { diagnostics };
  const rows = datasets.tables[table]!;
  return { data: { table, rows, columns: columnsOf(rows) }, diagnostics: [] };
}

function knownNames(datasets: Datasets): string[] {
  return [...Object.keys(datasets.tables), ...(datasets.atlas === undefined ? [] : [atlasDataName])];
}

export function namedData(data: unknown): string | undefined {
  return isObject(data) && typeof data['name'] === 'string' ? data['name'] : undefined;
}

/** Every `data` object with a name, wherever it sits: the top level, layers, concatenated views, lookups. */
function findNamedData(value: unknown, path: JsonPath): NamedData[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => findNamedData(item, [...path, index]));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const name = key === 'data' ? namedData(child) : undefined;
    return name === undefined ? findNamedData(child, [...path, key]) : [{ path: [...path, key], name }];
  });
}

/** A copy of the spec with every named data replaced by its values; its `format` (e.g. TopoJSON) is kept. */
export function bindData(value: unknown, datasets: Datasets): unknown {
  if (Array.isArray(value)) return value.map((item) => bindData(item, datasets));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => {
      const name = key === 'data' ? namedData(child) : undefined;
      if (name === undefined) return [key, bindData(child, datasets)];
      const { name: _name, ...rest } = child as Record<string, unknown>;
      return [key, { ...rest, values: name === atlasDataName ? datasets.atlas : datasets.tables[name] }];
    }),
  );
}

/** Column names in the order they first appear, so a CSV reads in the order the stats stage wrote them. */
export function columnsOf(rows: readonly TableRow[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row)))];
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
