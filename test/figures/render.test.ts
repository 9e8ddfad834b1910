import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryCache } from '../../pipeline/cache/memory.ts';
import type { CachedDrawing, DrawingCache } from '../../pipeline/figures/cache.ts';
import { renderFigures, type Figure, type FiguresResult, type SpecFile } from '../../pipeline/figures/index.ts';
import type { TableRow } from '../../pipeline/stats/index.ts';
import { countries, loadAtlas, mapSpec, reportChapters, specFile, tables, templateSpecs } from './fixtures.ts';

const atlas = loadAtlas();

async function render(specs: SpecFile[] = templateSpecs(), cache: DrawingCache = memoryCache(), given = tables) {
  return renderFigures({ specs, stats: { tables: given }, atlas, chapters: reportChapters, cache });
}

const count = (svg: string, pattern: RegExp) => (svg.match(pattern) ?? []).length;
const marks = (svg: string, role: string) => count(svg, new RegExp(`aria-roledescription="${role}"`, 'g'));

interface TextMark {
  x: number;
  y: number;
  text: string;
}

/** The text marks of a chart (value labels, not axis labels), with where they sit. */
function textMarks(svg: string): TextMark[] {
  const pattern = /<text [^>]*aria-roledescription="text mark"[^>]*transform="translate\(([-\d.]+),([-\d.]+)\)"[^>]*>([^<]*)<\/text>/g;
  return [...svg.matchAll(pattern)].map(([, x, y, text]) => ({ x: Number(x), y: Number(y), text: text! }));
}

/** As the specs label shares: a whole percentage, and an asterisk on a small base. */
const shareLabel = (row: TableRow) => `${Math.round(Number(row['share']) * 100)}%${row['smallBase'] === 'yes' ? '*' : ''}`;

const largest = (rows: readonly TableRow[], measure: string) =>
  rows.reduce((best, row) => (Number(row[measure]) > Number(best[measure]) ? row : best));

function figure(result: FiguresResult, id: string): Figure {
  const found = result.figures.find((f) => f.id === id);
  if (found === undefined) throw new Error(`no figure ${id} among ${result.figures.map((f) => f.id).join(', ')}`);
  return found;
}

/** Charts of shares with their 95% intervals: table drawn → its label column. */
const shareBarCharts = {
  'cases-by-trend': 'trends',
  'cases-by-level': 'levels',
  'technologies-used': 'technologies',
  'trend-future-oriented-sectors': 'byTrend.future-oriented.sectors',
  'trend-digital-foundations-technologies': 'byTrend.digital-foundations.technologies',
  'trend-personalised-proactive-target-groups': 'byTrend.personalised-proactive.targetGroups',
  'trend-data-powered-technologies': 'byTrend.data-powered.technologies',
  'trend-participation-sectors': 'byTrend.participation.sectors',
} as const;

const heatmaps = { 'trend-by-region': 'trendRegions', 'trend-co-occurrence': 'coOccurrence' } as const;

/** Figures of multi-label breakdowns, where a case counts in more than one bar or cell. */
const multiLabel = [
  'cases-by-trend',
  'technologies-used',
  'trend-by-region',
  'trend-co-occurrence',
  ...Object.keys(shareBarCharts).filter((id) => id.startsWith('trend-')),
];

// The first render compiles the Vega-Lite schema validator, which takes a few seconds on a busy machine.
describe('renderFigures on the template specs', { timeout: 60_000 }, () => {
  let result: FiguresResult;
  beforeAll(async () => {
    result = await render();
  });

  it('renders every template, in path order, without diagnostics, each in a chapter of the report', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.figures.map((f) => f.id)).toEqual(templateSpecs().map((spec) => spec.path.replace(/^.*\/|\.vl\.json$/g, '')));
    expect(result.figures.map((f) => f.id)).toEqual(expect.arrayContaining(['cases-by-country-map', 'calls-over-time', ...Object.keys(shareBarCharts), ...Object.keys(heatmaps)]));
    for (const f of result.figures) expect(reportChapters).toContain(f.chapter);
    const trendChapters = result.figures.filter((f) => f.id.startsWith('trend-') && !(f.id in heatmaps)).map((f) => f.chapter);
    expect(trendChapters.sort()).toEqual(['02-future-oriented', '03-digital-foundations', '04-personalised-proactive', '05-data-powered', '06-participation']);
  });

  it('says on every figure that the data is illustrative, and states the multi-label rule where a case counts more than once', () => {
    for (const f of result.figures) expect(f.source).toMatch(/^Source: .*\(illustrative sample data\)\.$/);
    for (const id of multiLabel) expect(figure(result, id).note).toMatch(/can (show|use|name) more than one|can show several/);
  });

  it.each(Object.entries(shareBarCharts))('%s draws one bar and one interval per row, the largest share labelled first', (id, table) => {
    const { svg } = figure(result, id);
    const rows = tables[table]!;
    expect(marks(svg, 'bar')).toBe(rows.length);
    expect(marks(svg, 'rule mark')).toBe(rows.length);
    const labels = textMarks(svg);
    expect(labels.map((label) => label.text).sort()).toEqual(rows.map(shareLabel).sort());
    const topmost = labels.reduce((top, label) => (label.y < top.y ? label : top));
    expect(topmost.text).toBe(shareLabel(largest(rows, 'share')));
  });

  it('marks a share of a small base with an asterisk and a paler bar, and no other', () => {
    const small = figure(result, 'trend-participation-sectors').svg;
    expect(textMarks(small).every((label) => label.text.endsWith('*'))).toBe(true);
    expect(count(small, /aria-roledescription="bar"[^>]*opacity="0.45"/g)).toBe(3);
    const large = figure(result, 'trend-digital-foundations-technologies').svg;
    expect(textMarks(large).some((label) => label.text.endsWith('*'))).toBe(false);
    expect(count(large, /opacity="0.45"/g)).toBe(0);
  });

  it('draws cases by region as one bar per region, the largest count labelled first', () => {
    const { svg } = figure(result, 'cases-by-region');
    const rows = tables['regions']!;
    expect(marks(svg, 'bar')).toBe(rows.length);
    const topmost = textMarks(svg).reduce((top, label) => (label.y < top.y ? label : top));
    expect(topmost.text).toBe(largest(rows, 'count')['count']!.toLocaleString('en-GB'));
  });

  it.each(Object.entries(heatmaps))('%s draws a labelled cell for every row of its table', (id, table) => {
    const { svg } = figure(result, id);
    const rows = tables[table]!;
    expect(marks(svg, 'rect mark')).toBe(rows.length);
    expect(textMarks(svg).map((label) => label.text).sort()).toEqual(rows.map(shareLabel).sort());
  });

  it('lays the trend × region heatmap out as trends × regions, the largest trend first', () => {
    const { svg } = figure(result, 'trend-by-region');
    const cells = textMarks(svg);
    expect(new Set(cells.map((cell) => cell.y)).size).toBe(2);
    expect(new Set(cells.map((cell) => cell.x)).size).toBe(3);
    const firstRow = Math.min(...cells.map((cell) => cell.y));
    expect(cells.filter((cell) => cell.y === firstRow).map((cell) => cell.text)).toEqual(['56%', '37%', '7%']);
    expect(cells.filter((cell) => cell.y !== firstRow).map((cell) => cell.text)).toEqual(['50%*', '40%*', '10%*']);
  });

  it('draws calls over time as bars of cases and of countries for each edition, each labelled', () => {
    const { svg } = figure(result, 'calls-over-time');
    const rows = tables['editions']!;
    expect(marks(svg, 'bar')).toBe(2 * rows.length);
    const labels = textMarks(svg).map((label) => label.text);
    for (const row of rows) expect(labels).toEqual(expect.arrayContaining([row['cases']!.toLocaleString('en-GB'), String(row['countries'])]));
  });

  it('draws a world map: every country of the atlas but Antarctica, those with cases by their count', () => {
    const { svg } = figure(result, 'cases-by-country-map');
    expect(marks(svg, 'geoshape')).toBe(176);
    expect(svg).toContain('aria-label="France: 40 cases"');
    expect(count(svg, /aria-label="[^"]*: no case"/g)).toBe(176 - countries.length);
    expect(svg).toContain('id="cases-by-country-map-svg-1"');
  });

  it('gives as CSV exactly the rows each figure draws', () => {
    const tableOf = (f: Figure) => Object.values(tables).find((rows) => rows === f.rows);
    for (const f of result.figures) {
      expect(tableOf(f), f.id).toBeDefined();
      const parsed = parseCsv(f.csv, { columns: true }) as Record<string, string>[];
      expect(parsed, f.id).toEqual(f.rows.map((row) => Object.fromEntries(f.columns.map((column) => [column, String(row[column])]))));
      expect(f.columns, f.id).toEqual(Object.keys(f.rows[0]!));
    }
  });

  it('fills the alt text from the data', () => {
    expect(figure(result, 'cases-by-trend').alt).toBe(
      'Horizontal bar chart of the share of cases showing each of the 5 trends. Digital and innovative foundations is the most ' +
        'common trend (67% of cases, 538 cases); Public participation is the least common (21%, 164 cases). A case can show ' +
        'several trends, so the shares add up to more than 100%.',
    );
    expect(figure(result, 'trend-co-occurrence').alt).toBe(
      'Matrix of how often trends are named on the same case, 6 pairs of trends. The strongest pairing: 64% of Data-powered ' +
        'cases (120 of 187) also show Digital and innovative foundations; the weakest: 7% of Digital and innovative foundations ' +
        'cases also show Public participation.',
    );
    expect(figure(result, 'calls-over-time').alt).toBe(
      'Two bar charts, of the cases and of the countries in each of the 3 editions in the data: 2019, 542 cases from 84 ' +
        'countries; 2023, 1,084 cases from 94 countries; 2024, 800 cases from 83 countries.',
    );
    expect(figure(result, 'cases-by-country-map').alt).toBe(
      'World map shading the 3 countries with cases by their number of cases. France has the most (40 cases); the 3 ' +
        'countries have 70 cases in all.',
    );
  });

  it('carries the captions of the spec, and leaves the title to the page', () => {
    const trendFigure = figure(result, 'cases-by-trend');
    expect(trendFigure).toMatchObject({
      chapter: '01-introduction',
      title: 'Cases by trend',
      subtitle: 'Share of case studies showing each trend, with 95% intervals',
      source: 'Source: OECD OPSI case studies, 2024 Call for Government Innovations (illustrative sample data).',
    });
    expect(trendFigure.svg).not.toContain('Cases by trend');
  });

  it('sets every text in the report font, and fits a print column of 500 px', () => {
    for (const { svg, id } of result.figures) {
      expect(count(svg, /font-family="/g), id).toBe(count(svg, /font-family="&quot;Source Sans 3&quot;, sans-serif"/g));
      expect(svg, id).toMatch(/^<svg [^>]*width="500"/);
    }
  });

  it('draws the same SVG, byte for byte, when drawing again', async () => {
    const again = await render();
    expect(again.figures.map((f) => f.svg)).toEqual(result.figures.map((f) => f.svg));
  });
});

describe('renderFigures with a cache', { timeout: 60_000 }, () => {
  /** A cache that counts the drawings it is given. */
  function countingCache(): DrawingCache & { stored: number } {
    const inner = memoryCache<CachedDrawing>();
    const cache = {
      stored: 0,
      get: (key: string) => inner.get(key),
      set(key: string, drawing: CachedDrawing) {
        cache.stored += 1;
        inner.set(key, drawing);
      },
    };
    return cache;
  }

  it('draws an unchanged figure once, and again only when its data change', async () => {
    const cache = countingCache();
    const specs = [specFile('templates/editions/2024/figures/cases-by-trend.vl.json'), specFile('templates/editions/2024/figures/cases-by-region.vl.json')];
    const first = await render(specs, cache);
    expect(cache.stored).toBe(2);
    const second = await render(specs, cache);
    expect(cache.stored).toBe(2);
    expect(second.figures.map((f) => f.svg)).toEqual(first.figures.map((f) => f.svg));
    const fewerRegions = { ...tables, regions: tables['regions']!.slice(0, 2) };
    const third = await render(specs, cache, fewerRegions);
    expect(cache.stored).toBe(3);
    expect(third.figures.map((f) => f.svg === first.figures.find((g) => g.id === f.id)?.svg)).toEqual([false, true]);
  });

  it('keeps the map drawn from the same atlas and table', async () => {
    const cache = countingCache();
    await render([specFile(mapSpec)], cache);
    await render([specFile(mapSpec)], cache);
    expect(cache.stored).toBe(1);
  });
});
