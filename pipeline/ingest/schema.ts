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
  chain,
  fail,
  field,
  list,
  optionalField,
  requiredList,
  requiredTerm,
  requiredText,
  requiredWhole,
  term,
  terms,
  text,
  whole,
  yesNo,
  type Step,
} from './fields.ts';
import { rules } from './rules.ts';
import { caseSources, innovationStatuses, levelsOfGovernment, organisationTypes, sectors } from './vocabulary.ts';

/** How a country as written in the data resolved against ISO 3166 and the reference table. */
export type CountryResolution =
  | { kind: 'found'; iso3: string }
  /** A real country (by ISO 3166) that the reference table lacks, so it has no region or income group. */
  | { kind: 'not-in-reference'; iso3: string; name: string }
  | { kind: 'unknown' };

/** What validation needs to know beyond the record itself. */
export interface SchemaContext {
  editions: ReadonlyMap<number, Edition>;
  resolveCountry(name: string): CountryResolution;
}

/** The earliest launch year accepted: the OPSI library holds no case older than this. */
export const EARLIEST_LAUNCH_YEAR = 1950;

/** The fields the cross-field checks read: they run only when these fields are valid on their own. */
const crossFieldInputs: readonly PropertyKey[] = ['edition', 'trends', 'yearLaunched'];

/**
 * The fields of a case record. Keys are the canonical column names; files may spell them with other case, spaces
 * or underscores (`year_launched`, `Year launched`), see `columnKey`.
 */
export function caseSchema(context: SchemaContext) {
  const knownEditions = [...context.editions.keys()].sort((a, b) => a - b);
  const trendIdsOf = new Map([...context.editions].map(([year, edition]) => [year, edition.trends.map((trend) => trend.id)]));
  const knownEdition: Step<number, number> = (year, ctx) =>
    context.editions.has(year) ? year : fail(ctx, rules.unknownEdition, messages.unknownEdition(year, knownEditions));
  const resolveCountry: Step<string, string> = (name, ctx) => {
    const resolution = context.resolveCountry(name);
    switch (resolution.kind) {
      case 'found':
        return resolution.iso3;
      case 'not-in-reference':
        return fail(ctx, rules.countryWithoutReference, messages.countryWithoutReference(resolution.iso3, resolution.name));
      case 'unknown':
        return fail(ctx, rules.unknownCountry, messages.unknownCountry(name));
    }
  };
  return z
    .object({
      id: field(requiredText('id')),
      edition: field(chain(requiredWhole('edition'), knownEdition)),
      source: field(requiredTerm(caseSources, 'source')),
      title: field(requiredText('title')),
      country: field(chain(requiredText('country'), resolveCountry)),
      organisation: field(text),
      organisationType: optionalField(term(organisationTypes, 'organisation type')),
      levelOfGovernment: field(requiredTerm(levelsOfGovernment, 'level of government')),
      sectors: field(chain(list, terms(sectors, 'sector'))),
      yearLaunched: optionalField(whole('year launched')),
      status: optionalField(term(innovationStatuses, 'innovation status')),
      tags: field(list),
      technologies: field(list),
      targetGroups: field(list),
      summary: field(text),
      overview: field(text),
      results: field(text),
      url: field(text),
      trends: field(requiredList('trends')),
      featured: field(yesNo),
    })
    .superRefine(
      (record, ctx) => {
        // Checks that need two fields: the edition decides which trends and launch years are possible.
        const edition = context.editions.get(record.edition);
        const trendIds = trendIdsOf.get(record.edition);
        if (edition === undefined || trendIds === undefined) return;
        for (const trend of record.trends) {
          if (!trendIds.includes(trend)) {
            fail(ctx, rules.unknownTrend, messages.unknownTrend(trend, edition.year, trendIds), ['trends']);
          }
        }
        const year = record.yearLaunched;
        if (year !== undefined && (year < EARLIEST_LAUNCH_YEAR || year > edition.year)) {
          fail(ctx, rules.impossibleYear, messages.impossibleYear(year, EARLIEST_LAUNCH_YEAR, edition.year), ['yearLaunched']);
        }
      },
      // By default zod skips this check after any failed field; run it whenever its own inputs are valid, so a
      // record with an unknown country still hears about its unknown trend.
      { when: (payload) => payload.issues.every((issue) => !crossFieldInputs.includes(issue.path?.[0] ?? '')) },
    );
}

export type Case = z.output<ReturnType<typeof caseSchema>>;
export type CaseField = keyof Case;

/** Every field of a case, read off the schema itself: its context matters only when a record is checked. */
export const caseFields = Object.keys(
  caseSchema({ editions: new Map(), resolveCountry: () => ({ kind: 'unknown' }) }).shape,
) as CaseField[];

/** Columns a file must have: a record cannot be placed in the report without them. */
export const requiredColumns = ['id', 'edition', 'source', 'title', 'country', 'levelOfGovernment', 'trends'] as const satisfies readonly CaseField[];

/** The key a column header matches on: `Year launched`, `year_launched` and `yearLaunched` are the same column. */
export const columnKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');
