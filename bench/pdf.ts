/**
 * Cost of the PDF stage on the sample report, against a bare Chromium print of the same page in the same run.
 * Run: npx tsx bench/pdf.ts [runs]   (default 3; medians are reported)
 *
 * - stage: the build's own `pdf` step, as `npm run report` runs it: launch the browser, print the page, read where
 *   everything landed, fill in the page numbers, print again, check, set the metadata, close the browser;
 * - bare: one `chromium --headless --print-to-pdf` process printing the final print.html that build wrote.
 *
 * The target is a stage under 1.5 × the bare print.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from '../pipeline/build.ts';
import { nodeEffects, type Progress } from '../pipeline/effects.ts';
import { PRINT_PAGE } from '../pipeline/editions/pdf/index.ts';
import { barePrint, browserPath } from './lib/chromium.ts';
import { median } from './lib/timing.ts';

const runs = Number(process.argv[2] ?? 3);
const folder = mkdtempSync(join(tmpdir(), 'bench-pdf-'));
const out = join(folder, 'output');
const executablePath = await browserPath();

/** Builds the report and returns the time of its `pdf` step. */
async function stage(): Promise<number> {
  let pdfTime = Number.NaN;
  const progress: Progress = {
    start(name) {
      const started = performance.now();
      return { done: () => void (name === 'pdf' && (pdfTime = performance.now() - started)) };
    },
  };
  const quiet = { info: () => {}, diagnostic: () => {} };
  await build({ data: ['data/cases'], reference: 'data', templates: 'templates', out, strict: false, mode: 'build' }, nodeEffects(quiet, progress));
  return pdfTime;
}

/** One bare Chromium process printing the build's final print page. */
const bare = () => barePrint(executablePath, join(out, 'print', PRINT_PAGE), join(folder, 'bare.pdf'));

const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;

try {
  const stages: number[] = [];
  const bares: number[] = [];
  for (let run = 0; run < runs; run++) {
    stages.push(await stage());
    bares.push(await bare());
  }
  console.log(`PDF stage (median of ${runs}):          ${ms(median(stages))}   runs: ${stages.map((t) => t.toFixed(0)).join(', ')}`);
  console.log(`bare chromium --print-to-pdf (median): ${ms(median(bares))}   runs: ${bares.map((t) => t.toFixed(0)).join(', ')}`);
  console.log(`ratio: ${(median(stages) / median(bares)).toFixed(2)} (target < 1.5)`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
