/**
 * GFM footnotes, numbered per chapter by remark-rehype. Their note and back-link ids carry the chapter's prefix
 * (remark-rehype's `clobberPrefix`), but the "Notes" heading always gets the id `footnote-label`; chapters share one
 * page in the print edition, so this plugin gives that heading the prefix too, and lists the notes in order.
 */
import type { Element, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface Footnote {
  /** Anchor id of the note in the chapter's HTML. */
  id: string;
  /** 1, 2… per chapter, as printed at the reference. */
  number: number;
}

const LABEL_ID = 'footnote-label';

/** Prefixes the notes heading's id (and the references pointing at it) and puts the notes in `file.data.footnotes`. */
export function rehypeFootnotes(idPrefix: string) {
  return (tree: Root, file: VFile) => {
    const footnotes: Footnote[] = [];
    visit(tree, 'element', (node: Element) => {
      const { properties } = node;
      if (properties['id'] === LABEL_ID) properties['id'] = `${idPrefix}${LABEL_ID}`;
      if (Array.isArray(properties['ariaDescribedBy'])) {
        properties['ariaDescribedBy'] = properties['ariaDescribedBy'].map((id) => (id === LABEL_ID ? `${idPrefix}${LABEL_ID}` : id));
      }
      if (properties['dataFootnotes'] === undefined) return;
      visit(node, 'element', (item: Element) => {
        if (item.tagName === 'li' && typeof item.properties['id'] === 'string') footnotes.push({ id: item.properties['id'], number: footnotes.length + 1 });
        return item.tagName === 'li' ? SKIP : undefined;
      });
    });
    file.data['footnotes'] = footnotes;
  };
}
