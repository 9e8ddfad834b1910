import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../../pipeline/figures/document.ts';
import { validateSpec } from '../../pipeline/figures/schema.ts';
import { mapSpec, specFile, templateSpecs } from './fixtures.ts';

const specs = [...templateSpecs(), specFile(mapSpec)];

// As Vega-Lite does for its own examples: every spec we ship is checked against the schema. The first check compiles
// the schema validator, which takes a few seconds.
describe('figure specs', { timeout: 30_000 }, () => {
  it('include the two introduction figures', () => {
    expect(templateSpecs().map((spec) => spec.path)).toEqual(
      expect.arrayContaining(['templates/figures/cases-by-region.vl.json', 'templates/figures/cases-by-trend.vl.json']),
    );
  });

  it.each(specs.map((spec) => [spec.path, spec] as const))('%s is a valid Vega-Lite spec', (_path, spec) => {
    const parsed = parseSpecDocument(spec.path, spec.text);
    expect(parsed.diagnostics).toEqual([]);
    expect(validateSpec(parsed.document!)).toEqual([]);
  });

  it.each(specs.map((spec) => [spec.path, spec] as const))('%s names its schema and a stats table', (_path, spec) => {
    const value = JSON.parse(spec.text) as Record<string, unknown>;
    expect(value['$schema']).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(value['data']).toEqual({ name: expect.any(String) });
  });
});
