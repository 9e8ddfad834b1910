/**
 * Markdown to HTML with unified: remark-parse → remark-gfm → remark-rehype → rehype-slug → outline → stringify.
 * Each plugin has one job; the outline plugin reads headings off the tree so the editions never re-parse HTML.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface OutlineEntry {
  depth: number;
  id: string;
  text: string;
}

const HEADING = /^h([1-6])$/;

/** Collects the chapter's headings (with the ids rehype-slug gave them) into `file.data.outline`. */
function rehypeOutline() {
  return (tree: Root, file: VFile) => {
    const outline: OutlineEntry[] = [];
    visit(tree, 'element', (node: Element) => {
      const depth = HEADING.exec(node.tagName)?.[1];
      const id = node.properties['id'];
      // GFM's footnote section has a visually hidden heading that belongs to no table of contents.
      if (depth === undefined || typeof id !== 'string' || id === 'footnote-label') return;
      outline.push({ depth: Number(depth), id, text: toString(node).trim() });
    });
    file.data['outline'] = outline;
  };
}

const createProcessor = (idPrefix: string) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Chapters may carry editor-written HTML and the figures' SVG; data-borne text is escaped before it gets here.
    .use(remarkRehype, { allowDangerousHtml: true })
    // Chapters share one page in the print edition, so heading ids carry the chapter's id to stay unique.
    .use(rehypeSlug, { prefix: idPrefix })
    .use(rehypeOutline)
    .use(rehypeStringify, { allowDangerousHtml: true });

export async function markdownToHtml(markdown: string, idPrefix: string): Promise<{ html: string; outline: OutlineEntry[] }> {
  const file = await createProcessor(idPrefix).process(markdown);
  return { html: String(file), outline: (file.data['outline'] as OutlineEntry[] | undefined) ?? [] };
}
