/**
 * The Handlebars helpers editors write in chapters. Each helper checks its argument against the build's data; a
 * mistake becomes a diagnostic at the helper's file:line:column and renders a visible marker, so one typo shows
 * every other problem too instead of stopping at the first.
 */
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics.ts';
import type { Figure } from '../figures/index.ts';
import { messages } from '../messages.ts';
import type { Stats } from '../stats/index.ts';
import { figureHtml } from './figure-html.ts';

/** What every chapter's helpers can see. */
export interface TemplateData {
  stats: Stats;
  figures: ReadonlyMap<string, Figure>;
  locale: string;
}

/** A figure as placed in a chapter, numbered by its order there. */
export interface PlacedFigure {
  id: string;
  /** "1.2", or just "2" in an unnumbered chapter. */
  number: string;
  title: string;
}

/** The state of rendering one chapter: where it is, and what its helpers placed and found wrong. */
export interface ChapterScope {
  file: string;
  chapterId: string;
  /** The chapter's number ("1") when it is numbered. */
  chapterNumber?: string;
  /** Lines of front matter above the template, added to Handlebars' positions. */
  lineOffset: number;
  figures: PlacedFigure[];
  diagnostics: Diagnostic[];
  /** Figure id → the chapter that placed it, shared by all chapters of a build so a figure is placed once. */
  placements: Map<string, string>;
}

interface Position {
  line: number;
  column: number;
}

/** The helpers chapters may call, for messages that list them. */
export const HELPER_NAMES = ['stat', 'figure'] as const;

const STAT_FORMATS = ['number', 'percent', 'ordinal'] as const;
type StatFormat = (typeof STAT_FORMATS)[number];

/** Reads a dotted key (`trends.digital-foundations.share`) from the stats tree. */
export function lookupStat(stats: Stats, key: string): unknown {
  let node: unknown = stats;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function formatStat(value: number, format: StatFormat, locale: string): string {
  switch (format) {
    case 'percent':
      return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value);
    case 'ordinal':
      return ordinal(value, locale);
    case 'number':
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  }
}

const ORDINAL_SUFFIXES: Record<Intl.LDMLPluralRule, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' };

function ordinal(value: number, locale: string): string {
  const rule = new Intl.PluralRules(locale, { type: 'ordinal' }).select(value);
  return `${new Intl.NumberFormat(locale).format(value)}${ORDINAL_SUFFIXES[rule]}`;
}

/** Shares are stored as fractions, so a key ending in `share` reads as a percentage unless told otherwise. */
const defaultFormat = (key: string): StatFormat => (key.endsWith('share') ? 'percent' : 'number');

const marker = (text: string) => new Handlebars.SafeString(`<mark class="template-problem">${Handlebars.escapeExpression(text)}</mark>`);

/** A Handlebars environment of its own per chapter, so no helper state leaks between chapters or builds. */
export function createTemplateEnvironment(data: TemplateData, scope: ChapterScope): typeof Handlebars {
  const handlebars = Handlebars.create();

  const report = (options: Handlebars.HelperOptions, rule: string, message: string) => {
    const start = (options as Handlebars.HelperOptions & { loc?: { start: Position } }).loc?.start;
    const diagnostic: Diagnostic = { file: scope.file, rule, severity: 'error', message };
    if (start) {
      diagnostic.line = start.line + scope.lineOffset;
      diagnostic.column = start.column + 1;
    }
    scope.diagnostics.push(diagnostic);
    return marker(message);
  };

  handlebars.registerHelper('stat', (key: unknown, options: Handlebars.HelperOptions) => {
    if (typeof key !== 'string') return report(options, 'chapters/helper-argument', messages.helperNeedsName('stat'));
    const value = lookupStat(data.stats, key);
    if (value === undefined) return report(options, 'chapters/unknown-stat', messages.unknownStat(key));
    if (typeof value === 'string') return value;
    if (typeof value !== 'number') return report(options, 'chapters/unknown-stat', messages.statNotNumber(key));
    const format = options.hash['format'] ?? defaultFormat(key);
    if (!STAT_FORMATS.includes(format)) return report(options, 'chapters/stat-format', messages.unknownStatFormat(String(format)));
    return formatStat(value, format as StatFormat, data.locale);
  });

  handlebars.registerHelper('figure', (id: unknown, options: Handlebars.HelperOptions) => {
    if (typeof id !== 'string') return report(options, 'chapters/helper-argument', messages.helperNeedsName('figure'));
    const figure = data.figures.get(id);
    if (!figure) return report(options, 'chapters/unknown-figure', messages.unknownFigure(id));
    const placedIn = scope.placements.get(id);
    if (placedIn !== undefined) return report(options, 'chapters/figure-placed-twice', messages.figurePlacedTwice(id, placedIn));
    scope.placements.set(id, scope.chapterId);
    const sequence = String(scope.figures.length + 1);
    const number = scope.chapterNumber === undefined ? sequence : `${scope.chapterNumber}.${sequence}`;
    scope.figures.push({ id, number, title: figure.title });
    // Blank lines around the block make Markdown treat it as one HTML block rather than a paragraph.
    return new Handlebars.SafeString(`\n\n${figureHtml(figure, number)}\n\n`);
  });

  return handlebars;
}
