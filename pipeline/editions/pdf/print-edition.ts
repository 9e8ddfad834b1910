/**
 * The PDF edition: print a draft of the print page, read where everything landed, fill in the page numbers and
 * blank pages, print the final PDF and check that nothing moved.
 *
 *   print.html ─► draft PDF ─► destinations ─► pagination ─► print.html ─► final PDF ─► destinations ─► settled?
 *   (no numbers)  (untagged)                      ▲                                                       │ no
 *                                                 └───────────────────────────────────────────────────────┘
 *
 * Filling in the numbers of a fixed-width column moves nothing, so the first final print normally settles it; one
 * more is allowed, and a layout that still moves is an error rather than a contents with wrong numbers.
 */
import { EnvironmentError } from '../../diagnostics.ts';
import { messages } from '../../messages.ts';
import type { EditionFile } from '../layout.ts';
import { documentInfo } from './document-info.ts';
import { isSettled, paginate, UNPAGINATED } from './pagination.ts';
import { namedDestinationPages, readDocumentInfo, withDocumentInfo } from './pdf-file.ts';
import { buildPrintFiles, paginationInput, printPageFile, type PrintEditionInput } from './print-html.ts';
import type { Printer } from './print.ts';

export interface PrintEditionOptions {
  /** An open printer: the browser is launched once for every print of the build. */
  printer: Printer;
  /** Writes files of the print folder, returning the absolute path of the written print page. */
  writeFiles: (files: readonly EditionFile[]) => Promise<string>;
  /** The date the PDF gives as its creation date. */
  creationDate: Date;
}

export interface PrintedEdition {
  pdf: Uint8Array;
  /** Outside addresses the print page asked for and did not get (the same in every print, so listed once). */
  blockedRequests: string[];
  /** How many times the page was printed. */
  prints: number;
}

/** The draft and at most two final prints. */
export const MAX_PRINTS = 3;

export class PageNumbersError extends EnvironmentError {}

export async function printPdfEdition(input: PrintEditionInput, options: PrintEditionOptions): Promise<PrintedEdition> {
  const paging = paginationInput(input);
  const blockedRequests = new Set<string>();
  const print = async (files: readonly EditionFile[], draft: boolean) => {
    const printed = await options.printer.print({ htmlPath: await options.writeFiles(files), draft });
    for (const url of printed.blockedRequests) blockedRequests.add(url);
    return printed.pdf;
  };
  const draft = await print(buildPrintFiles(input, UNPAGINATED), true);
  let pagination = paginate(paging, namedDestinationPages(draft), UNPAGINATED);
  for (let prints = 2; ; prints++) {
    const pdf = await print([printPageFile(input, pagination)], false);
    const measured = namedDestinationPages(pdf);
    if (isSettled(paging, pagination, measured)) {
      const info = documentInfo(input.edition, options.creationDate, readDocumentInfo(pdf));
      return { pdf: withDocumentInfo(pdf, info), blockedRequests: [...blockedRequests], prints };
    }
    if (prints === MAX_PRINTS) throw new PageNumbersError(messages.pageNumbersUnsettled(prints));
    pagination = paginate(paging, measured, pagination);
  }
}
