/**
 * The house style of every figure: a Vega-Lite config that each spec's own `config` is merged over.
 * Sized for a print column of about 500 px (the HTML edition scales the SVG through its viewBox).
 */
import type { Config } from 'vega-lite';

/**
 * The report's typeface, named in every text so the PDF embeds it rather than falling back to another font. Quoted:
 * unquoted, the "3" makes the CSS font-family value invalid and the browser silently uses its default serif.
 */
const reportFont = '"Source Sans 3", sans-serif';

/** Width of the whole figure, labels included. */
export const figureWidth = 500;

/** Okabe–Ito: eight colours told apart with any common colour-vision deficiency. Its blue marks a single series. */
const blue = '#0072B2';
const okabeIto = [blue, '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

const ink = '#222222';
export const quietInk = '#595959';
const rule = '#bdbdbd';

/** Labels and titles of axes and legends alike. */
const guideText = {
  labelFont: reportFont,
  labelFontSize: 11,
  labelColor: ink,
  // No limit, so a long category name is never cut (text-width.ts makes Vega's layout measure it right).
  labelLimit: 0,
  titleFont: reportFont,
  titleFontSize: 11,
  titleFontWeight: 'normal',
  titleColor: quietInk,
} as const;

export const theme: Config = {
  font: reportFont,
  background: 'transparent',
  padding: 2,
  // The whole figure, axis labels included, fits the column; the plot takes what the labels leave.
  autosize: { type: 'fit-x', contains: 'padding' },
  view: { continuousWidth: figureWidth, continuousHeight: 280, step: 26, stroke: null },
  mark: { color: blue },
  geoshape: { stroke: 'white', strokeWidth: 0.5 },
  text: { font: reportFont, fontSize: 11, color: ink },
  // Sequential blues from a quarter in, so the smallest value still stands out from the grey of "no data".
  range: { category: okabeIto, ramp: { scheme: 'blues', extent: [0.25, 1] }, heatmap: { scheme: 'blues', extent: [0.25, 1] } },
  axis: {
    ...guideText,
    domainColor: rule,
    tickColor: rule,
    gridColor: '#e8e8e8',
  },
  axisBand: { ticks: false, domain: false, grid: false },
  legend: guideText,
  title: { font: reportFont, subtitleFont: reportFont },
};
