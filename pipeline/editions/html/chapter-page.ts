/**
 * A chapter's HTML fragment made fit for its own page of the HTML edition. The chapters stage writes one fragment
 * for both editions, where the print edition holds every chapter on one page; here each chapter is a page of its
 * own, so links to an id in another chapter must name that chapter's page, and figures gain their data.
 */
import Handlebars from 'handlebars';
import { attribute, tokenize, type Token } from './html-tokens.ts';

/** The id an `<a href="#id">` links to; undefined for any other token. */
function fragmentLink(token: Token): string | undefined {
  const href = token.kind === 'start' && token.name === 'a' ? attribute(token, 'href') : undefined;
  return href?.startsWith('#') ? href.slice(1) : undefined;
}

/**
 * Rewrites each `<a href="#id">` for which `resolve` gives another address (`02-future-oriented.html#id`), and
 * leaves the other links as written.
 */
export function rewriteFragmentLinks(html: string, resolve: (id: string) => string | undefined): string {
  return tokenize(html)
    .map((token) => {
      const id = fragmentLink(token);
      const address = id === undefined ? undefined : resolve(id);
      return address === undefined ? token.raw : token.raw.replace(/\shref="[^"]*"/, ` href="${Handlebars.escapeExpression(address)}"`);
    })
    .join('');
}

/** The ids the fragment's `<a href="#id">` link to, in document order: all that `rewriteFragmentLinks` resolves. */
export function fragmentLinks(html: string): string[] {
  return tokenize(html).flatMap((token) => fragmentLink(token) ?? []);
}

/** Puts `additions[id]` at the end of the `<figure>` whose id is `id`, just before it closes. */
export function appendToFigures(html: string, additions: ReadonlyMap<string, string>): string {
  const open: (string | undefined)[] = [];
  return tokenize(html)
    .map((token) => {
      if (token.name !== 'figure') return token.raw;
      if (token.kind === 'start') open.push(attribute(token, 'id'));
      if (token.kind !== 'end') return token.raw;
      const id = open.pop();
      return `${id === undefined ? '' : (additions.get(id) ?? '')}${token.raw}`;
    })
    .join('');
}
