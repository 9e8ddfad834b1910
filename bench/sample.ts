/** The bundled sample data, ingested as the build does, for the benchmarks: the 2024 edition and every case. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEdition, type Edition } from '../pipeline/edition.ts';
import { ingest } from '../pipeline/ingest/index.ts';
import type { SourceFile } from '../pipeline/ingest/types.ts';

const read = (path: string): SourceFile => ({ path, bytes: readFileSync(path) });

function loadEditions(): Map<number, Edition> {
  const folder = 'templates/editions';
  const editions = readdirSync(folder).map((year) => {
    const path = join(folder, year, 'edition.yaml');
    const { value } = parseEdition(path, readFileSync(path, 'utf8'));
    if (value === undefined) throw new Error(`cannot read ${path}`);
    return value;
  });
  return new Map(editions.map((edition) => [edition.year, edition]));
}

export async function loadSample() {
  const editions = loadEditions();
  const cases = readdirSync('data/cases').map((name) => read(join('data/cases', name)));
  const { cases: accepted, reference } = await ingest({ files: cases, countries: read('data/countries.csv'), regions: read('data/regions.csv'), editions });
  return { cases: accepted, reference, edition: editions.get(Math.max(...editions.keys()))! };
}
