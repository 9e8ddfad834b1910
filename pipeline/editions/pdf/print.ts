/**
 * Prints HTML files to PDF with Chromium. A build opens one printer, prints every document it needs (a first pass
 * for page numbers, the final pass) and closes it, so Chromium starts once. The printer reads only through
 * Chromium, and only local files: nothing a document links to on the network is fetched.
 */
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer';
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { messages } from '../../messages.ts';
import { EnvironmentError } from '../../diagnostics.ts';

export interface PrinterOptions {
  executablePath: string;
  /** Longest a launch or one print may take, in milliseconds. */
  timeoutMs?: number;
}

export interface PrintInput {
  /** Absolute path of an HTML file on disk: loaded from its file:// URL so its local fonts and images load. */
  htmlPath: string;
  /**
   * A print read only for where things land: no tags and no bookmarks, which take most of the time (and of the
   * size) of a large print and change nothing in the layout.
   */
  draft?: boolean;
}

export interface PrintResult {
  pdf: Uint8Array;
  /** Outside addresses the document asked for and did not get, in request order; the build warns about them. */
  blockedRequests: string[];
}

export interface Printer {
  print(input: PrintInput): Promise<PrintResult>;
  close(): Promise<void>;
}

export const DEFAULT_PRINT_TIMEOUT_MS = 60_000;

/**
 * No sandbox and no GPU, which containers and CI machines lack; and no background traffic of Chromium's own
 * (updates, sync, QUIC probes), so printing makes no network requests.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
] as const;

/** Puppeteer's own limit on one protocol call; page.pdf is one call, so a longer print timeout must raise it. */
const PUPPETEER_PROTOCOL_TIMEOUT_MS = 180_000;

const LOCAL_PROTOCOLS = new Set(['file:', 'data:']);

export class BrowserLaunchError extends EnvironmentError {}

export class PrintTimeoutError extends EnvironmentError {}

export async function openPrinter(options: PrinterOptions): Promise<Printer> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PRINT_TIMEOUT_MS;
  const browser = await launchBrowser(options.executablePath, timeoutMs);
  return {
    print: (input) => printOnNewPage(browser, input, timeoutMs),
    close: () => browser.close(),
  };
}

async function launchBrowser(executablePath: string, timeoutMs: number): Promise<Browser> {
  try {
    return await puppeteer.launch({
      executablePath,
      headless: true,
      // A pipe rather than a debugging port: no other local process can drive the browser.
      pipe: true,
      args: [...CHROMIUM_FLAGS],
      timeout: timeoutMs,
      protocolTimeout: Math.max(PUPPETEER_PROTOCOL_TIMEOUT_MS, timeoutMs),
      // The CLI owns the signals: it aborts the build, discards the staging folder and closes the browser itself.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
  } catch (error) {
    throw new BrowserLaunchError(messages.browserLaunchFailed(executablePath, reasonOf(error)), { cause: error });
  }
}

async function printOnNewPage(browser: Browser, input: PrintInput, timeoutMs: number): Promise<PrintResult> {
  const { htmlPath } = input;
  if (!isAbsolute(htmlPath)) throw new TypeError(`htmlPath must be absolute, got ${JSON.stringify(htmlPath)}`);
  const page = await browser.newPage();
  try {
    const timedOut = () => new PrintTimeoutError(messages.printTimedOut(htmlPath, timeoutMs / 1000));
    return await withDeadline(printPage(page, input), timeoutMs, timedOut);
  } finally {
    // Closing also stops a page stuck in a script. It fails only when the browser is already gone, and then the
    // error that brought us here is the one worth reporting.
    await page.close().catch(() => undefined);
  }
}

async function printPage(page: Page, input: PrintInput): Promise<PrintResult> {
  const blockedRequests = await cutOffNetwork(page);
  const pdf = await renderPdf(page, input);
  return { pdf, blockedRequests: [...blockedRequests] };
}

/**
 * Aborts every request that is not for a local file or inline data, and records it. Interception does not see
 * WebSockets, so the page is also put offline, which still lets interception see and record the other requests.
 */
async function cutOffNetwork(page: Page): Promise<readonly string[]> {
  const blockedRequests: string[] = [];
  await page.setOfflineMode(true);
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    if (LOCAL_PROTOCOLS.has(new URL(request.url()).protocol)) {
      void request.continue();
    } else {
      blockedRequests.push(request.url());
      void request.abort('blockedbyclient');
    }
  });
  return blockedRequests;
}

/** Puppeteer's own timeouts are off (0): the print deadline is the only one, so a hang gives one clear message. */
async function renderPdf(page: Page, input: PrintInput): Promise<Uint8Array> {
  await page.goto(pathToFileURL(input.htmlPath).href, { waitUntil: 'load', timeout: 0 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const final = input.draft !== true;
  // The page size comes from the document's CSS @page rule.
  return page.pdf({ preferCSSPageSize: true, printBackground: true, outline: final, tagged: final, timeout: 0 });
}

async function withDeadline<T>(work: Promise<T>, timeoutMs: number, timedOut: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
