/**
 * The ingest stage: case data files (CSV, JSON, XLSX) and the country reference in, validated cases out.
 *
 * Problems with a whole file (unreadable, no records, a missing column, a bad reference row) stop the build, after
 * every file has been checked so one run lists them all. Problems with a record reject that record only; it is kept
 * with its original values for output/rejected.csv. The stage does no file I/O: the build hands it the bytes.
 */
import { FatalDiagnostics, type Diagnostic } from '../diagnostics.ts';
import type { TableShape } from './columns.ts';
import { countriesShape, createCountryResolver, parseReference, regionsShape } from './countries.ts';
import { loadFile, type LoadedFile } from './load.ts';
import { acceptOrReject } from './records.ts';
import { caseFields, caseSchema, requiredColumns } from './schema.ts';
import type { IngestInput, IngestResult } from './types.ts';

export { createCountryResolver } from './countries.ts';
export { formatRejectedCsv } from './rejected.ts';

const caseShape: TableShape = { fields: caseFields, required: requiredColumns };

export async function ingest(input: IngestInput): Promise<IngestResult> {
  const fatal: Diagnostic[] = [];
  const countries = await collectFatal(fatal, () => loadFile(input.countries, countriesShape));
  const regions = await collectFatal(fatal, () => loadFile(input.regions, regionsShape));
  const reference = countries && regions && (await collectFatal(fatal, () => parseReference(countries, regions)));
  const files: LoadedFile[] = [];
  for (const file of input.files) {
    const loaded = await collectFatal(fatal, () => loadFile(file, caseShape));
    if (loaded !== undefined) files.push(loaded);
  }
  if (countries === undefined || regions === undefined || reference === undefined || fatal.length > 0) {
    throw new FatalDiagnostics(fatal);
  }

  const schema = caseSchema({ editions: input.editions, resolveCountry: createCountryResolver(reference) });
  const { cases, rejected, diagnostics } = acceptOrReject(files, schema);
  const recordCount = files.reduce((count, file) => count + file.table.records.length, 0);
  return { cases, rejected, reference, diagnostics: [...countries.warnings, ...regions.warnings, ...diagnostics], recordCount };
}

/** Runs one file's step; a fatal problem is set aside in `fatal` so the other files are still checked. */
async function collectFatal<T>(fatal: Diagnostic[], step: () => T | Promise<T>): Promise<T | undefined> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof FatalDiagnostics)) throw error;
    fatal.push(...error.diagnostics);
    return undefined;
  }
}
