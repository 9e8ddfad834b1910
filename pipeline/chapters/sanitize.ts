/**
 * The chapter's assembled tree goes through rehype-sanitize, so nothing that came from the case data can carry
 * markup, a `javascript:` link or an event handler, whatever the helper that placed it.
 *
 * Two kinds of markup are trusted and kept out of the sanitizer: HTML the editors wrote in the chapter file, and
 * the figures' SVG (the figures stage's own output). Both reach the tree as `raw` nodes, which hast-util-sanitize
 * would drop and cannot look into (no HTML parser is installed to turn them into elements). `rehypeHoldRaw` swaps
 * each for a placeholder element before sanitizing and `rehypeRestoreRaw` puts it back; case data never becomes a
 * raw node or an element of our making, so it cannot forge either.
 */
import type { Element, Root, RootContent } from 'hast';
import { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** HTML kept as a string in the tree (remark-rehype's `allowDangerousHtml`). */
type Raw = Extract<RootContent, { type: 'raw' }>;

const HELD = 'report-raw';

/** GitHub's schema (which covers GFM's tables and footnotes) plus what figures, boxes, references and the citation use. */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  // Heading, footnote, figure and box ids are made unique per chapter already; the default prefix would break links.
  clobberPrefix: '',
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'aside', 'header', 'footer', 'mark', 'abbr', 'caption', 'cite', HELD],
  attributes: {
    ...Object.fromEntries(Object.entries(defaultSchema.attributes ?? {}).map(([tag, definitions]) => [tag, definitions.filter((d) => !isClassList(d))])),
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'role', 'ariaLabel', 'ariaLabelledBy', 'ariaDescribedBy', 'data*', 'scope'],
  },
};

/**
 * GitHub's schema allows only certain classes on some tags (`a`, `h2`, `section`…); as a tag's own rule wins over
 * the rule for all tags, those lists would strip the classes figures, boxes and references use.
 */
function isClassList(definition: unknown): boolean {
  return Array.isArray(definition) && definition[0] === 'className';
}

/** Swaps every raw node for a `report-raw` element that remembers it, in `file.data.heldRaw`. */
export function rehypeHoldRaw() {
  return (tree: Root, file: VFile) => {
    const held: Raw[] = [];
    visit(tree, 'raw', (node: Raw, index, parent) => {
      if (parent === undefined || index === undefined) return;
      parent.children[index] = { type: 'element', tagName: HELD, properties: { dataHeld: String(held.length) }, children: [] };
      held.push(node);
    });
    file.data['heldRaw'] = held;
  };
}

/** Puts back the raw nodes `rehypeHoldRaw` set aside. */
export function rehypeRestoreRaw() {
  return (tree: Root, file: VFile) => {
    const held = (file.data['heldRaw'] as Raw[] | undefined) ?? [];
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== HELD || parent === undefined || index === undefined) return;
      const raw = held[Number(node.properties['dataHeld'])];
      if (!raw) throw new Error(`held raw node ${String(node.properties['dataHeld'])} is missing: rehypeHoldRaw must run first`);
      parent.children[index] = raw;
    });
  };
}
