/**
 * What the HTML edition adds to each figure the chapters placed: a link to the figure's data as CSV and the same
 * data as a table the reader can open, so the numbers behind a chart are there for screen readers and for reuse.
 */
import type { PlacedFigure } from '../../chapters/index.ts';
import type { Figure } from '../../figures/index.ts';
import type { EditionFile } from '../layout.ts';
import type { Render } from './render.ts';

/** The CSV files sit in the edition's own folder, so a copy of the edition is complete without output/figures. */
export const figureCsvPath = (figure: Pick<Figure, 'id'>): string => `figures/${figure.id}.csv`;

export function figureCsvFiles(figures: readonly Figure[]): EditionFile[] {
  return figures.map((figure) => ({ path: figureCsvPath(figure), content: figure.csv }));
}

interface Cell {
  text: string;
  numeric: boolean;
}

/** The markup placed at the end of the figure: the download link and the data table (html-figure-data.hbs). */
export function figureDataHtml(figure: Figure, placed: PlacedFigure, locale: string, render: Render): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });
  const rows = figure.rows.map((row) => figure.columns.map((column) => cell(row[column], number)));
  return render('html-figure-data', { number: placed.number, title: figure.title, csvHref: figureCsvPath(figure), columns: figure.columns, rows });
}

/** The values of the CSV, numbers in the edition's locale: the table is the data itself, not a reading of it. */
function cell(value: string | number | undefined, number: Intl.NumberFormat): Cell {
  return typeof value === 'number' ? { text: number.format(value), numeric: true } : { text: value ?? '', numeric: false };
}
