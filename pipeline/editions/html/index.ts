/** The HTML edition: the report as a web page with its styles and self-hosted fonts. */
import { assetFiles, renderLayout, type EditionFile, type EditionInput } from '../layout.ts';

const SCREEN_STYLES = ['fonts.css', 'report.css', 'screen.css'];

export function buildHtmlEdition(input: EditionInput): EditionFile[] {
  const stylesheets = SCREEN_STYLES.map((name) => `assets/${name}`);
  return [{ path: 'index.html', content: renderLayout(input, 'report.hbs', stylesheets) }, ...assetFiles(input.templates, SCREEN_STYLES)];
}
