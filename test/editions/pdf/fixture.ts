/**
 * A small edition for the print tests, laid out by the real templates: a foreword, two chapters and an annex, with
 * figures (inline SVG), case boxes, footnotes, a long table and headings long enough to wrap. The chapters' HTML has
 * the shape the chapters stage gives it (figure, case box and GFM footnote markup), written out here so the tests
 * depend only on the print edition.
 */
import { join } from 'node:path';
import type { Chapter } from '../../../pipeline/chapters/index.ts';
import { readEditionTemplates } from '../../../pipeline/build.ts';
import type { Edition } from '../../../pipeline/edition.ts';
import { nodeEffects } from '../../../pipeline/effects.ts';
import type { EditionTemplates } from '../../../pipeline/editions/layout.ts';
import type { PrintEditionInput } from '../../../pipeline/editions/pdf/index.ts';
import { edition as baseEdition } from '../../fixtures.ts';

export const fixtureEditionConfig: Edition = {
  ...baseEdition,
  dataNotice: 'The cases of this test edition are invented.',
};

/** The real templates, read as the build reads them. */
export async function realTemplates(): Promise<EditionTemplates> {
  const quiet = nodeEffects({ info: () => {}, diagnostic: () => {} }, { start: () => ({ done: () => {} }) });
  const text = async (path: string) => new TextDecoder().decode(await quiet.readFile(path));
  return readEditionTemplates(join(import.meta.dirname, '../../../templates'), quiet, text);
}

export function fixtureEdition(print: Edition['print'], templates: EditionTemplates): PrintEditionInput {
  return { edition: { ...fixtureEditionConfig, print }, templates, chapters: fixtureChapters() };
}

/** A figure as the chapters stage places it, with a chart whose labels name the figure (`Label of …`). */
export function figureHtml(id: string, number: string, title: string): string {
  const bars = [0, 1, 2, 3]
    .map((index) => `<rect x="210" y="${20 + index * 50}" width="${40 + index * 60}" height="30" fill="#0b5394"/><text x="200" y="${40 + index * 50}" text-anchor="end" font-family="&quot;Source Sans 3&quot;, sans-serif" font-size="11">Label of ${id} ${index}</text>`)
    .join('');
  return [
    `<figure class="figure" id="figure-${id}" data-figure-id="${id}" data-figure-number="${number}">`,
    `<figcaption><span class="figure-number">Figure ${number}.</span> <span class="figure-title">${title}</span><span class="figure-subtitle">Number of cases</span></figcaption>`,
    `<div class="figure-chart" role="img" aria-label="A bar chart."><svg xmlns="http://www.w3.org/2000/svg" width="480" height="230" viewBox="0 0 480 230">${bars}</svg></div>`,
    `<p class="figure-note">Note: Invented numbers.</p><p class="figure-source">Source: Test data.</p>`,
    `</figure>`,
  ].join('');
}

/** A case box as the chapters stage places it; its last line is `End of box <number>`. */
export function boxHtml(id: string, number: string, title: string): string {
  return [
    `<aside class="case-box" id="${id}" aria-labelledby="${id}-caption">`,
    `<p class="box-caption" id="${id}-caption"><span class="box-number">Box ${number}.</span> <span class="box-title">${title}</span></p>`,
    paragraphs(`box ${number}`, 3),
    `<p class="box-source">End of box ${number}.</p>`,
    `</aside>`,
  ].join('');
}

function paragraphs(topic: string, count: number): string {
  return Array.from(
    { length: count },
    (_, index) =>
      `<p>Paragraph ${index + 1} on ${topic}. Governments tested the service with the people who use it, changed what did not work and measured ` +
      'what changed. The teams wrote down what they learnt so that other agencies could reuse it, and they published the data behind ' +
      'their decisions so that anyone could check them.</p>',
  ).join('\n');
}

function heading(level: 2 | 3, id: string, text: string): string {
  return `<h${level} id="${id}">${text}</h${level}>`;
}

/**
 * GFM's footnote reference and notes section, with the chapter's id prefix as the chapters stage sets it. The back
 * link shows ↑: GFM's default ↩ is not in the report's font and would print in a system font.
 */
function footnoteRef(prefix: string, number: number): string {
  return `<sup><a href="#${prefix}fn-${number}" id="${prefix}fnref-${number}" data-footnote-ref aria-describedby="${prefix}footnote-label">${number}</a></sup>`;
}

function footnotesSection(prefix: string, notes: readonly string[]): string {
  const items = notes
    .map((note, index) => `<li id="${prefix}fn-${index + 1}"><p>${note} <a href="#${prefix}fnref-${index + 1}" data-footnote-backref="" aria-label="Back to reference ${index + 1}" class="data-footnote-backref">↑</a></p></li>`)
    .join('\n');
  return `<section data-footnotes class="footnotes"><h2 class="sr-only" id="${prefix}footnote-label">Notes</h2>\n<ol>\n${items}\n</ol>\n</section>`;
}

function longTable(rows: number): string {
  const body = Array.from({ length: rows }, (_, index) => `<tr><td>Country ${index + 1}</td><td>${(index * 7) % 50}</td><td>${index % 100}%</td></tr>`).join('');
  return `<table class="long-table"><thead><tr><th>Country name</th><th>Cases counted</th><th>Share of all</th></tr></thead><tbody>${body}</tbody></table>`;
}

function fixtureChapters(): Chapter[] {
  const chapter = (fields: Omit<Chapter, 'path' | 'numbered' | 'footnotes' | 'boxes' | 'figures'> & Partial<Chapter>): Chapter => ({
    path: `templates/editions/2024/chapters/${fields.id}.md`,
    numbered: fields.kind !== 'front',
    figures: [],
    boxes: [],
    footnotes: [],
    ...fields,
  });
  const one = '01-services--';
  const two = '02-data--';
  return [
    chapter({
      id: '00-foreword',
      title: 'Foreword',
      shortTitle: 'Foreword',
      kind: 'front',
      html: paragraphs('the foreword', 4),
      outline: [],
    }),
    chapter({
      id: '01-services',
      number: '1',
      label: 'Chapter 1',
      title: 'Public services as the meeting point between people and the governments that serve them',
      shortTitle: 'Public services',
      summary: 'What this chapter is about, in one sentence.',
      kind: 'chapter',
      html: [
        heading(2, `${one}why`, 'Why services matter'),
        `<p>Services shape trust.${footnoteRef(one, 1)}</p>`,
        paragraphs('services', 5),
        figureHtml('services-trend', '1.1', 'Cases by trend'),
        heading(2, `${one}gathered`, 'How the cases were gathered from every region of the world and then sorted'),
        paragraphs('gathering', 6),
        boxHtml('box-case-one', '1.1', 'A one-stop shop for families'),
        heading(3, `${one}desk`, 'Desk research and the call'),
        paragraphs('desk research', 4),
        figureHtml('services-region', '1.2', 'Cases by region'),
        heading(2, `${one}trends`, 'Five trends'),
        `<p>Five trends stand out.${footnoteRef(one, 2)}</p>`,
        paragraphs('trends', 7),
        boxHtml('box-case-two', '1.2', 'Proactive benefits for new parents'),
        footnotesSection(one, ['The first note, about trust.', 'The second note, about trends.']),
      ].join('\n'),
      outline: [
        { depth: 2, id: `${one}why`, text: 'Why services matter' },
        { depth: 2, id: `${one}gathered`, text: 'How the cases were gathered from every region of the world and then sorted' },
        { depth: 3, id: `${one}desk`, text: 'Desk research and the call' },
        { depth: 2, id: `${one}trends`, text: 'Five trends' },
      ],
      figures: [
        { id: 'services-trend', number: '1.1', title: 'Cases by trend' },
        { id: 'services-region', number: '1.2', title: 'Cases by region' },
      ],
      boxes: [
        { id: 'box-case-one', caseId: 'T-1', number: '1.1', title: 'A one-stop shop for families' },
        { id: 'box-case-two', caseId: 'T-2', number: '1.2', title: 'Proactive benefits for new parents' },
      ],
      footnotes: [
        { id: `${one}fn-1`, number: 1 },
        { id: `${one}fn-2`, number: 2 },
      ],
    }),
    chapter({
      id: '02-data',
      number: '2',
      label: 'Chapter 2',
      title: 'Data-powered public services',
      shortTitle: 'Data-powered',
      kind: 'chapter',
      html: [
        heading(2, `${two}sources`, 'New sources of data'),
        paragraphs('data sources', 3),
        figureHtml('data-sources', '2.1', 'Sources of data'),
        heading(2, `${two}countries`, 'Cases by country, in a table longer than a page'),
        longTable(90),
        paragraphs('the table', 2),
        boxHtml('box-case-three', '2.1', 'A digital twin of a city'),
      ].join('\n'),
      outline: [
        { depth: 2, id: `${two}sources`, text: 'New sources of data' },
        { depth: 2, id: `${two}countries`, text: 'Cases by country, in a table longer than a page' },
      ],
      figures: [{ id: 'data-sources', number: '2.1', title: 'Sources of data' }],
      boxes: [{ id: 'box-case-three', caseId: 'T-3', number: '2.1', title: 'A digital twin of a city' }],
    }),
    chapter({
      id: '90-annex',
      number: 'A',
      label: 'Annex A',
      title: 'Methodology',
      shortTitle: 'Methodology',
      kind: 'annex',
      html: [heading(2, '90-annex--call', 'The call for innovations'), paragraphs('the method', 3)].join('\n'),
      outline: [{ depth: 2, id: '90-annex--call', text: 'The call for innovations' }],
    }),
  ];
}
