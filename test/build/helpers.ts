/**
 * What the build tests share: the bundled inputs, a fake browser that prints in no time, a cache in memory, quiet
 * effects that record their progress lines, and checksums of a whole output folder.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BuildOptions, PdfBrowser } from '../../pipeline/build.ts';
import type { Cache } from '../../pipeline/cache/index.ts';
import type { Printer, PrintInput, PrintResult } from '../../pipeline/editions/pdf/index.ts';
import { nodeEffects, type Effects } from '../../pipeline/effects.ts';
import { pdfWithDestinations } from '../editions/pdf/plain-pdf.ts';

export const ROOT = join(import.meta.dirname, '../..');

/** The bundled data and templates: the templates quote the bundled cases. */
export const inputs = (out: string): BuildOptions => ({
  data: [join(ROOT, 'data/cases')],
  reference: join(ROOT, 'data'),
  templates: join(ROOT, 'templates'),
  out,
  strict: false,
  mode: 'build',
});

/** The real file effects, silent, with the progress lines ("figures: 13 figures [cached]") kept in `lines`. */
export function quietEffects(cache: Cache): Effects & { lines: string[] } {
  const lines: string[] = [];
  const progress = { start: (stage: string) => ({ done: (detail?: string) => void lines.push(`${stage}: ${detail ?? ''}`) }) };
  return { ...nodeEffects({ info: () => {}, diagnostic: () => {} }, progress, cache), lines };
}

/** A cache in memory that keeps values as JSON, as the disk cache does, so a value read back is a copy. */
export function memoryCache(): Cache & { keys(): string[] } {
  const entries = new Map<string, string>();
  return {
    get: (key) => (entries.has(key) ? JSON.parse(entries.get(key)!) : undefined),
    set: (key, value) => void entries.set(key, JSON.stringify(value)),
    keys: () => [...entries.keys()],
  };
}

/**
 * A printer standing in for Chromium: a PDF with every element id of the page as a named destination on page 1,
 * which is all the PDF edition reads back. `print` may be replaced to fail or hang.
 */
export function fakePrinter(print: (input: PrintInput) => Promise<PrintResult> = fakePrint): Printer & { closed: number } {
  const printer = {
    closed: 0,
    print,
    close: async () => void printer.closed++,
  };
  return printer;
}

export async function fakePrint(input: PrintInput): Promise<PrintResult> {
  const ids = [...readFileSync(input.htmlPath, 'utf8').matchAll(/ id="([\w-]+)"/g)].map((match) => [match[1]!, 1] as const);
  return { pdf: pdfWithDestinations(new Map(ids), 1), blockedRequests: [] };
}

/** A browser that opens `printer`; its identity tells its PDFs apart from other browsers' in the cache. */
export const fakeBrowser =
  (identity: string, printer: Printer = fakePrinter()) =>
  async (): Promise<PdfBrowser> => ({ identity, open: async () => printer });

/** Every file of a folder, by its path relative to it, with the SHA-256 of its bytes. */
export function checksums(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
  return Object.fromEntries(files.sort().map((name) => [name, createHash('sha256').update(readFileSync(join(dir, name))).digest('hex')]));
}

/** What is beside an output folder (a staging folder, a lock…): nothing, once a build has ended, however it ended. */
export const besideOutput = (out: string): string[] => readdirSync(dirname(out)).filter((name) => name.startsWith(`${basename(out)}.`));
