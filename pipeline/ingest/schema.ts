/**
 * The case schema: the one definition from which both the `Case` type and the validation of every record come.
 *
 * Readers hand over records whose values are whatever the file held (text from CSV, numbers and booleans from JSON
 * or XLSX). The schema coerces them, checks them against the form's closed lists, the edition's trends and the
 * country reference, and returns a `Case` whose fields use stable ids.
 */
import { z } from 'zod';
import type { Edition } from '../edition.ts';
import { messages } from '../messages.ts';
import {
  caseSources,
  innovationStatuses,
  levelsOfGovernment,
  organisationTypes,
  sectors,
  type Term,
} from './vocabulary.ts';

/** What validation needs to know beyond the record itself. */
export interface SchemaContext {
  editions: ReadonlyMap<number, Edition>;
  /** ISO 3166-1 alpha-3 code for a country as written in the data, or undefined when it is not a country. */
  resolveCountry(name: string): string | undefined;
}

/** The earliest launch year accepted: the OPSI library holds no case older than this. */
export const EARLIEST_LAUNCH_YEAR = 1950;

const toText = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return String(value.getUTCFullYear());
  return JSON.stringify(value);
};

/** List fields accept an array (JSON) or text separated by `;` or `|` (CSV, XLSX). */
const toList = (value: unknown): string[] =>
  (Array.isArray(value) ? value.map(toText) : toText(value).split(/[;|]/))
    .map((item) => item.trim())
    .filter((item) => item !== '');

const text = () => z.unknown().optional().transform(toText);

const requiredText = (field: string) =>
  z
    .unknown()
    .optional()
    .transform(toText)
    .pipe(z.string().min(1, { error: messages.requiredField(field) }));

const list = () => z.unknown().optional().transform(toList);

const normaliseTerm = (value: string): string => value.toLowerCase().replace(/\s+/g, ' ');

/** A value of one of the form's closed lists, given as its id or its label. */
function term<const T extends readonly Term[]>(vocabulary: T, field: string) {
  const byKey = new Map<string, T[number]['id']>();
  for (const entry of vocabulary) {
    byKey.set(normaliseTerm(entry.id), entry.id);
    byKey.set(normaliseTerm(entry.label), entry.id);
  }
  return (value: string, ctx: z.RefinementCtx): T[number]['id'] => {
    const id = byKey.get(normaliseTerm(value));
    if (id === undefined) {
      ctx.addIssue({ code: 'custom', message: messages.unknownValue(field, value, vocabulary.map((t) => t.label)) });
      return z.NEVER;
    }
    return id;
  };
}

const requiredTerm = <const T extends readonly Term[]>(vocabulary: T, field: string) =>
  requiredText(field).transform(term(vocabulary, field));

const optionalTerm = <const T extends readonly Term[]>(vocabulary: T, field: string) => {
  const parse = term(vocabulary, field);
  return text().transform((value, ctx) => (value === '' ? undefined : parse(value, ctx)));
};

const whole = (field: string) =>
  text().transform((value, ctx) => {
    if (value === '') return undefined;
    const number = Number(value);
    if (!Number.isInteger(number)) {
      ctx.addIssue({ code: 'custom', message: messages.invalidValue(`${field} must be a whole number, got ${JSON.stringify(value)}`) });
      return z.NEVER;
    }
    return number;
  });

const yesNo = text().transform((value, ctx) => {
  const key = value.toLowerCase();
  if (['', 'false', 'no', 'n', '0'].includes(key)) return false;
  if (['true', 'yes', 'y', '1'].includes(key)) return true;
  ctx.addIssue({ code: 'custom', message: messages.notBoolean(value) });
  return z.NEVER;
});

/**
 * The fields of a case record. Keys are the canonical column names; files may spell them with other case, spaces
 * or underscores (`year_launched`, `Year launched`), see `columnKey`.
 */
export function caseSchema(context: SchemaContext) {
  const knownEditions = [...context.editions.keys()].sort((a, b) => a - b);
  return z
    .object({
      id: requiredText('id'),
      edition: whole('edition').transform((year, ctx) => {
        if (year === undefined || !context.editions.has(year)) {
          ctx.addIssue({ code: 'custom', message: messages.unknownEdition(year ?? '', knownEditions) });
          return z.NEVER;
        }
        return year;
      }),
      source: requiredTerm(caseSources, 'source'),
      title: requiredText('title'),
      country: requiredText('country').transform((name, ctx) => {
        const iso3 = context.resolveCountry(name);
        if (iso3 === undefined) {
          ctx.addIssue({ code: 'custom', message: messages.unknownCountry(name) });
          return z.NEVER;
        }
        return iso3;
      }),
      organisation: text(),
      organisationType: optionalTerm(organisationTypes, 'organisation type'),
      levelOfGovernment: requiredTerm(levelsOfGovernment, 'level of government'),
      sectors: list().transform((values, ctx) => values.map((value) => term(sectors, 'sector')(value, ctx))),
      yearLaunched: whole('year launched'),
      status: optionalTerm(innovationStatuses, 'innovation status'),
      tags: list(),
      technologies: list(),
      targetGroups: list(),
      summary: text(),
      overview: text(),
      results: text(),
      url: text(),
      trends: list().pipe(z.array(z.string()).min(1, { error: messages.requiredField('trends') })),
      featured: yesNo,
    })
    .superRefine((record, ctx) => {
      // Checks that need two fields: the edition decides which trends and launch years are possible.
      const edition = context.editions.get(record.edition);
      if (edition === undefined) return;
      const trendIds = edition.trends.map((trend) => trend.id);
      for (const trend of record.trends) {
        if (!trendIds.includes(trend)) {
          ctx.addIssue({ code: 'custom', path: ['trends'], message: messages.unknownTrend(trend, edition.year, trendIds) });
        }
      }
      const year = record.yearLaunched;
      if (year !== undefined && (year < EARLIEST_LAUNCH_YEAR || year > edition.year)) {
        ctx.addIssue({
          code: 'custom',
          path: ['yearLaunched'],
          message: messages.impossibleYear(year, EARLIEST_LAUNCH_YEAR, edition.year),
        });
      }
    });
}

export type Case = z.output<ReturnType<typeof caseSchema>>;
export type CaseField = keyof Case;

/** Columns a file must have: a record cannot be placed in the report without them. */
export const requiredColumns = ['id', 'edition', 'source', 'title', 'country', 'levelOfGovernment', 'trends'] as const satisfies readonly CaseField[];

/** The key a column header matches on: `Year launched`, `year_launched` and `yearLaunched` are the same column. */
export const columnKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');
