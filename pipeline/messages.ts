/**
 * Every text the pipeline says to a user about their data or templates, in one place,
 * so wording stays consistent and tests can build the expected text from the same function.
 */

const quote = (value: unknown): string => JSON.stringify(String(value));

/** "a, b and c". */
const listed = (items: readonly string[]): string => (items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : items.join(''));

/** "1 row", "2 rows". */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

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
  duplicateColumn: (header: string, first: string) => `column ${quote(header)} is the same column as ${quote(first)}`,
  unknownColumns: (headers: readonly string[]) =>
    `${headers.length === 1 ? 'unknown column' : 'unknown columns'} ${headers.map((h) => quote(h)).join(', ')} ignored`,
  csvUnclosedQuote: () => 'malformed CSV: a quoted field is not closed before the end of the file',
  csvStrayQuote: () =>
    'malformed CSV: a quote inside an unquoted field, or text after a closing quote: quote the whole field and double the quotes inside it',
  csvFieldCount: (found: number, expected: number) =>
    `malformed CSV: the row has ${found} ${found === 1 ? 'field' : 'fields'}, the header ${expected}`,
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
  notWholeNumber: (field: string, value: string) => `${field} must be a whole number, got ${quote(value)}`,
  notWebAddress: (value: string) => `url ${quote(value)} is not an http(s) address; it will not be linked`,
  invalidValue: (reason: string) => reason,

  // ingest: the country reference table (data/countries.csv, data/regions.csv)
  notIso3: (value: string) => `iso3 ${quote(value)} is not an ISO 3166-1 alpha-3 code (three capital letters)`,
  duplicateCountryName: (name: string, firstPlace: string) =>
    `country name or alias ${quote(name)} is already used at ${firstPlace}`,

  // configuration (edition.yaml, front matter)
  yamlSyntax: (reason: string) => `not valid YAML: ${reason}`,
  configField: (field: string, reason: string) => `field ${quote(field)}: ${reason}`,

  // chapters
  missingFrontMatter: () => 'a chapter must start with front matter between --- lines (title, kind…)',
  templateSyntax: (reason: string) => `template syntax error: ${reason}`,
  unknownTemplateName: (name: string, helpers: readonly string[]) =>
    `unknown name ${quote(name)}: chapters can call ${listed(helpers.map((h) => `{{${h} …}}`))}`,
  unknownStat: (key: string) => `unknown stat ${quote(key)}`,
  statNotNumber: (key: string) => `stat ${quote(key)} is a group, not a number: name one of its values (e.g. ${quote(`${key}.count`)})`,
  unknownStatFormat: (format: string, formats: readonly string[]) => `unknown stat format ${quote(format)}: use ${listed(formats)}`,
  statWithoutInterval: (key: string, low: string, high: string) =>
    `stat ${quote(key)} has no interval: format="interval" reads ${quote(low)} and ${quote(high)}, which are not both numbers`,
  unknownFigure: (id: string) => `unknown figure ${quote(id)}: this edition has no figures/${id}.vl.json`,
  figurePlacedTwice: (id: string, chapter: string) => `figure ${quote(id)} is already placed in ${chapter}`,
  figureNotPlaced: (id: string) => `figure ${quote(id)} belongs to this chapter but no chapter places it with {{figure ${quote(id)}}}`,
  helperNeedsName: (helper: string) => `{{${helper}}} needs a quoted name, e.g. {{${helper} "name"}}`,
  helperTakesNothing: (helper: string) => `{{${helper}}} takes no argument`,
  unknownReference: (name: string) => `unknown reference ${quote(name)}: not a chapter, a placed figure or a boxed case`,
  unknownCase: (id: string) => `unknown case ${quote(id)}: no accepted case of this edition has that id`,
  caseBoxNeedsCase: () => '{{caseBox}} needs a case id, e.g. {{caseBox "GT2024-0001"}}, unless it is inside {{#cases}}…{{/cases}}',
  caseBoxedTwice: (id: string, box: string, chapter: string) => `case ${quote(id)} is already ${box} in ${chapter}: a reference to that box is shown instead`,
  casesNeedsBlock: () => '{{cases}} is a block: write {{#cases trend="…"}}…{{/cases}}',
  casesPositional: (options: readonly string[]) => `{{#cases}} takes only named options: ${listed(options)}`,
  unknownCasesOption: (name: string, options: readonly string[]) => `unknown option ${quote(name)}: {{#cases}} takes ${listed(options)}`,
  casesFeatured: (value: unknown) => `featured must be true or false, not ${quote(value)}`,
  casesLimit: (value: unknown) => `limit must be a whole number above 0, not ${quote(value)}`,

  // build
  noEditionConfig: (year: number, known: readonly number[]) => `no edition ${year} is configured here; editions: ${known.join(', ')}`,
  editionYearMismatch: (year: number, folder: string) => `the edition says year ${year} but sits in the folder ${quote(folder)}`,
  noChapters: (dir: string) =>
    `no chapter files (*.md) in ${quote(dir)}: an edition's chapters and figures sit beside its edition.yaml (a new edition starts as a copy of the last one's folder)`,
  blockedRequest: (url: string) => `the print page asked for ${url}; it was blocked (the PDF is printed offline)`,

  // build: the cache, the output folder's lock, failures of the machine
  /** A progress line's detail: how much of a step was taken from the cache. */
  freshness: (cached: number, total: number) =>
    cached === 0 ? '[fresh]' : cached === total ? '[cached]' : `[${cached} cached, ${total - cached} fresh]`,
  upToDate: (out: string) => `nothing changed since ${quote(out)} was built: left as it is`,
  cacheNotWritten: (dir: string, reason: string) =>
    `warning: the build cache ${quote(dir)} cannot be written (${reason}); building without it (--no-cache skips it)`,
  outputLocked: (out: string, pid: number | undefined, lock: string) =>
    `another build${pid === undefined ? '' : ` (process ${pid})`} is writing ${quote(out)}: wait for it to finish, or stop it ` +
    `(if no build is running, delete ${quote(lock)})`,
  outputNotWritten: (out: string, reason: string) => `cannot write the output for ${quote(out)}: ${reason}; ${quote(out)} is left as it was`,
  interrupted: (signal: string) => `interrupted (${signal}): stopping; the output folder is left as it was`,

  // pdf
  browserNoAnswer: (seconds: number) => `the browser did not answer within ${seconds} s`,
  browserCrashed: (reason: string) => `the browser stopped while printing (${reason}); the output folder is left as it was`,
  browserNotFound: (looked: readonly string[]) =>
    `no Chrome or Chromium browser found (looked at ${looked.join(', ')}) to print the PDF: ` +
    'install one with `apt-get install -y chromium` (Debian/Ubuntu) or `npm install @sparticuz/chromium`, ' +
    'or set REPORT_BROWSER to the full path of a Chrome or Chromium binary',
  browserVariableNotExecutable: (variable: string, value: string) =>
    `${variable} is set to ${quote(value)}, which is not an executable file: ` +
    `set it to the full path of a Chrome or Chromium binary, or unset it`,
  browserLaunchFailed: (executablePath: string, reason: string) =>
    `cannot start the browser ${quote(executablePath)}: ${reason}`,
  printTimedOut: (htmlPath: string, seconds: number) => `printing ${quote(htmlPath)} timed out after ${seconds} s`,
  pageNumbersUnsettled: (prints: number) =>
    `the page numbers of the contents did not settle after ${prints} prints: the print page's layout changes ` +
    'with the numbers filled in (check print.css for content whose size depends on them)',
  invalidSourceDateEpoch: (value: string) =>
    `SOURCE_DATE_EPOCH is ${quote(value)}, not a whole number of seconds since 1970: set it to one (e.g. \`git log -1 --format=%ct\`) or unset it`,

  // figures: a spec file in templates/editions/<year>/figures (JSON syntax errors use jsonSyntax, missing report fields requiredField)
  specSchema: (path: string, reason: string) => `${path === '' ? 'the spec' : path}: ${reason} (Vega-Lite schema)`,
  schemaUnknownProperty: () => 'unknown property',
  schemaMissingProperty: (name: string) => `missing property ${quote(name)}`,
  /** `alternatives` are JSON types (`number`) and JSON values (`"container"`), written as the reader would type them. */
  schemaExpected: (alternatives: readonly string[]) =>
    `expected ${alternatives.length > 1 ? `${alternatives.slice(0, -1).join(', ')} or ${alternatives.at(-1)}` : alternatives.join('')}`,
  dataNotNamed: () => 'data must name a stats table, e.g. "data": { "name": "trends" }',
  unknownTable: (name: string, known: readonly string[]) =>
    `unknown table ${quote(name)}: the tables are ${known.map((k) => quote(k)).join(', ')}`,
  unknownField: (path: string, field: string, table: string, columns: readonly string[]) =>
    `${path}: unknown field ${quote(field)}: table ${quote(table)} has the columns ${columns.map((c) => quote(c)).join(', ')}`,
  figureTitle: () => 'title must be an object with a text "text" and a text "subtitle"',
  unknownChapter: (chapter: string, known: readonly string[]) =>
    `unknown chapter ${quote(chapter)}: the chapters are ${known.map((k) => quote(k)).join(', ')}`,
  emptyTable: (table: string) => `table ${quote(table)} has no rows: the figure shows "No data"`,
  altTemplate: (reason: string) => `cannot fill the alt text template: ${reason}`,
  renderFailed: (reason: string) => `the figure cannot be drawn: ${reason}`,
  vegaWarning: (reason: string) => `Vega-Lite: ${reason}`,
  noData: () => 'No data',
  noDataAlt: (title: string) => `${title}: no data to show.`,

  // stats: what each share in stats.json is a share of, written into it as `bases`
  statsBases: (smallBase: number) => ({
    breakdowns:
      "share of the edition's cases; low and high bound its 95% Wilson interval; smallBase: the base is under " +
      `${smallBase} cases. A case counts once in each trend, sector, technology and target group it names, so those shares can sum past 100%`,
    byTrend: "byTrend.<trend>.<breakdown>.<id>: share of the trend's cases",
    coOccurrence: "coOccurrence.<trendA>.<trendB>: share of trend A's cases that also show trend B",
    change: 'change: the edition against the previous edition in the data; percent is the relative change in percent',
    overTime:
      "overTime.<breakdown>.<id>.<edition>: share of that edition's cases; changePp: this edition minus the previous one, in percentage points",
  }),

  // preview
  previewListening: (url: string) => `preview at ${url} (print layout at ${url}print/); stop with Ctrl+C`,
  previewUpdated: (pages: number, ms: number) => `${plural(pages, 'page')} changed, made in ${Math.round(ms)} ms`,
  previewFailed: (errors: number) => `not updated: ${plural(errors, 'error')}; the browser shows them over the last good pages`,
  previewOverlayTitle: (errors: number) => `${plural(errors, 'error')} in the report's inputs:`,
  previewOverlayHint: () => 'Pages that could not be made again show their last good version. Save a fix to go on; click to hide this.',
  previewException: (reason: string) => `the preview could not make the pages: ${reason}`,
  previewWatchFailed: (reason: string) => `the preview cannot watch a file for changes: ${reason}`,
  previewPortInUse: (port: number) => `port ${port} is in use: choose another with --port, or --port 0 for any free one`,
  previewStopped: () => 'preview stopped',

  // build summary
  rejectedRows: (count: number, listed: string) => `${count} ${count === 1 ? 'row was' : 'rows were'} rejected: see ${listed}`,
  strictRejected: (count: number) =>
    `--strict: ${count} rejected ${count === 1 ? 'row stops' : 'rows stop'} the build; nothing was written`,
} as const;
