/**
 * `npm run sample-data`: writes the illustrative sample data under data/ (see data/README.md).
 *
 * Generation is deterministic (seeded, no clock), so a re-run writes byte-identical files. Every record is read
 * back through the pipeline's case schema before anything is written; if one fails, nothing is written and the
 * script exits with status 1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSampleData, loadEditions } from './sample-data/check.ts';
import { generateSampleData } from './sample-data/generate.ts';

const projectFolder = new URL('../', import.meta.url);

async function main(): Promise<number> {
  const editions = await loadEditions();
  const files = generateSampleData(editions);
  const { problems, summary } = checkSampleData(files, editions);
  if (problems.length > 0) {
    console.error(`The generated sample data has ${problems.length} problem(s); nothing was written:`);
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  for (const [path, text] of Object.entries(files)) {
    const target = fileURLToPath(new URL(path, projectFolder));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
  }
  for (const line of summary) console.log(line);
  return 0;
}

process.exitCode = await main();
