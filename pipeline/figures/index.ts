/**
 * The figures stage: Vega-Lite specs (templates/editions/<year>/figures/<id>.vl.json) and the stats tables they
 * name, in; SVG figures with their captions, alt text and CSV, out. Pure: the build reads the files and hands their text in.
 *
 *   spec text ─► parse ─┬─► validate (Vega-Lite schema, in a worker thread) ────────────────────────────┬─► Figure
 *                       └─► check (report metadata, data names, fields) ─► bind the table's rows         │
 *                           ─► draw SVG (or reuse the drawing cached for the same spec and data)         │
 *                           ─► fill alt text, write CSV ──────────────────────────────────────────────────┘
 *
 * Validation and drawing run side by side, because the validator may have to be compiled first (most of a second,
 * once per installation: see schema-validator.js); a spec the schema refuses is then dropped with the schema's
 * diagnostic alone. A problem in one spec drops that figure and becomes a
 * diagnostic; the other figures are still made.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import type { Stats, TableRow } from '../stats/index.ts';
import { altContext, fillAlt, measureField } from './alt.ts';
import { drawingKey, type DrawingCache } from './cache.ts';
import { toCsv } from './csv.ts';
import { bindData, isObject, resolveFigureData, type Datasets } from './data.ts';
import { diagnosticAt, parseSpecDocument, type SpecDocument } from './document.ts';
import { checkEncodingFields } from './fields.ts';
import { readReportMetadata, type ReportMetadata } from './metadata.ts';
import { drawSvg, noDataSpec, type Drawing } from './render.ts';
import { validateSpec } from './schema.ts';

export { startSchemaValidator } from './schema.ts';
import { scopeSvgIds } from './svg-ids.ts';

export interface SpecFile {
  /** As the user would name it (relative to the working folder): diagnostics carry it. */
  path: string;
  text: string;
}

export interface FiguresInput {
  specs: readonly SpecFile[];
  /** Only the named tables are drawn from. */
  stats: Pick<Stats, 'tables'>;
  /** Chapter ids (e.g. `01-introduction`); when given, a figure's chapter must be one of them. */
  chapters?: readonly string[];
  /** The world-atlas TopoJSON (`world-atlas/countries-110m.json`); specs that draw a map name it `world-atlas`. */
  atlas?: unknown;
  /** Where drawings are kept between calls; without one, every figure is drawn afresh. */
  cache?: DrawingCache;
}

export interface Figure {
  /** The spec's file name without `.vl.json`. */
  id: string;
  /** The chapter the figure belongs to; the chapters stage numbers figures by where they are placed. */
  chapter: string;
  title: string;
  subtitle: string;
  /** Plain text, without a "Note:" label (the page adds it); empty when the figure has no note. */
  note: string;
  /** Plain text, as written in the spec (with its "Source:" label). */
  source: string;
  /** Plain text, filled from the data: escape it when putting it in HTML. */
  alt: string;
  /** The chart alone: title, subtitle, note and source are for the page to set around it. */
  svg: string;
  /** The columns of the table drawn, in order. */
  columns: string[];
  /** The rows drawn: the stats table the spec names. */
  rows: TableRow[];
  csv: string;
}

export interface FiguresResult {
  /** In the order of the spec paths. */
  figures: Figure[];
  diagnostics: Diagnostic[];
}

export async function renderFigures(input: FiguresInput): Promise<FiguresResult> {
  const datasets: Datasets = { tables: input.stats.tables, ...(input.atlas === undefined ? {} : { atlas: input.atlas }) };
  const context: Context = { datasets, chapters: input.chapters, cache: input.cache };
  const files = [...input.specs].sort((a, b) => a.path.localeCompare(b.path));

  // 1. Parse, keeping positions for every later diagnostic, and hand every spec to the schema validator, which
  //    works in a worker thread while this one goes on.
  const parsed = files.map((file) => parseSpecDocument(file.path, file.text));
  const verdicts = Promise.all(parsed.map(({ document }) => (document === undefined ? [] : validateSpec(document))));
  // Awaited only after drawing: until then a failure of the worker must not count as an unhandled rejection.
  verdicts.catch(() => undefined);

  // 2. Meanwhile, check and draw each spec as if it were valid: one at a time, in path order, so the output does not
  //    depend on which figure finishes first.
  const made: Made[] = [];
  for (const { document, diagnostics } of parsed) {
    made.push(document === undefined ? { diagnostics } : await makeFigure(document, context));
  }

  // 3. A spec the schema refuses gives the schema's diagnostic alone: what step 2 found in it follows from that.
  const schemaProblems = await verdicts;
  const figures: Figure[] = [];
  const diagnostics: Diagnostic[] = [];
  made.forEach((result, index) => {
    const refused = schemaProblems[index]!;
    diagnostics.push(...(refused.length > 0 ? refused : result.diagnostics));
    if (refused.length === 0 && result.figure !== undefined) figures.push(result.figure);
  });
  return { figures, diagnostics };
}

interface Context {
  datasets: Datasets;
  chapters: readonly string[] | undefined;
  cache: DrawingCache | undefined;
}

interface Made {
  figure?: Figure;
  diagnostics: Diagnostic[];
}

async function makeFigure(document: SpecDocument, { datasets, chapters, cache }: Context): Promise<Made> {
  // Not even an object: nothing to check or draw, and the schema says what is wrong.
  if (!isObject(document.value)) return { diagnostics: [] };
  const spec = document.value;

  // a. Check what the report needs, all at once so the user sees every problem of the file in one build.
  const metadata = readReportMetadata(document, spec, chapters);
  const data = resolveFigureData(document, spec, datasets);
  const fieldProblems = data.data === undefined ? [] : checkEncodingFields(document, spec, datasets.tables);
  const problems = [...metadata.diagnostics, ...data.diagnostics, ...fieldProblems];
  if (metadata.metadata === undefined || data.data === undefined || problems.length > 0) return { diagnostics: problems };

  // b. Draw, or say plainly that there is nothing to draw.
  const { table, rows, columns } = data.data;
  const empty = rows.length === 0;
  const drawing = await drawOrReuse(empty ? noDataSpec(spec['width']) : boundChart(spec, datasets), cache);
  const drawingProblems = drawingDiagnostics(document, drawing);
  if (drawing.svg === undefined) return { diagnostics: drawingProblems };

  // c. Alt text and CSV.
  const alt = empty
    ? { alt: messages.noDataAlt(metadata.metadata.title) }
    : fillAlt(metadata.metadata.altTemplate, altContext(rows, measureField(spec)));
  if (alt.alt === undefined) {
    const altProblem = diagnosticAt(document, ['usermeta', 'report', 'alt'], 'figures/alt-template', messages.altTemplate(alt.error));
    return { diagnostics: [...drawingProblems, altProblem] };
  }
  const emptyWarnings = empty
    ? [diagnosticAt(document, ['data', 'name'], 'figures/empty-table', messages.emptyTable(table), 'warning')]
    : [];
  return {
    figure: figureOf(document.file, metadata.metadata, { svg: drawing.svg, alt: alt.alt, columns, rows }),
    diagnostics: [...emptyWarnings, ...drawingProblems],
  };
}

/**
 * The spec as Vega-Lite draws it: its data bound, its title left out, since the page sets the title (numbered by the
 * chapters stage) as text around the chart.
 */
function boundChart(spec: Record<string, unknown>, datasets: Datasets): TopLevelSpec {
  const { title: _title, ...chart } = spec;
  return bindData(chart, datasets) as TopLevelSpec;
}

/** A chart drawn before, with the same spec, data and theme, is taken from the cache rather than drawn again. */
async function drawOrReuse(chart: TopLevelSpec, cache: DrawingCache | undefined): Promise<Drawing> {
  if (cache === undefined) return drawSvg(chart);
  const key = drawingKey(chart);
  const kept = cache.get(key);
  if (kept !== undefined) return { ...kept, errors: [] };
  const drawing = await drawSvg(chart);
  if (drawing.svg !== undefined) cache.set(key, { svg: drawing.svg, warnings: drawing.warnings });
  return drawing;
}

/**
 * Vega-Lite warns that it drops "fit" for the axis of a bar chart whose size is set by its bar count, which is
 * exactly what the house style asks for (fit the column's width, grow in height per bar): not worth a warning.
 */
const expectedWarning = /^Dropping "fit-[xy]" because spec has discrete (width|height)\.$/;

function drawingDiagnostics(document: SpecDocument, drawing: Drawing): Diagnostic[] {
  return [
    ...drawing.errors.map((error) => diagnosticAt(document, [], 'figures/render', messages.renderFailed(error))),
    ...drawing.warnings
      .filter((warning) => !expectedWarning.test(warning))
      .map((warning) => diagnosticAt(document, [], 'figures/vega-lite', messages.vegaWarning(warning), 'warning')),
  ];
}

function figureOf(
  path: string,
  metadata: ReportMetadata,
  drawn: { svg: string; alt: string; columns: string[]; rows: TableRow[] },
): Figure {
  const { altTemplate: _template, ...captions } = metadata;
  const id = figureId(path);
  return {
    id,
    ...captions,
    ...drawn,
    svg: scopeSvgIds(drawn.svg, `${id}-svg`),
    csv: toCsv(drawn.columns, drawn.rows),
  };
}

function figureId(path: string): string {
  const fileName = path.split(/[\\/]/).at(-1) ?? path;
  return fileName.replace(/\.vl\.json$/, '');
}
