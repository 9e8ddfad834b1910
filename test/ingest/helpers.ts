/** Shared setup for the ingest tests: the small reference fixture, the real 2024 edition, and byte helpers. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect } from 'vitest';
import { FatalDiagnostics, formatDiagnostic } from '../../pipeline/diagnostics.ts';
import { editionSchema, type Edition } from '../../pipeline/edition.ts';
import { ingest } from '../../pipeline/ingest/index.ts';
import type { IngestResult, SourceFile } from '../../pipeline/ingest/types.ts';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

export const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

export const file = (path: string, content: string | Uint8Array): SourceFile => ({
  path,
  bytes: typeof content === 'string' ? bytes(content) : content,
});

export const countriesCsv = file('data/countries.csv', readFileSync(fixture('countries.csv')));
export const regionsCsv = file('data/regions.csv', readFileSync(fixture('regions.csv')));

const edition2024: Edition = editionSchema.parse(
  parse(readFileSync(new URL('../../templates/editions/2024/edition.yaml', import.meta.url), 'utf8')),
);
export const editions: ReadonlyMap<number, Edition> = new Map([[2024, edition2024]]);

/** Ingests case files against the fixture reference. */
export const ingestFiles = (...files: SourceFile[]): Promise<IngestResult> =>
  ingest({ files, countries: countriesCsv, regions: regionsCsv, editions });

/** The formatted diagnostics of the `FatalDiagnostics` a promise must reject with. */
export async function fatalProblems(promise: Promise<unknown>): Promise<string[]> {
  const error: unknown = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FatalDiagnostics);
  return (error as FatalDiagnostics).diagnostics.map(formatDiagnostic);
}

/** The header every case file in these tests starts from, as a user's export might spell it. */
export const caseHeader = 'id,edition,source,title,country,level_of_government,trends,year_launched,status,url';

/** A valid case row; `fields` replaces columns of `caseHeader` by name. */
export function caseRow(id: string, fields: Record<string, string> = {}): string {
  const row: Record<string, string> = {
    id,
    edition: '2024',
    source: 'call',
    title: `Case ${id}`,
    country: 'France',
    level_of_government: 'national',
    trends: 'digital-foundations',
    year_launched: '2021',
    status: 'implementation',
    url: 'https://example.org/case',
    ...fields,
  };
  return caseHeader
    .split(',')
    .map((column) => row[column] ?? '')
    .join(',');
}

export const caseCsv = (...rows: string[]): string => [caseHeader, ...rows].join('\n') + '\n';
