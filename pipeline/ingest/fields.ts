/**
 * Building blocks for the zod schemas of ingested records (cases, and the rows of the country reference table).
 *
 * Readers hand over whatever the file held: text from CSV, numbers, booleans and arrays from JSON or XLSX. Each
 * block turns that into one clean value or records an issue that carries its rule id, so diagnostics never have
 * to guess a rule from message text.
 *
 * A block is a step, a function of the value and zod's context; `field` makes a schema of one, and `chain` links
 * two as chained `.transform`s would (the second runs only when the first recorded no issue). A field is so one zod
 * transform however many steps it takes: every zod pipe costs objects and calls for each value it sees, which a
 * hundred thousand records of twenty fields feel.
 */
import { z } from 'zod';
import { messages } from '../messages.ts';
import { rules, type Rule } from './rules.ts';
import type { Term } from './vocabulary.ts';

/** Turns a value into a clean one, or records an issue with `fail`. */
export type Step<In, Out> = (value: In, ctx: z.RefinementCtx) => Out;

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

/** `first`, then `next` on what it returned, unless `first` recorded an issue. */
export function chain<A, B, C>(first: Step<A, B>, next: Step<B, C>): Step<A, C> {
  return (value, ctx) => {
    const issues = ctx.issues.length;
    const converted = first(value, ctx);
    return ctx.issues.length > issues ? z.NEVER : next(converted, ctx);
  };
}

/** A field whose value `step` converts: absent or empty values reach it too, as undefined or as given. */
export const field = <T>(step: Step<unknown, T>) => z.transform(step);

/**
 * A field that may be left empty: empty means absent, anything else must pass `parse`. The outer `.optional()`
 * makes the key optional in the output type too, so a hand-built case may leave it out.
 */
export const optionalField = <T>(parse: Step<string, T>) =>
  z
    .transform((value: unknown, ctx) => {
      const written = toText(value);
      return written === '' ? undefined : parse(written, ctx);
    })
    .optional();

/** A cell or JSON value as trimmed text; empty when absent. */
export const toText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

/** List fields accept an array (JSON) or text separated by `;` or `|` (CSV, XLSX); items are trimmed, empty ones left out. */
const toList = (value: unknown): string[] => {
  const list: string[] = [];
  if (Array.isArray(value)) {
    for (const item of value) addItem(list, toText(item));
    return exactSize(list);
  }
  // Cut by hand: with `split`, measured on 80,000 records, every young-generation collection took several times
  // as long.
  const written = toText(value);
  let start = 0;
  for (let index = 0; index < written.length; index++) {
    const code = written.charCodeAt(index);
    if (code === SEMICOLON || code === VERTICAL_BAR) {
      addItem(list, written.slice(start, index));
      start = index + 1;
    }
  }
  addItem(list, written.slice(start));
  return exactSize(list);
};

/** A copy without the spare room `push` leaves (room for 16 values), since a case keeps its lists. */
const exactSize = (list: string[]): string[] => (list.length === 0 ? list : list.slice());

function addItem(list: string[], item: string): void {
  const trimmed = item.trim();
  if (trimmed !== '') list.push(trimmed);
}

const SEMICOLON = 0x3b;
const VERTICAL_BAR = 0x7c;

export const text: Step<unknown, string> = toText;

export const requiredText = (field: string): Step<unknown, string> => {
  const message = messages.requiredField(field);
  return (value, ctx) => {
    const written = toText(value);
    return written === '' ? fail(ctx, rules.required, message) : written;
  };
};

export const list: Step<unknown, string[]> = toList;

export const requiredList = (field: string): Step<unknown, string[]> => {
  const message = messages.requiredField(field);
  return (value, ctx) => {
    const values = toList(value);
    return values.length === 0 ? fail(ctx, rules.required, message) : values;
  };
};

const normaliseTerm = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ');

/** A value of one of the form's closed lists, given as its id or its label. */
export function term<const T extends readonly Term[]>(vocabulary: T, field: string): Step<string, T[number]['id']> {
  const byKey = new Map<string, T[number]['id']>();
  for (const entry of vocabulary) {
    byKey.set(normaliseTerm(entry.id), entry.id);
    byKey.set(normaliseTerm(entry.label), entry.id);
  }
  // Ids and labels as the form writes them, found without normalising: each to what its normal form finds.
  const written = new Map<string, T[number]['id'] | undefined>();
  for (const entry of vocabulary) {
    for (const key of [entry.id, entry.label]) written.set(key, byKey.get(normaliseTerm(key)));
  }
  const labels = vocabulary.map((entry) => entry.label);
  return (value, ctx) =>
    written.get(value) ?? byKey.get(normaliseTerm(value)) ?? fail(ctx, rules.unknownValue, messages.unknownValue(field, value, labels));
}

/** A list each of whose values is a term of `vocabulary`; every unknown one is reported. */
export function terms<const T extends readonly Term[]>(vocabulary: T, field: string): Step<string[], T[number]['id'][]> {
  const one = term(vocabulary, field);
  return (values, ctx) => values.map((value) => one(value, ctx));
}

// Digits only: `Number()` alone would also take `0x7E3` or `2e3` as a year.
export const whole = (field: string): Step<string, number> => (value, ctx) =>
  /^[+-]?\d+$/.test(value) ? Number(value) : fail(ctx, rules.notWholeNumber, messages.notWholeNumber(field, value));

export const requiredTerm = <const T extends readonly Term[]>(vocabulary: T, field: string) => chain(requiredText(field), term(vocabulary, field));

export const requiredWhole = (field: string) => chain(requiredText(field), whole(field));

const no = new Set(['', 'false', 'no', 'n', '0']);
const yes = new Set(['true', 'yes', 'y', '1']);

/** Yes/no as spreadsheets and forms write it; empty means no. */
export const yesNo: Step<unknown, boolean> = (value, ctx) => {
  const key = toText(value).toLowerCase();
  if (no.has(key)) return false;
  if (yes.has(key)) return true;
  return fail(ctx, rules.notBoolean, messages.notBoolean(toText(value)));
};
