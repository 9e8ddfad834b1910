/**
 * The country reference (data/countries.csv, data/regions.csv) and the resolver that turns a country as the data
 * writes it ("Korea", "USA", "Türkiye", "Czech Republic") into its ISO 3166-1 alpha-3 code.
 *
 * Names come from two places and nowhere else: i18n-iso-countries (ISO codes and English names with their usual
 * variants) and the reference table's own names and aliases, for the OECD spellings the library does not know.
 */
import isoCountries from 'i18n-iso-countries';
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { z } from 'zod';
import { FatalDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import type { TableShape } from './columns.ts';
import { chain, fail, field, list, requiredTerm, requiredText, yesNo } from './fields.ts';
import type { LoadedFile } from './load.ts';
import type { RawRecord } from './readers/index.ts';
import { incomeGroups, type Country, type Reference, type Region } from './reference.ts';
import { rules } from './rules.ts';
import type { CountryResolution } from './schema.ts';
import { recordProblem, validateRecord } from './validate.ts';

isoCountries.registerLocale(englishNames);

export const regionsShape: TableShape = { fields: ['id', 'name'], required: ['id', 'name'] };

export const countriesShape: TableShape = {
  fields: ['iso3', 'name', 'region', 'oecdMember', 'incomeGroup', 'aliases'],
  required: ['iso3', 'name', 'region', 'oecdMember', 'incomeGroup'],
};

const regionRow = z.object({ id: field(requiredText('id')), name: field(requiredText('name')) });

const countryRow = (regionIds: readonly string[]) =>
  z.object({
    iso3: field(chain(requiredText('iso3'), (code, ctx) => (/^[A-Z]{3}$/.test(code) ? code : fail(ctx, rules.notIso3, messages.notIso3(code))))),
    name: field(requiredText('name')),
    region: field(
      chain(requiredText('region'), (id, ctx) =>
        regionIds.includes(id) ? id : fail(ctx, rules.unknownRegion, messages.unknownValue('region', id, regionIds)),
      ),
    ),
    oecdMember: field(yesNo),
    incomeGroup: field(requiredTerm(incomeGroups, 'income group')),
    aliases: field(list),
  });

/**
 * The reference tables as later stages use them. Any bad row throws `FatalDiagnostics` with every problem in both
 * files: the tables are the project's own data, so a wrong row is fixed, not skipped.
 */
export function parseReference(countries: LoadedFile, regions: LoadedFile): Reference {
  const problems: Diagnostic[] = [];
  const regionRows = parseRows(regions, regionRow, 'id', problems);
  const countryRows = parseRows(countries, countryRow([...regionRows.keys()]), 'iso3', problems);
  problems.push(...nameClashes(countries, countryRows));
  if (problems.length > 0) throw new FatalDiagnostics(problems);
  return {
    regions: new Map([...regionRows].map(([id, { value }]) => [id, value satisfies Region])),
    countries: new Map([...countryRows].map(([iso3, { value }]) => [iso3, value satisfies Country])),
  };
}

interface Row<T> {
  value: T;
  record: RawRecord;
}

/** A file's valid rows by their id, in file order; bad rows and repeated ids go to `problems`. */
function parseRows<T extends Record<Id, string>, Id extends string>(
  file: LoadedFile,
  schema: z.ZodType<T>,
  idField: Id,
  problems: Diagnostic[],
): Map<string, Row<T>> {
  const rows = new Map<string, Row<T>>();
  for (const record of file.table.records) {
    const validated = validateRecord(schema, file, record);
    if (!validated.ok) {
      problems.push(...validated.problems);
      continue;
    }
    const id = validated.value[idField];
    const first = rows.get(id);
    if (first === undefined) rows.set(id, { value: validated.value, record });
    else {
      const message = messages.duplicateId(id, `${file.path}:${first.record.line}`);
      problems.push(recordProblem(file, record, idField, rules.duplicateId, message));
    }
  }
  return rows;
}

/** A name or alias that two countries share would send the data to whichever came first: refuse it. */
function nameClashes(file: LoadedFile, countries: ReadonlyMap<string, Row<Country>>): Diagnostic[] {
  const firstLineOf = new Map<string, number>();
  const clashes: Diagnostic[] = [];
  for (const { value: country, record } of countries.values()) {
    for (const [key, written] of nameKeys(country)) {
      const firstLine = firstLineOf.get(key);
      if (firstLine === undefined) firstLineOf.set(key, record.line);
      else {
        const message = messages.duplicateCountryName(written, `${file.path}:${firstLine}`);
        clashes.push(recordProblem(file, record, 'aliases', rules.duplicateCountryName, message));
      }
    }
  }
  return clashes;
}

/**
 * The keys a country is found under in the data, each with the name as the table writes it: its code, its name
 * and its aliases, compared loosely. An alias that repeats the name ("Korea" for Korea) is one key.
 */
function nameKeys(country: Country): Map<string, string> {
  const keys = new Map<string, string>();
  for (const name of [country.iso3, country.name, ...(country.aliases ?? [])]) {
    const key = looseName(name);
    if (!keys.has(key)) keys.set(key, name);
  }
  return keys;
}

/** Letter case, accents and spacing do not tell countries apart: "turkiye" is "Türkiye". */
function looseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Resolves a country as written in the data. The reference table is asked first, as the project's own word on
 * names; then ISO alpha-2 and alpha-3 codes; then the library's English names and variants. Each answer is kept by
 * the name as written, since the records of a file name the same few countries over and over.
 */
export function createCountryResolver(reference: Reference): (written: string) => CountryResolution {
  const iso3ByName = new Map<string, string>();
  for (const country of reference.countries.values()) {
    for (const key of nameKeys(country).keys()) iso3ByName.set(key, country.iso3);
  }
  const resolve = (written: string): CountryResolution => {
    const name = written.trim();
    const iso3 = iso3ByName.get(looseName(name)) ?? isoCode(name) ?? isoCountries.getAlpha3Code(name, 'en');
    if (iso3 === undefined) return { kind: 'unknown' };
    if (reference.countries.has(iso3)) return { kind: 'found', iso3 };
    return { kind: 'not-in-reference', iso3, name: isoCountries.getName(iso3, 'en') ?? name };
  };
  const resolved = new Map<string, CountryResolution>();
  return (written) => {
    let resolution = resolved.get(written);
    if (resolution === undefined) resolved.set(written, (resolution = resolve(written)));
    return resolution;
  };
}

/**
 * An ISO 3166-1 alpha-2 or alpha-3 code in any letter case; numeric codes are not country names people write.
 * `toAlpha3` hands back any three letters unchecked ("UAE"), hence `isValid` first.
 */
function isoCode(name: string): string | undefined {
  const code = name.toUpperCase();
  return /^[A-Z]{2,3}$/.test(code) && isoCountries.isValid(code) ? isoCountries.toAlpha3(code) : undefined;
}
