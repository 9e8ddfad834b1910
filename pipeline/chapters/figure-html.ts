/**
 * A placed figure, in the OECD manner: caption above the chart, note and source below. The markup stays semantic
 * and carries the figure's id and number as data attributes, so each edition can add what belongs to it (a link
 * to the CSV, a data table) without parsing captions.
 */
import type { Element } from 'hast';
import type { Figure } from '../figures/index.ts';
import { element } from './hast.ts';
import { labels } from './labels.ts';

export const figureAnchor = (id: string) => `figure-${id}`;

export function figureElement(figure: Figure, number: string): Element {
  const caption = [
    element('span', { className: ['figure-number'] }, [`${labels.figure} ${number}.`]),
    ' ',
    element('span', { className: ['figure-title'] }, [figure.title]),
    ...(figure.subtitle ? [element('span', { className: ['figure-subtitle'] }, [figure.subtitle])] : []),
  ];
  return element('figure', { className: ['figure'], id: figureAnchor(figure.id), dataFigureId: figure.id, dataFigureNumber: number }, [
    element('figcaption', {}, caption),
    // The SVG is the figures stage's own output from a validated spec: trusted markup, kept raw. The wrapper names
    // the chart with its alt text, so the SVG's own marks are hidden from assistive technology (some, like the
    // map's background shapes, have no name of their own).
    element('div', { className: ['figure-chart'], role: 'img', ariaLabel: figure.alt }, [
      { type: 'raw', value: figure.svg.replace(/^<svg\b/, '<svg aria-hidden="true"') },
    ]),
    ...(figure.note ? [element('p', { className: ['figure-note'] }, [`${labels.note}: ${figure.note}`])] : []),
    element('p', { className: ['figure-source'] }, [figure.source]),
  ]);
}
