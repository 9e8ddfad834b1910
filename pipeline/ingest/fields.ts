/**
 * Building blocks for the zod schemas of ingested records (cases, and the rows of the country reference table).
 *
 * Readers hand over whatever the file held: text from CSV, numbers, booleans and arrays from JSON or XLSX. Each
 * block turns that into one clean value or records an issue that carries its rule id, so diagnostics never have
 * to guess a rule from message text.
 */
import { z } from 'zod';
import { messages } from '../messages.ts';
import { rules, type Rule } from './rules.ts';
import type { Term } from './vocabulary.ts';

/** Records a problem with the value being converted, under its rule. Returns `z.NEVER` for transforms to return. */
export function fail(ctx: z.RefinementCtx, rule: Rule, message: string, path?: PropertyKey[]): never {
  ctx.addIssue({ code: 'custom', message, params: { rule }, ...(path === undefined ? {} : { path }) });
  return z.NEVER;
}

/** The rule an issue was raised under, see `fail`. */
export function ruleOf(issue: z.core.$ZodIssue): Rule {
  const rule: unknown = issue.code === 'custom' ? issue.params?.['rule'] : undefined;
  return typeof rule === 'string' ? (rule as Rule) : rules.invalidValue;
}

/** A cell or JSON value as trimmed text; empty when absent. */
export const toText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** List fields accept an array (JSON) or text separated by `;` or `|` (CSV, XLSX). */
const toList = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(toText) : toText(value).split(/[;|]/))
    .map((item) => item.trim())
    .filter((item) => item !== '');

export const text = () => z.unknown().optional().transform(toText);

export const requiredText = (field: string) =>
  text().transform((value, ctx) => (value === '' ? fail(ctx, rules.required, messages.requiredField(field)) : value));

export const list = () => z.unknown().optional().transform(toList);

export const requiredList = (field: string) =>
  list().transform((values, ctx) => (values.length === 0 ? fail(ctx, rules.required, messages.requiredField(field)) : values));

const normaliseTerm = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ');

/** A value of one of the form's closed lists, given as its id or its label. */
export function term<const T extends readonly Term[]>(vocabulary: T, field: string) {
  const byKey = new Map<string, T[number]['id']>();
  for (const entry of vocabulary) {
    byKey.set(normaliseTerm(entry.id), entry.id);
    byKey.set(normaliseTerm(entry.label), entry.id);
  }
  const labels = vocabulary.map((entry) => entry.label);
  return (value: string, ctx: z.RefinementCtx): T[number]['id'] =>
    byKey.get(normaliseTerm(value)) ?? fail(ctx, rules.unknownValue, messages.unknownValue(field, value, labels));
}

// Digits only: `Number()` alone would also take `0x7E3` or `2e3` as a year.
const parseWhole = (field: string) => (value: string, ctx: z.RefinementCtx): number =>
  /^[+-]?\d+$/.test(value) ? Number(value) : fail(ctx, rules.notWholeNumber, messages.notWholeNumber(field, value));

/**
 * Empty means absent; anything else must parse. The outer `.optional()` makes the key optional in the `Case` type
 * too, so a hand-built case may leave it out.
 */
const optional = <T>(parse: (value: string, ctx: z.RefinementCtx) => T) =>
  text()
    .transform((value, ctx) => (value === '' ? undefined : parse(value, ctx)))
    .optional();

export const requiredTerm = <const T extends readonly Term[]>(vocabulary: T, field: string) =>
  requiredText(field).transform(term(vocabulary, field));

export const optionalTerm = <const T extends readonly Term[]>(vocabulary: T, field: string) => optional(term(vocabulary, field));

export const requiredWhole = (field: string) => requiredText(field).transform(parseWhole(field));

export const optionalWhole = (field: string) => optional(parseWhole(field));

/** Yes/no as spreadsheets and forms write it; empty means no. */
export const yesNo = () =>
  text().transform((value, ctx) => {
    const key = value.toLowerCase();
    if (['', 'false', 'no', 'n', '0'].includes(key)) return false;
    if (['true', 'yes', 'y', '1'].includes(key)) return true;
    return fail(ctx, rules.notBoolean, messages.notBoolean(value));
  });
