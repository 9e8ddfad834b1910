/**
 * Case studies as report markup: a numbered box, and the annex table of every case grouped by country.
 *
 * Case records are untrusted: anyone can submit to the Call. Their text therefore never goes through Markdown or
 * raw HTML; it becomes hast text nodes and attribute values, which the stringifier escapes, and a web address
 * becomes a link only when it is http(s). The chapter's sanitizer then checks the assembled tree again.
 */
import type { Element, ElementContent } from 'hast';
import type { Edition } from '../edition.ts';
import type { Reference } from '../ingest/reference.ts';
import type { Case } from '../ingest/schema.ts';
import { caseSources, labelOf, levelsOfGovernment } from '../ingest/vocabulary.ts';
import { element, text } from './hast.ts';
import { labels } from './labels.ts';

/** What case markup needs beyond the case: names for codes, and the locale for counts. */
export interface CaseContext {
  reference: Reference;
  trends: Edition['trends'];
  locale: string;
}

/** The anchor of a case's box, unique in the report because a case is boxed once. */
export const boxAnchor = (caseId: string) => `box-${caseId.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/** The case's web address when it is safe to link to, so `javascript:` and the like render as no link at all. */
export function safeUrl(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
}

export const countryName = (iso3: string, context: CaseContext): string => context.reference.countries.get(iso3)?.name ?? iso3;

export function caseBoxElement(c: Case, number: string, context: CaseContext): Element {
  const anchor = boxAnchor(c.id);
  const facts: [string, string][] = [
    [labels.country, countryName(c.country, context)],
    [labels.organisation, c.organisation],
    [labels.levelOfGovernment, labelOf(levelsOfGovernment, c.levelOfGovernment)],
  ];
  return element('aside', { className: ['case-box'], id: anchor, dataCaseId: c.id, dataBoxNumber: number, ariaLabelledBy: [`${anchor}-caption`] }, [
    element('p', { className: ['box-caption'], id: `${anchor}-caption` }, [
      element('span', { className: ['box-number'] }, [`${labels.box} ${number}.`]),
      ' ',
      element('span', { className: ['box-title'] }, [c.title]),
    ]),
    element(
      'dl',
      { className: ['case-facts'] },
      facts.filter(([, value]) => value !== '').map(([term, value]) => element('div', {}, [element('dt', {}, [term]), element('dd', {}, [value])])),
    ),
    ...labelledText('case-summary', labels.whatItDoes, c.summary),
    ...labelledText('case-results', labels.results, c.results),
    element('p', { className: ['box-source'] }, [`${labels.source}: `, linked(c.url, `${labels.caseId} ${c.id}`), `, ${labelOf(caseSources, c.source)}.`]),
  ]);
}

/** A labelled passage of case text, one paragraph per blank-line-separated block; nothing when the field is empty. */
function labelledText(className: string, label: string, value: string): Element[] {
  const paragraphs = value.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
  if (paragraphs.length === 0) return [];
  return [element('div', { className: [className] }, [element('p', { className: ['case-label'] }, [label]), ...paragraphs.map((p) => element('p', {}, [p]))])];
}

/** `content`, linked to `url` when the address is safe. */
function linked(url: string, content: string): ElementContent {
  const href = safeUrl(url);
  return href === undefined ? text(content) : element('a', { href }, [content]);
}

/** Every case of the edition by country (countries and cases in the order given), for the annex. */
export function caseTableElement(byCountry: ReadonlyMap<string, readonly Case[]>, context: CaseContext): Element {
  const trendTitle = new Map(context.trends.map((t) => [t.id, t.shortTitle]));
  const count = new Intl.NumberFormat(context.locale);
  const head = [labels.caseId, labels.caseTitle, labels.organisation, labels.levelOfGovernment, labels.trends];
  const groups = [...byCountry].map(([iso3, cases]) => {
    const name = countryName(iso3, context);
    return element('tbody', { dataCountry: iso3 }, [
      element('tr', { className: ['case-table-country'] }, [
        element('th', { scope: 'colgroup', colSpan: head.length }, [labels.countryCases(name, count.format(cases.length), cases.length === 1)]),
      ]),
      ...cases.map((c) =>
        element('tr', {}, [
          element('td', {}, [c.id]),
          element('td', {}, [linked(c.url, c.title)]),
          element('td', {}, [c.organisation]),
          element('td', {}, [labelOf(levelsOfGovernment, c.levelOfGovernment)]),
          element('td', {}, [c.trends.map((t) => trendTitle.get(t) ?? t).join('; ')]),
        ]),
      ),
    ]);
  });
  return element('table', { className: ['case-table'] }, [
    element('thead', {}, [element('tr', {}, head.map((h) => element('th', { scope: 'col' }, [h])))]),
    ...groups,
  ]);
}
