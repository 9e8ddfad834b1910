/**
 * Renders the HTML edition's Handlebars templates (templates/layouts/html-*.hbs). Each is also a partial, so a
 * page template wraps itself in the page shell with `{{#> html-page title=…}}…{{/html-page}}` and the shell places
 * the page's content with `{{> @partial-block}}`.
 */
import Handlebars from 'handlebars';
import { cached, hashOf, type Cache } from '../../cache/memory.ts';
import type { EditionTemplates } from '../layout.ts';

export type Render = (layout: string, context: object) => string;

/** Renders `layout` unless a page made from the same `inputs` is kept; `context` is made only for a page rendered. */
export type KeptRender = (layout: string, inputs: () => unknown, context: () => object) => string;

const HTML_LAYOUT = /^(html-.+)\.hbs$/;

export function createRenderer(templates: EditionTemplates): Render {
  const handlebars = Handlebars.create();
  for (const [file, text] of Object.entries(templates.layouts)) {
    const name = HTML_LAYOUT.exec(file)?.[1];
    if (name !== undefined) handlebars.registerPartial(name, text);
  }
  handlebars.registerHelper('json', jsonForScript);
  const compiled = new Map<string, HandlebarsTemplateDelegate>();
  return (layout, context) => {
    let template = compiled.get(layout);
    if (template === undefined) {
      const text = templates.layouts[`${layout}.hbs`];
      if (text === undefined) throw new Error(`templates/layouts/${layout}.hbs was not loaded by the build`);
      // Strict: a name the template misspells throws instead of rendering as an empty string.
      template = handlebars.compile(text, { strict: true });
      compiled.set(layout, template);
    }
    return template(context);
  };
}

/**
 * Renders through `cache`. A page's key is its layout, the inputs its caller names, and the text of every layout,
 * as any of them may be a partial of the page.
 */
export function keptRenderer(templates: EditionTemplates, render: Render, cache: Cache<string> | undefined): KeptRender {
  let layoutsKey: string | undefined;
  return (layout, inputs, context) => cached(cache, () => [(layoutsKey ??= hashOf(templates.layouts)), layout, inputs()], () => render(layout, context()));
}

/**
 * JSON for a `<script type="application/json">` element. Its text ends at the first `</script`, and `<!--` changes
 * how it is parsed, so every `<` is written as the JSON escape `\u003c`: data cannot close the element or open
 * markup, whatever text it holds, and JSON.parse gives the exact text back.
 */
export function jsonForScript(value: unknown): Handlebars.SafeString {
  return new Handlebars.SafeString(JSON.stringify(value).replaceAll('<', '\\u003c'));
}
