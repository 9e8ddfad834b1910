/**
 * What both editions share: the page layout (a Handlebars template from templates/layouts) filled with the
 * edition and its chapters, and the files every edition ships (styles and fonts).
 */
import Handlebars from 'handlebars';
import type { Chapter } from '../chapters/index.ts';
import type { Edition } from '../edition.ts';

/** A file an edition writes, relative to that edition's folder. */
export interface EditionFile {
  path: string;
  content: string | Uint8Array;
}

/** Inputs read by the build for the editions: templates and assets, never read by the stages themselves. */
export interface EditionTemplates {
  /** templates/layouts/report.hbs */
  layout: string;
  /** templates/styles/*.css by file name (report.css, screen.css, print.css, fonts.css). */
  styles: Readonly<Record<string, string>>;
  /** Font files named by fonts.css, by file name. */
  fonts: readonly EditionFile[];
}

export interface EditionInput {
  edition: Edition;
  chapters: readonly Chapter[];
  templates: EditionTemplates;
}

export interface LayoutContext {
  lang: string;
  edition: Edition;
  chapters: readonly Chapter[];
  stylesheets: readonly string[];
}




export function renderLayout(input: EditionInput, stylesheets: readonly string[]): string {
  const template = Handlebars.create().compile(input.templates.layout, { strict: true });
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
