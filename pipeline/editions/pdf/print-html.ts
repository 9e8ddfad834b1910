/** The print edition's HTML: the same layout and chapters as the HTML edition, with the print stylesheet. */
import { assetFiles, renderLayout, type EditionFile, type EditionInput } from '../layout.ts';

const PRINT_STYLES = ['fonts.css', 'report.css', 'print.css'];

/** The page Chromium prints, relative to the print folder; its assets sit beside it. */
export const PRINT_PAGE = 'print.html';

export function buildPrintHtml(input: EditionInput): EditionFile[] {
  const stylesheets = PRINT_STYLES.map((name) => `assets/${name}`);
  return [{ path: PRINT_PAGE, content: renderLayout(input, 'report.hbs', stylesheets) }, ...assetFiles(input.templates, PRINT_STYLES)];
}
