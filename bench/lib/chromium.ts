/**
 * The bare print the PDF step is measured against: one headless Chromium process, started from the command line,
 * printing a page to PDF, with the browser the build would use (`resolveBrowser`) and the flags it starts it with.
 */
import { execFile } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_FLAGS, resolveBrowser } from '../../pipeline/editions/pdf/index.ts';

const run = promisify(execFile);

export const browserPath = async (): Promise<string> => (await resolveBrowser()).executablePath;

/** `chromium --headless --no-sandbox --disable-gpu … --print-to-pdf=<pdf> file://<html>`; returns milliseconds. */
export async function barePrint(executablePath: string, html: string, pdf: string): Promise<number> {
  const start = performance.now();
  await run(executablePath, [...CHROMIUM_FLAGS, '--headless', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href]);
  return performance.now() - start;
}

/** `Chromium 143.0.7499.169 built on Debian…`, or undefined when the browser does not say. */
export async function browserVersion(executablePath: string): Promise<string | undefined> {
  try {
    return (await run(executablePath, ['--version'])).stdout.trim();
  } catch {
    return undefined;
  }
}
