export { PRINT_PAGE, buildPrintHtml } from './print-html.ts';
export { resolveBrowser, BrowserNotFoundError, SYSTEM_BROWSER_PATHS, BROWSER_VARIABLES } from './browser.ts';
export type { BrowserEnvironment, BrowserSource, ResolvedBrowser } from './browser.ts';
export { openPrinter, BrowserLaunchError, PrintTimeoutError, CHROMIUM_FLAGS, DEFAULT_PRINT_TIMEOUT_MS } from './print.ts';
export type { Printer, PrinterOptions, PrintInput, PrintResult } from './print.ts';
