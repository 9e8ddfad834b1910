/**
 * What both editions share: the page layout (a Handlebars template from templates/layouts) filled with the
 * edition and its chapters, and the files every edition ships (styles and fonts).
 */
import Handlebars from 'handlebars';
import type { Chapter } from '../chapters/index.ts';
import type { Edition } from '../edition.ts';
import type { Figure } from '../figures/index.ts';
import type { Reference } from '../ingest/reference.ts';
import type { Case } from '../ingest/schema.ts';
import type { Stats } from '../stats/index.ts';

/** A file an edition writes, relative to that edition's folder. */
export interface EditionFile {
  path: string;
  content: string | Uint8Array;
}

/** Inputs read by the build for the editions: templates and assets, never read by the stages themselves. */
export interface EditionTemplates {
  /** templates/layouts/*.hbs by file name (report.hbs…). */
  layouts: Readonly<Record<string, string>>;
  /** templates/styles/*.css by file name (report.css, screen.css, print.css, fonts.css). */
  styles: Readonly<Record<string, string>>;
  /** Font files named by fonts.css, by file name. */
  fonts: readonly EditionFile[];
  /**
   * The HTML edition's client scripts by file name: templates/scripts/*.js, and `minisearch.js`, the browser build
   * of the search library. The print edition runs no script, so it needs none.
   */
  scripts?: Readonly<Record<string, string>>;
}

/** Everything an edition may show: the chapters, and the data behind them for key figures and the case browser. */
export interface EditionInput {
  edition: Edition;
  chapters: readonly Chapter[];
  figures: readonly Figure[];
  stats: Stats;
  /** The accepted cases of the edition being built. */
  cases: readonly Case[];
  reference: Reference;
  templates: EditionTemplates;
}

export interface LayoutContext {
  lang: string;
  edition: Edition;
  chapters: readonly Chapter[];
  stylesheets: readonly string[];
}




export function renderLayout(input: EditionInput, layoutName: string, stylesheets: readonly string[]): string {
  const layout = input.templates.layouts[layoutName];
  if (layout === undefined) throw new Error(`templates/layouts/${layoutName} was not loaded by the build`);
  const template = Handlebars.create().compile(layout, { strict: true });
  const context: LayoutContext = { lang: input.edition.locale, edition: input.edition, chapters: input.chapters, stylesheets };
  return template(context);
}

/** The styles and fonts an edition links to, under assets/. */
export function assetFiles(templates: EditionTemplates, styleNames: readonly string[]): EditionFile[] {
  const styles = styleNames.map((name) => {
    const css = templates.styles[name];
    if (css === undefined) throw new Error(`templates/styles/${name} was not loaded by the build`);
    return { path: `assets/${name}`, content: css };
  });
  const fonts = templates.fonts.map((font) => ({ path: `assets/fonts/${font.path}`, content: font.content }));
  return [...styles, ...fonts];
}

/** Font file names referenced by `url(fonts/…)` in fonts.css: the stylesheet is the one list of fonts to ship. */
export function fontFilesReferenced(fontsCss: string): string[] {
  return [...fontsCss.matchAll(/url\(['"]?fonts\/([^'")]+)['"]?\)/g)].map((match) => match[1]!);
}
