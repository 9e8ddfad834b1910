/**
 * `npm run sample-data`: writes the illustrative sample data under data/ (see data/README.md).
 *
 * Generation is deterministic (seeded, no clock), so a re-run writes byte-identical files. Every record is read
 * back through the pipeline's case schema before anything is written; if one fails, nothing is written and the
 * script exits with status 1.
 *
 * `npm run sample-data -- --cases N --out DIR` writes N records of the current edition instead (for the benchmark;
 * see scripts/sample-data/scale.ts) to DIR/cases/, with the reference tables in DIR, and leaves data/ alone.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkSampleData, loadEditions } from './sample-data/check.ts';
import { generateSampleData } from './sample-data/generate.ts';
import { generateScaledCases } from './sample-data/scale.ts';

const projectFolder = new URL('../', import.meta.url);

async function writeAll(files: Readonly<Record<string, string>>, pathOf: (path: string) => string): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    const target = pathOf(path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
  }
}

async function main(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { cases: { type: 'string' }, out: { type: 'string' } }, strict: true });
  if (values.cases !== undefined || values.out !== undefined) {
    const cases = Number(values.cases);
    if (values.cases === undefined || values.out === undefined || !Number.isInteger(cases)) {
      console.error('usage: generate-sample-data [--cases <number> --out <folder>]');
      return 2;
    }
    const out = resolve(values.out);
    let files;
    try {
      files = generateScaledCases(cases, await loadEditions());
    } catch (error) {
      console.error((error as Error).message);
      return 2;
    }
    await writeAll(files, (path) => join(out, path));
    console.log(`${out}: ${cases.toLocaleString('en-GB')} cases of the current edition (--data ${join(out, 'cases')} --reference ${out})`);
    return 0;
  }
  const editions = await loadEditions();
  const files = generateSampleData(editions);
  const { problems, summary } = checkSampleData(files, editions);
  if (problems.length > 0) {
    console.error(`The generated sample data has ${problems.length} problem(s); nothing was written:`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  await writeAll(files, (path) => fileURLToPath(new URL(path, projectFolder)));
  for (const line of summary) console.log(line);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
