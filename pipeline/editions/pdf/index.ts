export { printPdfEdition, PageNumbersError, MAX_PRINTS } from './print-edition.ts';
export type { PrintEditionOptions, PrintedEdition } from './print-edition.ts';
export { PRINT_PAGE, buildPrintFiles } from './print-html.ts';
export type { PrintEditionInput } from './print-html.ts';
export { creationDate, InvalidSourceDateError } from './document-info.ts';
export { resolveBrowser, browserIdentity, BrowserNotFoundError, SYSTEM_BROWSER_PATHS, BROWSER_VARIABLES } from './browser.ts';
export type { BrowserEnvironment, BrowserSource, ResolvedBrowser } from './browser.ts';
export { openPrinter, BrowserLaunchError, PrintTimeoutError, CHROMIUM_FLAGS, DEFAULT_PRINT_TIMEOUT_MS } from './print.ts';
export type { Printer, PrinterOptions, PrintInput, PrintResult } from './print.ts';
