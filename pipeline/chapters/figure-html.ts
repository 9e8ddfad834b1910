/** The HTML of a placed figure: caption above the chart, note and source below, in the OECD manner. */
import Handlebars from 'handlebars';
import type { Figure } from '../figures/index.ts';

const escape = Handlebars.escapeExpression;

export const figureAnchor = (id: string) => `figure-${id}`;

export function figureHtml(figure: Figure, number: string): string {
  const subtitle = figure.subtitle ? `<span class="figure-subtitle">${escape(figure.subtitle)}</span>` : '';
  const note = figure.note ? `<p class="figure-note">Note: ${escape(figure.note)}</p>` : '';
  // The SVG is the figures stage's own output from a validated spec, so it is trusted markup.
  return [
    `<figure class="figure" id="${figureAnchor(figure.id)}">`,
    `<figcaption><span class="figure-number">Figure ${number}.</span> <span class="figure-title">${escape(figure.title)}</span>${subtitle}</figcaption>`,
    `<div class="figure-chart" role="img" aria-label="${escape(figure.alt)}">${figure.svg}</div>`,
    `${note}<p class="figure-source">${escape(figure.source)}</p>`,
    `</figure>`,
  ].join('');
}
