import { describe, expect, it } from 'vitest';
import { parseSpecDocument } from '../../pipeline/figures/document.ts';
import { validateSpec } from '../../pipeline/figures/schema.ts';
import { templateSpecs } from './fixtures.ts';

const specs = templateSpecs().map((spec) => [spec.path, spec] as const);

// As Vega-Lite does for its own examples: every spec we ship is checked against the schema. The first check waits
// for the schema validator to compile, which takes a few seconds on a busy machine.
describe('figure specs', { timeout: 60_000 }, () => {
  it('include every figure the report asks for', () => {
    expect(templateSpecs().map((spec) => spec.path.replace(/^.*\/|\.vl\.json$/g, ''))).toEqual(
      expect.arrayContaining([
        'cases-by-country-map',
        'cases-by-trend',
        'cases-by-region',
        'trend-by-region',
        'cases-by-level',
        'technologies-used',
        'trend-co-occurrence',
        'calls-over-time',
      ]),
    );
  });

  it.each(specs)('%s is a valid Vega-Lite spec', async (_path, spec) => {
    const parsed = parseSpecDocument(spec.path, spec.text);
    expect(parsed.diagnostics).toEqual([]);
    expect(await validateSpec(parsed.document!)).toEqual([]);
  });

  it.each(specs)('%s names its schema and a stats table', (_path, spec) => {
    const value = JSON.parse(spec.text) as Record<string, unknown>;
    expect(value['$schema']).toBe('https://vega.github.io/schema/vega-lite/v6.json');
    expect(value['data']).toEqual({ name: expect.any(String) });
  });
});
