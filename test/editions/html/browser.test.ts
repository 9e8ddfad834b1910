/**
 * End to end: the built fixture edition in headless Chromium, opened from file:// as a reader who saved it would,
 * and served by a static web server under a sub-path. Navigation, the case browser's filters, search, and an
 * axe-core audit of every page; throughout, no console error, no failed request and no request outside the edition.
 */
import { readFile, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHtmlEdition } from '../../../pipeline/editions/html/index.ts';
import { CHROMIUM_FLAGS, resolveBrowser } from '../../../pipeline/editions/pdf/index.ts';
import { fixtureInput, HOSTILE, isPage, writeEdition } from './fixture.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Where the web server puts the edition: a sub-path, as on a host that serves many reports. */
const SUB_PATH = '/reports/global-trends/2024/';
const TYPES: Readonly<Record<string, string>> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.csv': 'text/csv' };

let folder: string;
let pages: string[];
let server: Server;
/** The edition's two addresses, each ending in `/`: its folder as a file:// URL, and its place on the server. */
let fileBase: string;
let httpBase: string;
let browser: Browser;
let page: Page;
/** What went wrong on any page, collected for the last test. */
const problems: string[] = [];

beforeAll(async () => {
  const files = buildHtmlEdition(await fixtureInput());
  folder = writeEdition(files);
  pages = files.filter(isPage).map((file) => file.path);
  fileBase = `${pathToFileURL(folder).href}/`;
  server = await serve(folder);
  httpBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}${SUB_PATH}`;
  browser = await puppeteer.launch({ executablePath: (await resolveBrowser()).executablePath, headless: true, pipe: true, args: [...CHROMIUM_FLAGS] });
  page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if ([fileBase, httpBase, 'data:'].some((base) => request.url().startsWith(base))) return void request.continue();
    problems.push(`request outside the edition: ${request.url()}`);
    void request.abort();
  });
  page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()} ${request.failure()?.errorText}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${String(error)}`));
  // An alert would be case text run as script.
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A static server of the folder under SUB_PATH, on a free loopback port; anything else is 404. */
async function serve(root: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = path.startsWith(SUB_PATH) ? normalize(path.slice(SUB_PATH.length)) : '..';
    if (file.startsWith('..')) return void response.writeHead(404).end();
    readFile(join(root, file), (error, content) => {
      if (error) return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(content);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Opens a page of the edition (with its query and fragment) from file://, or from the server. */
const open = (path: string, base = fileBase) => page.goto(new URL(path, base).href, { waitUntil: 'load' });
const heading = () => page.$eval('h1', (h1) => h1.textContent);
const visibleRows = () => page.$$eval('#case-rows tr:not([hidden])', (rows) => rows.map((row) => row.id));

/** Follows the link that `selector` finds, as a click, and waits for the page it opens. */
async function follow(selector: string): Promise<void> {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
}

describe('the HTML edition in a browser', () => {
  it('goes from the contents to a chapter, to the next one, and back through a reference', async () => {
    await open('index.html');
    await follow('.toc a[href="01-alpha.html"]');
    expect(await heading()).toBe('1 Alpha services for everyone');
    await follow('a[rel="next"]');
    expect(await heading()).toBe('2 Beta services');
    await follow('a.ref[data-ref="trend"]');
    expect(page.url()).toMatch(/01-alpha\.html#figure-trend$/);
    expect(await page.$eval(':target', (target) => target.tagName)).toBe('FIGURE');
  });

  it('lists every case, opens at a case from its anchor, and filters by trend and by words', async () => {
    await open('cases.html#T-03');
    expect(await visibleRows()).toEqual(['T-01', 'T-02', 'T-03', 'T-04']);
    expect(await page.$eval(':target', (target) => target.id)).toBe('T-03');

    await page.select('#case-trend', 'beta');
    expect(await visibleRows()).toEqual(['T-02', 'T-04']);
    expect(await page.$eval('#case-status', (status) => status.textContent)).toBe('Showing 2 of 4 cases.');

    await page.type('#case-query', 'robot');
    expect(await visibleRows()).toEqual(['T-02']);
    await page.click('button[type="reset"]');
    await page.waitForFunction(() => document.querySelectorAll('#case-rows tr:not([hidden])').length === 4);
  });

  it('opens filtered from the address, and shows hostile case text as text', async () => {
    await open('cases.html?trend=alpha');
    expect(await visibleRows()).toEqual(['T-01', 'T-03']);
    await open('cases.html');
    const hostile = await page.$eval('#T-04', (row) => ({
      title: row.querySelector('.case-title')?.textContent,
      summary: row.querySelector('.case-summary')?.textContent,
      elements: [...row.querySelectorAll('*')].map((element) => element.tagName.toLowerCase()),
      links: [...row.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    }));
    // Its javascript: address is no link; the one link is to its box in the chapter.
    expect(hostile).toMatchObject({ title: HOSTILE.title, summary: HOSTILE.summary, links: ['01-alpha.html#box-t-04'] });
    expect(hostile.elements.filter((name) => ['script', 'img', 'svg', 'b'].includes(name))).toEqual([]);
  });

  it('finds a word of a chapter with the search page, from the address and as the reader types', async () => {
    await open('search.html?q=zeppelin');
    expect(await page.$$eval('#search-results a', (links) => links.map((a) => a.getAttribute('href')))).toEqual(['01-alpha.html']);
    await page.$eval('#search-query', (input) => ((input as HTMLInputElement).value = ''));
    await page.type('#search-query', 'regions differ');
    expect(await page.$$eval('#search-results a', (links) => links.map((a) => a.textContent))).toContain('Co-design with users');
    expect(await page.$eval('#search-status', (status) => status.textContent)).toMatch(/^\d+ sections? match/);
  });

  it('passes an axe-core audit on every page, served under a sub-path, with no serious or critical violation', async () => {
    const found: string[] = [];
    for (const path of pages) {
      // Over http, as axe reads the stylesheets with requests that file:// pages may not make.
      await open(path, httpBase);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () => {
        const { violations } = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')) }));
      });
      found.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path}: ${v.id} (${v.impact}) at ${v.targets.join(', ')}`));
    }
    expect(found).toEqual([]);
  });

  it('made no request outside the edition, none that failed, and logged no error', () => {
    expect(problems).toEqual([]);
  });
});
