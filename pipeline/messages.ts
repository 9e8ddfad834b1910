/**
 * Every text the pipeline says to a user about their data or templates, in one place,
 * so wording stays consistent and tests can build the expected text from the same function.
 */

const quote = (value: unknown): string => JSON.stringify(String(value));

export const messages = {
  // ingest: whole files
  unknownExtension: (ext: string) => `unknown data file type ${quote(ext)}: use .csv, .json or .xlsx`,
  unreadableFile: (reason: string) => `cannot read the file: ${reason}`,
  emptyFile: () => 'the file holds no records',
  notUtf8: () => 'the file is not valid UTF-8 text: save it as UTF-8 (with or without a BOM)',
  csvSyntax: (reason: string) => `malformed CSV: ${reason}`,
  jsonSyntax: (reason: string) => `malformed JSON: ${reason}`,
  jsonShape: () => 'expected an array of case objects, or an object with a "cases" array',
  missingColumn: (column: string) => `missing required column ${quote(column)}`,
  noDataFiles: (where: string) => `no .csv, .json or .xlsx files found in ${quote(where)}`,

  // ingest: rows
  requiredField: (field: string) => `${field} is required`,
  unknownCountry: (value: string) => `unknown country ${quote(value)}`,
  countryWithoutReference: (iso3: string, name: string) =>
    `country ${quote(name)} (${iso3}) is not in the reference table data/countries.csv`,
  impossibleYear: (value: unknown, earliest: number, latest: number) =>
    `impossible year ${quote(value)}: expected a year from ${earliest} to ${latest}`,
  unknownEdition: (value: unknown, known: readonly number[]) =>
    `unknown edition ${quote(value)}: editions configured are ${known.join(', ')}`,
  unknownTrend: (value: string, edition: number, known: readonly string[]) =>
    `unknown trend ${quote(value)} for the ${edition} edition: expected one of ${known.join(', ')}`,
  unknownValue: (field: string, value: string, known: readonly string[]) =>
    `unknown ${field} ${quote(value)}: expected one of ${known.map((k) => quote(k)).join(', ')}`,
  duplicateId: (id: string, firstPlace: string) => `duplicate id ${quote(id)}: first used at ${firstPlace}`,
  tooLong: (field: string, max: number, length: number) => `${field} is ${length} characters long; the form allows ${max}`,
  notBoolean: (value: unknown) => `expected yes/no (true/false, 1/0), got ${quote(value)}`,
  notWebAddress: (value: string) => `url ${quote(value)} is not an http(s) address; it will not be linked`,
  invalidValue: (reason: string) => reason,

  // build summary
  rejectedRows: (count: number) => `${count} ${count === 1 ? 'row was' : 'rows were'} rejected: see output/rejected.csv`,
  strictRejected: (count: number) =>
    `--strict: ${count} rejected ${count === 1 ? 'row stops' : 'rows stop'} the build; nothing was written`,
} as const;
