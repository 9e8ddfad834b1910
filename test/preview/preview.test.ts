/**
 * The preview end to end: the server on temporary copies of templates/ and of the bundled data, a WebSocket client
 * listening as an open page does, and inputs saved while it runs.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, resolveBrowser } from '../../pipeline/editions/pdf/index.ts';
import { nodeEffects, type Effects } from '../../pipeline/effects.ts';
import { SOCKET_PATH, type PreviewMessage } from '../../pipeline/preview/client.ts';
import { startPreview, type Preview } from '../../pipeline/preview/index.ts';
import { createLiveReport } from '../../pipeline/preview/live-report.ts';

const CHAPTER = '03-digital-foundations';
const work = mkdtempSync(join(tmpdir(), 'report-preview-'));
const templates = join(work, 'templates');
const chapterFile = join(templates, 'editions', '2024', 'chapters', `${CHAPTER}.md`);
const cases = join(work, 'cases');
cpSync('templates', templates, { recursive: true });
cpSync('data/cases', cases, { recursive: true });
const original = readFileSync(chapterFile, 'utf8');
const inputs = { data: [cases], reference: 'data', templates };

/** Real files, a silent terminal, and a list of every file read. */
const reads: string[] = [];
const real = nodeEffects({ info: () => {}, diagnostic: () => {} }, { start: () => ({ done: () => {} }) });
const effects: Effects = { ...real, readFile: (path) => (reads.push(path), real.readFile(path)) };

let preview: Preview;
let socket: WebSocket;
const received: PreviewMessage[] = [];

beforeAll(async () => {
  preview = await startPreview({ ...inputs, port: 0 }, effects);
  socket = new WebSocket(new URL(SOCKET_PATH, preview.url).href.replace(/^http/, 'ws'));
  socket.on('message', (data) => received.push(JSON.parse(String(data)) as PreviewMessage));
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  // The first build of the whole report: seconds, more on a busy machine.
}, 30_000);

afterAll(async () => {
  socket.close();
  await preview.close();
  rmSync(work, { recursive: true, force: true });
});

/** A GET with the path sent as written (fetch would resolve `..` before sending it). */
function get(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    request({ hostname, port, path }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** Changes the inputs and waits for the first message of the kind wanted that follows. */
async function afterChange<T extends PreviewMessage['type']>(change: () => void, type: T): Promise<Extract<PreviewMessage, { type: T }>> {
  const from = received.length;
  change();
  for (let waited = 0; waited < 15_000; waited += 20) {
    const message = received.slice(from).find((m): m is Extract<PreviewMessage, { type: T }> => m.type === type);
    if (message) return message;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no ${type} message within 15 s of the change`);
}

const save = <T extends PreviewMessage['type']>(text: string, type: T) => afterChange(() => writeFileSync(chapterFile, text), type);

/** Whether every file read since `reads` was emptied is in one of the folders. */
const readOnlyFrom = (...folders: string[]) => reads.length > 0 && reads.every((path) => folders.some((folder) => path.startsWith(folder)));

/** A save the chapters stage refuses, and the diagnostic the overlay shows for it, as text and as escaped HTML. */
const broken = `${original}\nThe share is {{stat "trends.digtal.share"}}.\n`;
const brokenText = `${chapterFile}:${broken.split('\n').length - 1}:14: unknown stat "trends.digtal.share" [chapters/unknown-stat]`;
const brokenHtml = brokenText.replaceAll('"', '&quot;');

describe('report preview', () => {
  it('serves the HTML edition from memory, pages with the reload client', async () => {
    const page = await get(`/${CHAPTER}.html`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1');
    expect(page.body).toContain(`new WebSocket("ws://" + location.host + "${SOCKET_PATH}")`);
    expect((await get('/')).body).toContain(`const page = "index.html"`);
  });

  it('reloads the page after a chapter is saved, and serves the new text, re-reading only the chapters', async () => {
    reads.length = 0;
    const message = await save(`${original}\nA sentence saved while the preview runs.\n`, 'reload');
    expect(message).toEqual({ type: 'reload', pages: expect.arrayContaining([`${CHAPTER}.html`]) });
    expect((await get(`/${CHAPTER}.html`)).body).toContain('A sentence saved while the preview runs.');
    expect(readOnlyFrom(join(templates, 'editions', '2024', 'chapters'))).toBe(true);
  });

  it('draws a saved figure again and reloads the chapter that places it, re-reading only the figure specs', async () => {
    const spec = join(templates, 'editions', '2024', 'figures', 'trend-digital-foundations-technologies.vl.json');
    reads.length = 0;
    const title = 'Technologies behind the foundations, as saved';
    const message = await afterChange(() => writeFileSync(spec, readFileSync(spec, 'utf8').replace('Technologies behind digital and innovative foundations', title)), 'reload');
    expect(message.pages).toContain(`${CHAPTER}.html`);
    expect((await get(`/${CHAPTER}.html`)).body).toContain(title);
    expect(readOnlyFrom(join(templates, 'editions', '2024', 'figures'))).toBe(true);
  });

  it('reloads every page after a style is saved, re-reading only the layouts, styles and scripts', async () => {
    reads.length = 0;
    const message = await afterChange(() => appendFileSync(join(templates, 'styles', 'screen.css'), '\n/* saved */\n'), 'reload');
    expect(message.pages).toEqual(expect.arrayContaining(['index.html', `${CHAPTER}.html`, 'cases.html', 'print/index.html']));
    expect((await get('/assets/screen.css')).body).toContain('/* saved */');
    expect(reads.some((path) => path.startsWith(join(templates, 'editions', '2024', 'chapters')) || path.startsWith(cases))).toBe(false);
  });

  it('shows invalid data in the overlay by file, line and field, and clears it when the data is mended', async () => {
    const extra = join(cases, 'one-bad-row.csv');
    const { overlay } = await afterChange(() => cpSync('test/cli/fixtures/one-bad-row.csv', extra), 'problems');
    expect(overlay).toContain(`${extra}:6:country: unknown country &quot;Atlantis&quot; [ingest/unknown-country]`);
    expect(await afterChange(() => rmSync(extra), 'problems')).toEqual({ type: 'problems', overlay: '' });
  });

  it('shows a broken save in an overlay with file:line:col, keeps the last good page, and recovers', async () => {
    expect((await save(broken, 'problems')).overlay).toContain(brokenHtml);
    const page = (await get(`/${CHAPTER}.html`)).body;
    expect(page).toContain('id="report-preview-overlay"');
    expect(page).toContain(brokenHtml);
    expect(page).toContain('A sentence saved while the preview runs.');

    const fixed = await save(`${original}\nThe share is {{stat "trends.digital-foundations.share"}}.\n`, 'reload');
    expect(fixed).toEqual({ type: 'reload', pages: expect.arrayContaining([`${CHAPTER}.html`]) });
    expect(received.at(-2)).toEqual({ type: 'problems', overlay: '' });
    const recovered = (await get(`/${CHAPTER}.html`)).body;
    expect(recovered).not.toContain('id="report-preview-overlay"');
    expect(recovered).toMatch(/The share is \d+(\.\d+)?%\./);
  });

  it('escapes the message in the overlay', async () => {
    const { overlay } = await save(`${original}\n{{stat "<img src=x onerror=alert(1)>"}}\n`, 'problems');
    expect(overlay).toContain('unknown stat &quot;&lt;img src=x onerror=alert(1)&gt;&quot;');
    expect(overlay).not.toContain('<img');
    await save(original, 'reload');
  });

  it('in a browser, reloads the page where the reader was, and shows and hides the overlay as saves break and mend', async () => {
    const browser = await puppeteer.launch({ executablePath: (await resolveBrowser()).executablePath, headless: true, pipe: true, args: [...CHROMIUM_FLAGS] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(new URL(`${CHAPTER}.html`, preview.url).href);
      await page.evaluate(() => scrollTo(0, 1500));
      const reloaded = page.waitForNavigation();
      await save(`${original}\nSaved with a reader on the page.\n`, 'reload');
      await reloaded;
      expect(await page.evaluate(() => document.body.textContent)).toContain('Saved with a reader on the page.');
      expect(await page.evaluate(() => scrollY)).toBe(1500);

      await save(broken, 'problems');
      const overlay = await page.waitForSelector('#report-preview-overlay');
      expect(await overlay!.evaluate((element) => element.textContent)).toContain(brokenText);
      await save(original, 'reload');
      await page.waitForFunction(() => document.getElementById('report-preview-overlay') === null && !document.body.textContent!.includes('Saved with a reader'));
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('serves the print layout at /print/', async () => {
    const print = await get('/print/');
    expect(print.status).toBe(200);
    expect(print.body).toContain('assets/print.css');
    expect(print.body).toContain(`id="${CHAPTER}"`);
    expect((await get('/print/assets/print.css')).status).toBe(200);
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/assets/..%2f..%2fpackage.json',
    '/./index.html',
    '//etc/passwd',
    '/etc/passwd',
    `/${encodeURIComponent(join(process.cwd(), 'package.json'))}`,
    '/..\\package.json',
    '/assets%5c..%5c..%5cpackage.json',
    '/%zz',
    'http://example.com/index.html',
  ])('answers 404 to %s', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).not.toContain('"name": "global-trends-report"');
  });

  it('refuses requests addressed to another host name', async () => {
    const { hostname, port } = new URL(preview.url);
    const status = await new Promise<number>((resolve, reject) => {
      request({ hostname, port, path: '/', headers: { host: 'attacker.example' } }, (response) => resolve(response.statusCode!)).on('error', reject).end();
    });
    expect(status).toBe(403);
  });
});

describe('the edition the preview serves', () => {
  it('is the files the build writes, without the reload client', async () => {
    const report = await createLiveReport(inputs, real);
    const { files } = await report.refresh(['editions', 'data', 'chapters', 'figures', 'templates']);
    const page = files?.get(`${CHAPTER}.html`);
    expect(page).toContain('<h1');
    expect(page).not.toContain(SOCKET_PATH);
  });

  it('reads the chapters and figures again after an edition.yaml is saved: another edition may be the one shown', async () => {
    const read: string[] = [];
    const report = await createLiveReport(inputs, { ...real, readFile: (path) => (read.push(path), real.readFile(path)) });
    await report.refresh(['editions', 'data', 'chapters', 'figures', 'templates']);
    read.length = 0;
    await report.refresh(['editions']);
    expect(read).toContain(chapterFile);
    expect(read).toContain(join(templates, 'editions', '2024', 'figures', 'cases-by-trend.vl.json'));
    expect(read.some((path) => path.startsWith(cases))).toBe(false);
  });
});
