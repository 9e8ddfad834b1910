/**
 * The figures stage: Vega-Lite specs (templates/figures/<id>.vl.json) and the stats tables they name, in; SVG
 * figures with their captions, alt text and CSV, out. Pure: the build reads the files and hands their text in.
 *
 *   spec text ─► parse ─► validate (Vega-Lite schema) ─► check (report metadata, data names, fields)
 *             ─► bind the table's rows ─► draw SVG ─► fill alt text, write CSV
 *
 * A problem in one spec drops that figure and becomes a diagnostic; the other figures are still made.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import type { Stats, TableRow } from '../stats/index.ts';
import { altContext, fillAlt, measureField } from './alt.ts';
import { toCsv } from './csv.ts';
import { bindData, resolveFigureData, type Datasets } from './data.ts';
import { diagnosticAt, parseSpecDocument, type SpecDocument } from './document.ts';
import { checkEncodingFields } from './fields.ts';
import { readReportMetadata, type ReportMetadata } from './metadata.ts';
import { drawSvg, noDataSpec, type Drawing } from './render.ts';
import { validateSpec } from './schema.ts';
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
  const figures: Figure[] = [];
  const diagnostics: Diagnostic[] = [];
  // One at a time, in path order: the output must not depend on which figure finishes first.
  for (const spec of [...input.specs].sort((a, b) => a.path.localeCompare(b.path))) {
    const made = await renderFigure(spec, datasets, input.chapters);
    diagnostics.push(...made.diagnostics);
    if (made.figure !== undefined) figures.push(made.figure);
  }
  return { figures, diagnostics };
}

interface Made {
  figure?: Figure;
  diagnostics: Diagnostic[];
}

async function renderFigure(file: SpecFile, datasets: Datasets, chapters: readonly string[] | undefined): Promise<Made> {
  // 1. Parse, keeping positions for every later diagnostic.
  const parsed = parseSpecDocument(file.path, file.text);
  if (parsed.document === undefined) return { diagnostics: parsed.diagnostics };
  const document = parsed.document;

  // 2. Validate against the Vega-Lite schema: the checks below rely on the shapes it guarantees.
  const schemaProblems = validateSpec(document);
  if (schemaProblems.length > 0) return { diagnostics: schemaProblems };
  const spec = document.value as Record<string, unknown>;

  // 3. Check what the report needs, all at once so the user sees every problem of the file in one build.
  const metadata = readReportMetadata(document, spec, chapters);
  const data = resolveFigureData(document, spec, datasets);
  const fieldProblems = data.data === undefined ? [] : checkEncodingFields(document, spec, datasets.tables);
  const problems = [...metadata.diagnostics, ...data.diagnostics, ...fieldProblems];
  if (metadata.metadata === undefined || data.data === undefined || problems.length > 0) return { diagnostics: problems };

  // 4. Draw, or say plainly that there is nothing to draw.
  const { table, rows, columns } = data.data;
  const empty = rows.length === 0;
  const drawing = await drawSvg(empty ? noDataSpec(spec['width']) : boundChart(spec, datasets));
  const drawingProblems = drawingDiagnostics(document, drawing);
  if (drawing.svg === undefined) return { diagnostics: drawingProblems };

  // 5. Alt text and CSV.
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
    figure: figureOf(file.path, metadata.metadata, { svg: drawing.svg, alt: alt.alt, columns, rows }),
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
