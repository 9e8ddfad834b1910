/**
 * The rule ids ingest reports under, in one place: they are the stable part of a diagnostic that tools and
 * tests match on, so they are never derived from message text.
 */
export const rules = {
  // whole files
  unknownExtension: 'ingest/unknown-extension',
  unreadableFile: 'ingest/unreadable-file',
  emptyFile: 'ingest/empty-file',
  notUtf8: 'ingest/not-utf8',
  csvSyntax: 'ingest/csv-syntax',
  jsonSyntax: 'ingest/json-syntax',
  jsonShape: 'ingest/json-shape',
  missingColumn: 'ingest/missing-column',
  duplicateColumn: 'ingest/duplicate-column',
  unknownColumn: 'ingest/unknown-column',

  // records
  required: 'ingest/required',
  unknownValue: 'ingest/unknown-value',
  notWholeNumber: 'ingest/not-whole-number',
  notBoolean: 'ingest/not-boolean',
  unknownEdition: 'ingest/unknown-edition',
  unknownCountry: 'ingest/unknown-country',
  countryWithoutReference: 'ingest/country-without-reference',
  unknownTrend: 'ingest/unknown-trend',
  impossibleYear: 'ingest/impossible-year',
  duplicateId: 'ingest/duplicate-id',
  notWebAddress: 'ingest/not-web-address',
  /** A zod issue no check of ours raised (a schema mistake rather than a data one); kept so no issue goes unreported. */
  invalidValue: 'ingest/invalid-value',

  // the country reference table
  notIso3: 'ingest/not-iso3',
  unknownRegion: 'ingest/unknown-region',
  duplicateCountryName: 'ingest/duplicate-country-name',
} as const;

export type Rule = (typeof rules)[keyof typeof rules];
