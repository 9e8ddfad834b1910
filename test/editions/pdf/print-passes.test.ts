/** The prints the PDF edition makes, with a printer that hands back hand-made PDFs: no browser. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionFile } from '../../../pipeline/editions/layout.ts';
import { MAX_PRINTS, PageNumbersError, printPdfEdition, type PrintEditionInput, type Printer, type PrintInput } from '../../../pipeline/editions/pdf/index.ts';
import { paginationInput } from '../../../pipeline/editions/pdf/print-html.ts';
import { readPdf } from '../../helpers/pdf.ts';
import { fixtureEdition, realTemplates } from './fixture.ts';
import { pdfWithDestinations } from './plain-pdf.ts';
import { printedEntries } from './reading.ts';

const PAGES = 40;

/** A printer whose n-th print lands the targets where `landing(n)` says, recording what it was asked. */
function fakePrinter(landing: (print: number) => Map<string, number>) {
  const asked: PrintInput[] = [];
  const printer: Printer = {
    print: async (input) => {
      asked.push(input);
      return { pdf: pdfWithDestinations(landing(asked.length), PAGES), blockedRequests: ['https://example.org/font.woff2'] };
    },
    close: async () => {},
  };
  return { printer, asked };
}

let input: PrintEditionInput;
/** Where a print without blank pages lands each target: the contents and lists link to them in reading order. */
let draft: Map<string, number>;

beforeAll(async () => {
  input = fixtureEdition(undefined, await realTemplates());
  draft = new Map(paginationInput(input).targets.map((target, index) => [target.anchor, 5 + Math.floor(index / 2)]));
});

/** Prints `input` and returns what was written to the print folder, print by print. */
async function run(printer: Printer) {
  const written: (readonly EditionFile[])[] = [];
  const writeFiles = async (files: readonly EditionFile[]) => {
    written.push(files);
    return '/print/print.html';
  };
  return { result: await printPdfEdition(input, { printer, writeFiles, creationDate: new Date(Date.UTC(2024, 0, 1)) }), written };
}

describe('printPdfEdition', () => {
  it('prints a draft, then the page with its numbers, and stops there when nothing moved', async () => {
    const { printer, asked } = fakePrinter(() => draft);
    const { result, written } = await run(printer);
    expect(result.prints).toBe(2);
    expect(asked).toEqual([
      { htmlPath: '/print/print.html', draft: true },
      { htmlPath: '/print/print.html', draft: false },
    ]);
    // Styles and fonts are written once; the page again with its numbers.
    expect(written[0]!.map((file) => file.path)).toContain('assets/print.css');
    expect(written[1]!.map((file) => file.path)).toEqual(['print.html']);
    expect(printedEntries(String(written[0]![0]!.content)).every((entry) => entry.page === '')).toBe(true);
    expect(printedEntries(String(written[1]![0]!.content)).find((entry) => entry.anchor === '01-services')?.page).toBe('1');
    expect(result.blockedRequests).toEqual(['https://example.org/font.woff2']);
    expect((await readPdf(result.pdf)).info.title).toBe('Test Trends 2024: A small edition');
  });

  it('prints once more when something moved, numbered from where it landed', async () => {
    const moved = new Map([...draft, ['box-case-three', draft.get('box-case-three')! + 1]]);
    const { printer } = fakePrinter((print) => (print === 1 ? draft : moved));
    const { result, written } = await run(printer);
    expect(result.prints).toBe(3);
    const folio = (files: readonly EditionFile[]) => printedEntries(String(files[0]!.content)).find((entry) => entry.anchor === 'box-case-three')?.page;
    expect(Number(folio(written[2]!))).toBe(Number(folio(written[1]!)) + 1);
  });

  it('fails, rather than print wrong numbers, when the pages keep moving', async () => {
    const { printer, asked } = fakePrinter((print) => new Map([...draft].map(([anchor, page]) => [anchor, page + print])));
    await expect(run(printer)).rejects.toThrow(PageNumbersError);
    expect(asked).toHaveLength(MAX_PRINTS);
  });
});
