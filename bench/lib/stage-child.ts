/**
 * A fresh process for the benchmark (bench/run.ts starts it through `runNode`): runs the stages cold (the first
 * call in the process, after the imports) and then warm (the same calls again), and reports the times as JSON.
 *
 *   stages: every stage, cold then warm, then `edits` one-chapter edits rebuilt in the process (the HTML only);
 *   scale:  ingest, stats and figures on the given case data, cold only (the peak memory is then that of one pass).
 *
 * Argument: one JSON object, a `ChildTask`.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { report } from './child.ts';
import { rebuildHtmlAfterChapterEdit, runChain, type ChainInputs, type ChainRun, type EditTime } from './stages.ts';
import { editChapter } from './templates.ts';

/** From the process's start to here: Node, tsx and the import of every stage's modules (vega, puppeteer…). */
const startupMs = performance.now();

export type ChildTask =
  | { mode: 'stages'; inputs: ChainInputs; out: string; edits: number }
  | { mode: 'scale'; inputs: ChainInputs; out: string };

/** A chain's times and memory, without the results it made. */
export type ChainTimes = Omit<ChainRun, 'results' | 'editionInput'>;

export interface ChildReport {
  startupMs: number;
  cold: ChainTimes;
  /** Absent for `scale`. */
  warm?: ChainTimes;
  /** In-process HTML rebuilds after a one-chapter edit. */
  edits: EditTime[];
}

const timesOf = ({ ms, peakRss, cases }: ChainRun): ChainTimes => ({ ms, peakRss, cases });

async function main(task: ChildTask): Promise<ChildReport> {
  const last = task.mode === 'stages' ? 'pdf' : 'figures';
  const cold = await runChain(task.inputs, last, join(task.out, 'cold'));
  if (task.mode === 'scale') return { startupMs, cold: timesOf(cold), edits: [] };
  const warm = await runChain(task.inputs, last, join(task.out, 'warm'));
  const { results, editionInput } = warm;
  if (results === undefined || editionInput === undefined) throw new Error('the chain stopped before the HTML edition');
  const edits: EditTime[] = [];
  for (let edit = 1; edit <= task.edits; edit++) {
    editChapter(task.inputs.templates, `in-process edit ${edit}`);
    edits.push(await rebuildHtmlAfterChapterEdit(task.inputs, editionInput, results, join(task.out, 'edited')));
  }
  return { startupMs, cold: timesOf(cold), warm: timesOf(warm), edits };
}

report(await main(JSON.parse(process.argv[2] ?? '{}') as ChildTask));
// The schema validator's worker thread must not keep the process waiting.
process.exit(0);
