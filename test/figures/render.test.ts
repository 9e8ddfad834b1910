import { describe, expect, it } from 'vitest';
import { renderFigures, type Figure } from '../../pipeline/figures/index.ts';
import { countries, loadAtlas, mapSpec, regions, specFile, templateSpecs, trends } from './fixtures.ts';

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;

async function render(specs = templateSpecs()) {
  return renderFigures({ specs, stats: { tables: { trends, regions, countries } }, atlas: loadAtlas() });
}

function figure(figures: Figure[], id: string): Figure {
  const found = figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no figure ${id} among ${figures.map((f) => f.id).join(', ')}`);
  return found;
}

// The first render compiles the Vega-Lite schema validator, which takes a few seconds.
describe('renderFigures', { timeout: 30_000 }, () => {
  it('renders every template, in path order, without diagnostics', async () => {
    const { figures, diagnostics } = await render();
    expect(diagnostics).toEqual([]);
    expect(figures.map((f) => f.id)).toEqual(['cases-by-country-map', 'cases-by-region', 'cases-by-trend']);
  });

  it('draws one bar per row, labelled with its count', async () => {
    const { figures } = await render();
    for (const [id, rows] of [['cases-by-trend', trends], ['cases-by-region', regions]] as const) {
      const { svg } = figure(figures, id);
      expect(count(svg, /aria-roledescription="bar"/g)).toBe(rows.length);
      const largest = Math.max(...rows.map((row) => row.count));
      expect(svg).toContain(`>${largest.toLocaleString('en-GB')}</text>`);
    }
  });

  it('sets every text in the report font and leaves the title to the page', async () => {
    const { svg } = figure((await render()).figures, 'cases-by-trend');
    expect(count(svg, /font-family="/g)).toBe(count(svg, /font-family="&quot;Source Sans 3&quot;, sans-serif"/g));
    expect(svg).toContain('>Digital and innovative foundations</text>');
    expect(svg).not.toContain('Cases by trend');
  });

  it('fits a print column: the whole figure is 500 px wide', async () => {
    const { svg } = figure((await render()).figures, 'cases-by-trend');
    expect(svg).toMatch(/^<svg [^>]*width="500"/);
  });

  it('carries the captions of the spec', async () => {
    const trendFigure = figure((await render()).figures, 'cases-by-trend');
    expect(trendFigure).toMatchObject({
      chapter: '01-introduction',
      title: 'Cases by trend',
      subtitle: 'Number of case studies showing each trend',
      note: 'A case can show more than one trend, so the counts add up to more than the number of cases.',
      source: 'Source: OECD OPSI case studies, 2024 Call for Government Innovations (illustrative sample data).',
    });
  });

  it('fills the alt text from the data', async () => {
    const { figures } = await render();
    expect(figure(figures, 'cases-by-trend').alt).toBe(
      'Horizontal bar chart of the number of cases for each of the 5 trends. Digital and innovative foundations is ' +
        'the most common trend (1,298 cases, 67% of all cases); Public participation is the least common (164 cases, 21%).',
    );
    expect(figure(figures, 'cases-by-region').alt).toBe(
      'Horizontal bar chart of the number of cases for each of the 3 regions. Europe is the region with the most ' +
        'cases (310 cases, 39% of all cases); Sub-Saharan Africa is the region with the fewest (40 cases, 5%).',
    );
  });

  it('gives the rows drawn, their columns and the same rows as CSV', async () => {
    const regionFigure = figure((await render()).figures, 'cases-by-region');
    expect(regionFigure.rows).toEqual(regions);
    expect(regionFigure.columns).toEqual(['id', 'region', 'count', 'share']);
    expect(regionFigure.csv).toBe(
      'id,region,count,share\n' +
        'europe,Europe,310,0.3875\n' +
        'latin-america,Latin America & the Caribbean,160,0.2\n' +
        'africa,Sub-Saharan Africa,40,0.05\n',
    );
  });

  it('gives the same SVG on a second build in the same process', async () => {
    const first = await render([specFile(mapSpec)]);
    const second = await render([specFile(mapSpec)]);
    expect(second.figures[0]?.svg).toBe(first.figures[0]?.svg);
  });

  it('draws a world map: one shape per country in the table, over the grey world, with ids of its own', async () => {
    const { figures, diagnostics } = await render([specFile(mapSpec)]);
    expect(diagnostics).toEqual([]);
    const map = figure(figures, 'cases-by-country-map');
    expect(count(map.svg, /aria-roledescription="geoshape"/g)).toBe(countries.length);
    expect(map.svg).toContain('aria-label="France: 40 cases"');
    expect(map.svg).toContain('id="cases-by-country-map-svg-1"');
    expect(map.alt).toBe(
      'World map shading the 3 countries with cases by their number of cases. France has the most (40 cases); ' +
        'the 3 countries have 70 cases in all.',
    );
  });
});
