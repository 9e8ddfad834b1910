import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { renderFigures, type FiguresInput } from '../../pipeline/figures/index.ts';
import { trends } from './fixtures.ts';

/** A small valid spec; each test breaks one thing in it. Line numbers in the expected messages count from here. */
const valid = `{
  "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
  "title": { "text": "Cases by trend", "subtitle": "Number of cases" },
  "usermeta": {
    "report": {
      "chapter": "01-introduction",
      "note": "",
      "source": "Source: test.",
      "alt": "{{max.trend}} leads with {{number max.count}} cases."
    }
  },
  "data": { "name": "trends" },
  "mark": "bar",
  "encoding": {
    "y": { "field": "trend", "type": "nominal" },
    "x": { "field": "count", "type": "quantitative" }
  }
}`;

const file = 'templates/editions/2024/figures/test.vl.json';

async function render(text: string, options: Partial<FiguresInput> = {}) {
  const result = await renderFigures({ specs: [{ path: file, text }], stats: { tables: { trends, empty: [] } }, ...options });
  return { figures: result.figures, messages: result.diagnostics.map(formatDiagnostic) };
}

function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`the test spec has no ${from}`);
  return text.replace(from, to);
}

describe('figure diagnostics', { timeout: 60_000 }, () => {
  it('draws the valid spec without any', async () => {
    const { figures, messages } = await render(valid);
    expect(messages).toEqual([]);
    expect(figures[0]?.alt).toBe('Digital and innovative foundations leads with 538 cases.');
  });

  it('places a JSON syntax error', async () => {
    const { figures, messages } = await render(edit(valid, '"mark": "bar",', '"mark": "bar"'));
    expect(figures).toEqual([]);
    expect(messages).toEqual([`${file}:14:3: malformed JSON: comma expected [figures/json-syntax]`]);
  });

  it('refuses comments, which JSON does not have', async () => {
    const { messages } = await render(edit(valid, '"mark": "bar",', '"mark": "bar", // bars'));
    expect(messages).toEqual([`${file}:13:18: malformed JSON: invalid comment token [figures/json-syntax]`]);
  });

  it('reads a file that starts with a byte order mark, and counts columns without it', async () => {
    const { messages } = await render(`\uFEFF${edit(valid, '{\n', '{ "titel": 1,\n')}`);
    expect(messages).toEqual([`${file}:1:3: titel: unknown property (Vega-Lite schema) [figures/schema]`]);
  });

  it('reports a spec that is no object with the schema alone', async () => {
    const { figures, messages } = await render('[1, 2]');
    expect(figures).toEqual([]);
    expect(messages).toEqual([`${file}:1:1: the spec: expected object (Vega-Lite schema) [figures/schema]`]);
  });

  it('reports only the schema failure of a spec the other checks would also fault', async () => {
    const { messages } = await render(edit(edit(valid, '"quantitative"', '"quantitive"'), '"field": "count"', '"field": "cases"'));
    expect(messages).toEqual([
      `${file}:16:30: encoding.x.type: expected "quantitative", "ordinal", "temporal" or "nominal" (Vega-Lite schema) [figures/schema]`,
    ]);
  });

  it('places a schema failure at the JSON path and its line', async () => {
    const { figures, messages } = await render(edit(valid, '"quantitative"', '"quantitive"'));
    expect(figures).toEqual([]);
    expect(messages).toEqual([
      `${file}:16:30: encoding.x.type: expected "quantitative", "ordinal", "temporal" or "nominal" (Vega-Lite schema) [figures/schema]`,
    ]);
  });

  it('names a misspelt property as unknown', async () => {
    const { messages } = await render(edit(valid, '"y": { "field"', '"y": { "feild"'));
    expect(messages).toEqual([`${file}:15:12: encoding.y.feild: unknown property (Vega-Lite schema) [figures/schema]`]);
  });

  it('reports a data name that is not a stats table', async () => {
    const { figures, messages } = await render(edit(valid, '"name": "trends"', '"name": "trend"'));
    expect(figures).toEqual([]);
    expect(messages).toEqual([
      `${file}:12:13: unknown table "trend": the tables are "trends", "empty" [figures/unknown-table]`,
    ]);
  });

  it('refuses values embedded in the spec', async () => {
    const { messages } = await render(edit(valid, '"data": { "name": "trends" }', '"data": { "values": [] }'));
    expect(messages).toEqual([
      `${file}:12:3: data must name a stats table, e.g. "data": { "name": "trends" } [figures/data-not-named]`,
    ]);
  });

  it('reports named data in a layer that does not exist, such as the world map when none was given', async () => {
    const layered = edit(valid, '"mark": "bar",', '"layer": [{ "mark": "bar" }, { "data": { "name": "world-atlas" }, "mark": "geoshape" }],');
    const { messages } = await render(layered);
    expect(messages).toEqual([
      `${file}:13:44: unknown table "world-atlas": the tables are "trends", "empty" [figures/unknown-table]`,
    ]);
  });

  it('reports an encoding field that is not a column of the table', async () => {
    const { figures, messages } = await render(edit(valid, '"field": "count"', '"field": "cases"'));
    expect(figures).toEqual([]);
    expect(messages).toEqual([
      `${file}:16:12: encoding.x.field: unknown field "cases": table "trends" has the columns "id", "trend", "count", "share", "low", "high", "smallBase" [figures/unknown-field]`,
    ]);
  });

  it('names a field in a layer by its path through the layers', async () => {
    const layered = edit(valid, '"mark": "bar",', '"layer": [{ "mark": "bar" }, { "mark": "text", "encoding": { "text": { "field": "n" } } }],');
    const { messages } = await render(layered);
    expect(messages).toEqual([
      `${file}:13:74: layer[1].encoding.text.field: unknown field "n": table "trends" has the columns "id", "trend", "count", "share", "low", "high", "smallBase" [figures/unknown-field]`,
    ]);
  });

  it('accepts a field that a transform makes', async () => {
    const calculated = edit(
      edit(edit(valid, '"field": "count"', '"field": "percent"'), '{{max.trend}} leads with {{number max.count}} cases.', 'Shares.'),
      '"mark": "bar",',
      '"transform": [{ "calculate": "datum.share * 100", "as": "percent" }], "mark": "bar",',
    );
    expect((await render(calculated)).messages).toEqual([]);
  });

  it('reports each missing report field, and a title without a subtitle', async () => {
    const text = edit(
      edit(edit(valid, '"source": "Source: test.",', ''), '{{max.trend}} leads with {{number max.count}} cases.', ' '),
      ', "subtitle": "Number of cases"',
      '',
    );
    const { figures, messages } = await render(text);
    expect(figures).toEqual([]);
    expect(messages).toEqual([
      `${file}:3:3: title must be an object with a text "text" and a text "subtitle" [figures/title]`,
      `${file}:5:5: usermeta.report.source is required [figures/report-metadata]`,
      `${file}:9:7: usermeta.report.alt is required [figures/report-metadata]`,
    ]);
  });

  it('reports a chapter that is not among the chapters', async () => {
    const { messages } = await render(valid, { chapters: ['01-introduction-and-trust', '02-future-oriented'] });
    expect(messages).toEqual([
      `${file}:6:7: unknown chapter "01-introduction": the chapters are "01-introduction-and-trust", "02-future-oriented" [figures/unknown-chapter]`,
    ]);
  });

  it('reports an alt template that names what its context lacks', async () => {
    const { figures, messages } = await render(edit(valid, '{{max.trend}}', '{{max.trnd}}'));
    expect(figures).toEqual([]);
    expect(messages).toEqual([
      `${file}:9:7: cannot fill the alt text template: "trnd" not defined - 1:2 [figures/alt-template]`,
    ]);
  });

  it('reports an alt template Handlebars cannot parse, in one line', async () => {
    const { messages } = await render(edit(valid, '{{number max.count}}', '{{number max.count'));
    expect(messages).toEqual([
      `${file}:9:7: cannot fill the alt text template: Parse error on line 1: Expecting 'ID', got 'EOF' [figures/alt-template]`,
    ]);
  });

  it('reports an expression Vega cannot parse', async () => {
    const broken = edit(valid, '"mark": "bar",', '"transform": [{ "filter": "datum.count >" }], "mark": "bar",');
    const { figures, messages } = await render(broken);
    expect(figures).toEqual([]);
    expect(messages).toEqual([
      `${file}:1:1: the figure cannot be drawn: Unexpected end of input [figures/render]`,
    ]);
  });

  it('passes on what Vega-Lite warns about, as a warning', async () => {
    const { figures, messages } = await render(edit(valid, '"encoding": {', '"encoding": { "shape": { "value": "circle" },'));
    expect(figures).toHaveLength(1);
    expect(messages).toEqual([
      `${file}:1:1: warning: Vega-Lite: shape dropped as it is incompatible with "bar". [figures/vega-lite]`,
    ]);
  });

  it('draws "No data" for an empty table, with a warning', async () => {
    const { figures, messages } = await render(edit(valid, '"name": "trends"', '"name": "empty"'));
    expect(messages).toEqual([
      `${file}:12:13: warning: table "empty" has no rows: the figure shows "No data" [figures/empty-table]`,
    ]);
    const [figure] = figures;
    expect(figure?.svg).toContain('>No data</text>');
    expect(figure?.svg).toMatch(/^<svg [^>]*width="500"/);
    expect(figure).toMatchObject({ alt: 'Cases by trend: no data to show.', rows: [], columns: [], csv: '' });
  });
});
