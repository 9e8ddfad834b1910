/**
 * The Handlebars helpers editors write in chapters:
 *
 *   {{stat "key"}}  {{stat "key" format="number|percent|ordinal|interval"}}
 *   {{figure "id"}}  {{ref "name"}}  {{citation}}
 *   {{#cases trend="id" featured=true limit=3}}…{{caseBox}}…{{/cases}}  {{caseBox "case id"}}  {{caseTable}}
 *
 * Each helper checks its arguments against the build's data; a mistake becomes a diagnostic at the helper's
 * file:line:column and renders a visible marker, so one typo shows every other problem too instead of stopping at
 * the first. What a helper places goes in as a placeholder (see placeholders.ts), never as Markdown or raw HTML.
 */
import type { ElementContent } from 'hast';
import Handlebars from 'handlebars';
import type { Diagnostic, Severity } from '../diagnostics.ts';
import type { Citation } from '../edition.ts';
import type { Figure } from '../figures/index.ts';
import type { Case } from '../ingest/schema.ts';
import { labelOf, levelsOfGovernment } from '../ingest/vocabulary.ts';
import { messages } from '../messages.ts';
import type { Stats } from '../stats/index.ts';
import { boxAnchor, caseBoxElement, caseTableElement, countryName, type CaseContext } from './case-html.ts';
import { figureElement } from './figure-html.ts';
import { element, text } from './hast.ts';
import { labels } from './labels.ts';
import { placeholderToken, type Placeholder } from './placeholders.ts';
import { refElement } from './references.ts';
import { defaultFormat, formatInterval, formatStat, intervalKeys, isStatFormat, lookupStat, STAT_FORMATS } from './stat.ts';

// The HTML edition formats figure data tables as the text formats numbers.
export { formatStat } from './stat.ts';

/** What every chapter's helpers can see. */
export interface TemplateData extends CaseContext {
  stats: Stats;
  figures: ReadonlyMap<string, Figure>;
  /** The edition's accepted cases by id, in id order. */
  cases: ReadonlyMap<string, Case>;
  /** How to cite the edition, from its configuration (see `citationParts`). */
  citation: Citation;
}

/** A figure as placed in a chapter, numbered by its order there. */
export interface PlacedFigure {
  id: string;
  /** "1.2", or just "2" in an unnumbered chapter. */
  number: string;
  title: string;
}

/** A case box as placed in a chapter ("Box 2.1"). */
export interface PlacedBox {
  /** Anchor id of the box in the chapter's HTML. */
  id: string;
  caseId: string;
  number: string;
  /** The case's title: data, so escape it wherever it is shown. */
  title: string;
}

/** Where a helper stands in its chapter file, as a diagnostic reports it. */
export type Place = Omit<Diagnostic, 'rule' | 'message'>;

/** A `{{ref}}`, checked once every chapter has said what it holds. */
export interface PendingRef {
  name: string;
  /** Where to report it if nothing has that name. */
  at: Place;
}

/** The state of rendering one chapter: where it is, and what its helpers placed and found wrong. */
export interface ChapterScope {
  file: string;
  chapterId: string;
  /** "1" or "A" when the chapter is numbered: the prefix of its figure and box numbers. */
  chapterNumber?: string;
  /** Lines of front matter above the template, added to Handlebars' positions. */
  lineOffset: number;
  figures: PlacedFigure[];
  boxes: PlacedBox[];
  refs: PendingRef[];
  placeholders: Placeholder[];
  diagnostics: Diagnostic[];
  /** Shared by all chapters of a build, so a figure is placed once and a case boxed once in the report. */
  placements: Map<string, string>;
  boxed: Map<string, { chapterId: string; box: PlacedBox }>;
}

interface Position {
  line: number;
  column: number;
}

/** The helpers chapters may call, for messages that list them. */
export const HELPER_NAMES = ['stat', 'figure', 'ref', 'cases', 'caseBox', 'caseTable', 'citation'] as const;

/** The options `{{#cases}}` takes. */
export const CASE_FILTERS = ['trend', 'featured', 'limit'] as const;

type Options = Handlebars.HelperOptions & { loc?: { start: Position } };

const markElement = (message: string) => element('mark', { className: ['template-problem'] }, [message]);

/** Numbers the next figure or box of a chapter: "2.3", or "3" in an unnumbered chapter. */
const nextNumber = (scope: ChapterScope, placed: readonly unknown[]) =>
  scope.chapterNumber === undefined ? String(placed.length + 1) : `${scope.chapterNumber}.${placed.length + 1}`;

/**
 * The helpers of one chapter, given to its template as it runs: they close over the chapter's scope, so no helper
 * state leaks between chapters or builds, and the compiled template does not depend on them.
 */
export function templateHelpers(data: TemplateData, scope: ChapterScope): Handlebars.HelperDeclareSpec {
  const helpers: Handlebars.HelperDeclareSpec = {};
  /** The case each `{{#cases}}` iteration shows, so `{{caseBox}}` inside the block knows which one. */
  const views = new WeakMap<object, Case>();

  /** Places hast (or hast made once references are known) where the helper stands. */
  const place = (content: ElementContent[] | Placeholder['render'], block: boolean) =>
    new Handlebars.SafeString(placeholderToken(scope.placeholders, { block, render: typeof content === 'function' ? content : () => content }));
  /** Text from the data or the configuration: a text node, so it is never read as Markdown or HTML. */
  const inlineText = (value: string) => place([{ type: 'text', value }], false);

  const placeOf = (options: Options): Place => {
    const start = options.loc?.start;
    const at: Place = { file: scope.file, severity: 'error' };
    if (start) {
      at.line = start.line + scope.lineOffset;
      at.column = start.column + 1;
    }
    return at;
  };
  const diagnose = (options: Options, rule: string, message: string, severity: Severity) =>
    scope.diagnostics.push({ ...placeOf(options), severity, rule, message });
  /** An error: reported, and marked where it happened so the page shows it too. */
  const report = (options: Options, rule: string, message: string) => {
    diagnose(options, rule, message, 'error');
    return place([markElement(message)], false);
  };

  helpers['stat'] = (key: unknown, options: Options) => {
    if (typeof key !== 'string') return report(options, 'chapters/helper-argument', messages.helperNeedsName('stat'));
    const value = lookupStat(data.stats, key);
    if (value === undefined) return report(options, 'chapters/unknown-stat', messages.unknownStat(key));
    const format: unknown = options.hash['format'];
    if (format !== undefined && !isStatFormat(format)) return report(options, 'chapters/stat-format', messages.unknownStatFormat(String(format), STAT_FORMATS));
    if (typeof value === 'string') return inlineText(value);
    if (typeof value !== 'number') return report(options, 'chapters/unknown-stat', messages.statNotNumber(key));
    const chosen = format ?? defaultFormat(key);
    if (chosen !== 'interval') return formatStat(value, chosen, data.locale);
    const keys = intervalKeys(key);
    const low = lookupStat(data.stats, keys.low);
    const high = lookupStat(data.stats, keys.high);
    if (typeof low !== 'number' || typeof high !== 'number') return report(options, 'chapters/stat-format', messages.statWithoutInterval(key, keys.low, keys.high));
    return formatInterval(low, high, data.locale);
  };

  helpers['figure'] = (id: unknown, options: Options) => {
    if (typeof id !== 'string') return report(options, 'chapters/helper-argument', messages.helperNeedsName('figure'));
    const figure = data.figures.get(id);
    if (!figure) return report(options, 'chapters/unknown-figure', messages.unknownFigure(id));
    const placedIn = scope.placements.get(id);
    if (placedIn !== undefined) return report(options, 'chapters/figure-placed-twice', messages.figurePlacedTwice(id, placedIn));
    scope.placements.set(id, scope.chapterId);
    const number = nextNumber(scope, scope.figures);
    scope.figures.push({ id, number, title: figure.title });
    return place([figureElement(figure, number)], true);
  };

  helpers['ref'] = (name: unknown, options: Options) => {
    if (typeof name !== 'string') return report(options, 'chapters/helper-argument', messages.helperNeedsName('ref'));
    // The name may be placed in a later chapter: it is checked (and reported here) once all chapters are rendered.
    scope.refs.push({ name, at: placeOf(options) });
    return place((targets) => {
      const target = targets.get(name);
      return [target ? refElement(name, target) : markElement(messages.unknownReference(name))];
    }, false);
  };

  helpers['cases'] = function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as Options;
    if (options.fn === undefined) return report(options, 'chapters/helper-argument', messages.casesNeedsBlock());
    if (args.length > 1) return report(options, 'chapters/helper-argument', messages.casesPositional(CASE_FILTERS));
    const selected = selectCases(options);
    if (!Array.isArray(selected)) return selected;
    if (selected.length === 0) return options.inverse(this);
    return selected.map((c) => options.fn(caseView(c))).join('');
  };

  helpers['caseBox'] = function (this: unknown, ...args: unknown[]) {
    const options = args.at(-1) as Options;
    const id = args.length > 1 ? args[0] : undefined;
    if (id !== undefined && typeof id !== 'string') return report(options, 'chapters/helper-argument', messages.helperNeedsName('caseBox'));
    const c = id === undefined ? views.get(this as object) : data.cases.get(id);
    if (c === undefined) return report(options, 'chapters/unknown-case', id === undefined ? messages.caseBoxNeedsCase() : messages.unknownCase(id));
    const earlier = scope.boxed.get(c.id);
    if (earlier !== undefined) {
      const label = `${labels.box} ${earlier.box.number}`;
      diagnose(options, 'chapters/case-boxed-twice', messages.caseBoxedTwice(c.id, label, earlier.chapterId), 'warning');
      return place([element('p', { className: ['box-see'] }, [`${labels.see} `, refElement(c.id, { label, anchor: earlier.box.id }), '.'])], true);
    }
    const box: PlacedBox = { id: boxAnchor(c.id), caseId: c.id, number: nextNumber(scope, scope.boxes), title: c.title };
    scope.boxes.push(box);
    scope.boxed.set(c.id, { chapterId: scope.chapterId, box });
    return place([caseBoxElement(c, box.number, data)], true);
  };

  helpers['caseTable'] = (...args: unknown[]) => {
    const options = args.at(-1) as Options;
    if (args.length > 1) return report(options, 'chapters/helper-argument', messages.helperTakesNothing('caseTable'));
    return place([caseTableElement(casesByCountry(data), data)], true);
  };

  // The colophon's wording, so the foreword cannot drift from it; every part is configuration, so text nodes.
  helpers['citation'] = (...args: unknown[]) => {
    const options = args.at(-1) as Options;
    if (args.length > 1) return report(options, 'chapters/helper-argument', messages.helperTakesNothing('citation'));
    const { author, year, title, imprint, url } = data.citation;
    const link = url === undefined ? [] : [text(', '), element('a', { href: url }, [url])];
    return place([text(`${author} (${year}), `), element('cite', {}, [title]), text(`, ${imprint}`), ...link, text('.')], false);
  };

  /** The cases `{{#cases}}` asks for, in id order, or the marker of a wrong option. */
  function selectCases(options: Options): Case[] | Handlebars.SafeString {
    const { trend, featured, limit, ...others } = options.hash as Record<string, unknown>;
    const unknown = Object.keys(others)[0];
    if (unknown !== undefined) return report(options, 'chapters/helper-argument', messages.unknownCasesOption(unknown, CASE_FILTERS));
    const trendIds = data.trends.map((t) => t.id);
    if (trend !== undefined && !trendIds.includes(String(trend))) {
      return report(options, 'chapters/unknown-trend', messages.unknownTrend(String(trend), data.stats.edition, trendIds));
    }
    if (featured !== undefined && typeof featured !== 'boolean') return report(options, 'chapters/helper-argument', messages.casesFeatured(featured));
    if (limit !== undefined && !(Number.isInteger(limit) && (limit as number) > 0)) return report(options, 'chapters/helper-argument', messages.casesLimit(limit));
    const matches = [...data.cases.values()].filter(
      (c) => (trend === undefined || c.trends.includes(String(trend))) && (featured === undefined || c.featured === featured),
    );
    return limit === undefined ? matches : matches.slice(0, limit as number);
  }

  /** A case as the body of `{{#cases}}` sees it: every field is text from the data, so each is a placeholder. */
  function caseView(c: Case): object {
    const view = {
      id: inlineText(c.id),
      title: inlineText(c.title),
      country: inlineText(countryName(c.country, data)),
      organisation: inlineText(c.organisation),
      level: inlineText(labelOf(levelsOfGovernment, c.levelOfGovernment)),
      summary: inlineText(c.summary),
      results: inlineText(c.results),
    };
    views.set(view, c);
    return view;
  }

  return helpers;
}

/** The cases of the edition grouped by country, countries by name in the report's language, cases by id. */
function casesByCountry(data: TemplateData): Map<string, Case[]> {
  const groups = new Map<string, Case[]>();
  for (const c of data.cases.values()) {
    const group = groups.get(c.country);
    if (group) group.push(c);
    else groups.set(c.country, [c]);
  }
  return new Map([...groups].sort(([a], [b]) => countryName(a, data).localeCompare(countryName(b, data), data.locale)));
}
