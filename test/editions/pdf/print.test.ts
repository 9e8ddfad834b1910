import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveBrowser } from '../../../pipeline/editions/pdf/browser.ts';
import { BrowserLaunchError, openPrinter, PrintTimeoutError } from '../../../pipeline/editions/pdf/print.ts';
import type { Printer } from '../../../pipeline/editions/pdf/print.ts';
import { messages } from '../../../pipeline/messages.ts';
import { readPdf } from '../../helpers/pdf.ts';

const BROWSER_TEST_MS = 30_000;
const FONT_FILE = 'source-sans-3-latin-400-normal.woff2';
const A4_POINTS = { width: 595, height: 842 };

const folder = mkdtempSync(join(tmpdir(), 'report-print-test-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Writes an HTML file into the test folder and returns its absolute path. */
function htmlFile(name: string, body: string, head = ''): string {
  const path = join(folder, name);
  writeFileSync(path, `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  return path;
}

/** Two A4 pages of text in Source Sans 3, loaded from a woff2 file beside the HTML. */
function twoPageDocument(): string {
  const fonts = join(createRequire(import.meta.url).resolve('@fontsource/source-sans-3/package.json'), '..', 'files');
  copyFileSync(join(fonts, FONT_FILE), join(folder, FONT_FILE));
  const head = `<title>Printer test</title><style>
    /* A family name no system font has, so a missing font cannot be hidden by a fallback of the same name. */
    @font-face { font-family: 'Report Test Sans'; src: url('${FONT_FILE}') format('woff2'); }
    @page { size: A4; margin: 20mm; }
    body { font-family: 'Report Test Sans'; }
    /* Only the regular face is loaded: a bold heading would be synthesised, which Chromium embeds as a Type 3 font. */
    h1 { font-weight: normal; }
    .new-page { break-before: page; }
  </style>`;
  return htmlFile(
    'two-pages.html',
    `<h1>First heading</h1><p>Alpha text on page one.</p>
     <h1 class="new-page">Second heading</h1><p>Omega text on page two.</p>`,
    head,
  );
}

function onPath(command: string): boolean {
  return spawnSync(command, ['-v']).error === undefined;
}

describe('a printer', { timeout: BROWSER_TEST_MS }, () => {
  let printer: Printer;
  let twoPages: string;

  beforeAll(async () => {
    twoPages = twoPageDocument();
    printer = await openPrinter({ executablePath: (await resolveBrowser()).executablePath });
  }, BROWSER_TEST_MS);
  afterAll(() => printer?.close());

  it('prints each page of text on its own A4 page', async () => {
    const { pdf, blockedRequests } = await printer.print({ htmlPath: twoPages });
    const read = await readPdf(pdf);
    expect(read.pageCount).toBe(2);
    expect(read.pages[0]).toContain('Alpha text on page one.');
    expect(read.pages[1]).toContain('Omega text on page two.');
    expect(read.pages[0]).not.toContain('Omega');
    expect(Math.abs(read.firstPageSize.width - A4_POINTS.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(read.firstPageSize.height - A4_POINTS.height)).toBeLessThanOrEqual(1);
    expect(blockedRequests).toEqual([]);
  });

  it('writes the title, a tagged structure and bookmarks for the headings', async () => {
    const read = await readPdf((await printer.print({ htmlPath: twoPages })).pdf);
    expect(read.info.title).toBe('Printer test');
    expect(read.tagged).toBe(true);
    expect(read.outline).toEqual([
      { title: 'First heading', depth: 0, pageNumber: 1 },
      { title: 'Second heading', depth: 0, pageNumber: 2 },
    ]);
  });

  it.runIf(onPath('pdffonts'))('embeds the web font and no other', async () => {
    const pdfPath = join(folder, 'two-pages.pdf');
    writeFileSync(pdfPath, (await printer.print({ htmlPath: twoPages })).pdf);
    // pdffonts prints two header lines, then: name type encoding emb sub uni object-id.
    const fonts = spawnSync('pdffonts', [pdfPath], { encoding: 'utf8' }).stdout.trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/SourceSans3/);
      expect(line.split(/\s+/).slice(-5, -4)).toEqual(['yes']);
    }
  });

  it('fetches nothing from the network and reports what it blocked', async () => {
    const hits: string[] = [];
    const server = createServer((request, response) => {
      hits.push(request.url ?? '');
      response.end();
    });
    server.on('upgrade', (request, socket) => {
      hits.push(`upgrade ${request.url}`);
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const htmlPath = htmlFile(
        'network.html',
        `<p>Offline</p><img src="http://${origin}/pixel.png">
         <script>new WebSocket('ws://${origin}/socket'); fetch('http://${origin}/data.json').catch(() => {});</script>`,
      );
      const { pdf, blockedRequests } = await printer.print({ htmlPath });
      expect((await readPdf(pdf)).pages[0]).toContain('Offline');
      expect(blockedRequests).toContain(`http://${origin}/pixel.png`);
      expect(blockedRequests).toContain(`http://${origin}/data.json`);
      expect(hits).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('refuses a relative path, which would depend on the working folder', async () => {
    await expect(printer.print({ htmlPath: 'two-pages.html' })).rejects.toThrow(TypeError);
  });
});

describe('a print that hangs', { timeout: BROWSER_TEST_MS }, () => {
  const TIMEOUT_MS = 1_000;
  let printer: Printer;

  beforeAll(async () => {
    printer = await openPrinter({ executablePath: (await resolveBrowser()).executablePath, timeoutMs: TIMEOUT_MS });
  }, BROWSER_TEST_MS);
  afterAll(() => printer?.close());

  it('stops at the timeout with a clear error, and the printer still prints afterwards', async () => {
    const stuck = htmlFile('stuck.html', '<p>Never loads</p><script>for (;;) {}</script>');
    const started = performance.now();
    const failure = printer.print({ htmlPath: stuck });
    await expect(failure).rejects.toThrow(PrintTimeoutError);
    await expect(failure).rejects.toThrow(messages.printTimedOut(stuck, 1));
    expect(performance.now() - started).toBeLessThan(TIMEOUT_MS + 5_000);

    const fine = htmlFile('fine.html', '<p>Printed after the hang</p>');
    expect((await readPdf((await printer.print({ htmlPath: fine })).pdf)).pages[0]).toContain('Printed after the hang');
  });
});

describe('a browser that does not start', { timeout: BROWSER_TEST_MS }, () => {
  it.each(['/nowhere/chrome', '/bin/false'])('gives an error naming %s', async (executablePath) => {
    const failure = openPrinter({ executablePath });
    await expect(failure).rejects.toThrow(BrowserLaunchError);
    await expect(failure).rejects.toThrow(`cannot start the browser ${JSON.stringify(executablePath)}`);
  });
});
