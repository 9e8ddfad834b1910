/**
 * How soon a saved chapter shows in the preview, on the sample report. The preview runs on the bundled data and a
 * temporary copy of templates/; a WebSocket client listens as an open page would; a chapter is saved again and
 * again, each time with a new sentence, and each save is timed until the reload message, and until the page served
 * next holds the sentence (what the reader sees). Run: npx tsx bench/preview.ts [saves, default 9]
 *
 * On a busy machine the wall time mostly measures the other processes, so the process's CPU time from the save to
 * the reload message is given too, with the load average: on an idle core the wall time comes close to it.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { nodeEffects } from '../pipeline/effects.ts';
import { SOCKET_PATH, type PreviewMessage } from '../pipeline/preview/client.ts';
import { startPreview } from '../pipeline/preview/index.ts';

const saves = Number(process.argv[2] ?? 9);
const CHAPTER = '03-digital-foundations';

const templates = join(mkdtempSync(join(tmpdir(), 'report-preview-bench-')), 'templates');
cpSync('templates', templates, { recursive: true });
const chapterFile = join(templates, 'editions', '2024', 'chapters', `${CHAPTER}.md`);
const original = readFileSync(chapterFile, 'utf8');

const quiet = nodeEffects({ info: () => {}, diagnostic: () => {} }, { start: () => ({ done: () => {} }) });
const started = performance.now();
const preview = await startPreview({ data: ['data/cases'], reference: 'data', templates, port: 0 }, quiet);
const startup = performance.now() - started;

const socket = new WebSocket(new URL(SOCKET_PATH, preview.url).href.replace(/^http/, 'ws'));
await new Promise((resolve) => socket.once('open', resolve));
const nextReload = () =>
  new Promise<void>((resolve) => {
    const listen = (data: WebSocket.RawData) => {
      if ((JSON.parse(String(data)) as PreviewMessage).type !== 'reload') return;
      socket.off('message', listen);
      resolve();
    };
    socket.on('message', listen);
  });

const toReload: number[] = [];
const cpuToReload: number[] = [];
const toPage: number[] = [];
// The first save warms the chapters and pages stages up, as an editor's first save does: it is not counted.
for (let save = 0; save <= saves; save++) {
  const sentence = `Saved for the benchmark, time ${save}.`;
  const reloaded = nextReload();
  const saved = performance.now();
  const cpu = process.cpuUsage();
  writeFileSync(chapterFile, `${original}\n${sentence}\n`);
  await reloaded;
  const reload = performance.now() - saved;
  const { user, system } = process.cpuUsage(cpu);
  const page = await (await fetch(new URL(`${CHAPTER}.html`, preview.url))).text();
  if (!page.includes(sentence)) throw new Error(`the page served after the reload lacks "${sentence}"`);
  if (save > 0) {
    toReload.push(reload);
    cpuToReload.push((user + system) / 1000);
    toPage.push(performance.now() - saved);
  }
  // Apart enough that each save is a save of its own, not part of the last one's burst of events.
  await new Promise((resolve) => setTimeout(resolve, 200));
}

socket.close();
await preview.close();
rmSync(join(templates, '..'), { recursive: true, force: true });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
console.log(`preview started (first build):             ${ms(startup)}`);
console.log(`chapter saved → reload message, median of ${saves}: ${ms(median(toReload))}   (${toReload.map((t) => t.toFixed(0)).join(', ')})`);
console.log(`chapter saved → page served, median of ${saves}:    ${ms(median(toPage))}`);
console.log(`CPU time, save → reload message, median:     ${ms(median(cpuToReload))}   (load average ${loadavg()[0]!.toFixed(1)} on this machine)`);
