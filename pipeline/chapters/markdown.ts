/**
 * Markdown to HTML with unified, each plugin one job:
 *
 *   remark-parse → remark-gfm → remark-rehype (footnote ids prefixed)
 *     → placeholders (helpers' hast in place of their tokens) → hold raw → rehype-sanitize → restore raw
 *     → rehype-slug (prefixed heading ids) → footnotes (label id, list) → outline → rehype-stringify
 *
 * The outline and footnote plugins read the tree, so the editions never re-parse HTML. This is most of the chapters
 * stage's time: given a cache, a chapter whose Markdown and placed content did not change is not processed again.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { cached, type Cache } from '../cache/memory.ts';
import { rehypeFootnotes, type Footnote } from './footnotes.ts';
import { labels } from './labels.ts';
import { rehypePlaceholders, type Placeholder } from './placeholders.ts';
import type { Targets } from './references.ts';
import { rehypeHoldRaw, rehypeRestoreRaw, sanitizeSchema } from './sanitize.ts';

export interface OutlineEntry {
  depth: number;
  id: string;
  text: string;
}

export interface MarkdownOptions {
  /** Chapters share one page in the print edition, so every id a chapter makes starts with this (`01-introduction--`). */
  idPrefix: string;
  placeholders: readonly Placeholder[];
  targets: Targets;
}

export interface MarkdownResult {
  html: string;
  outline: OutlineEntry[];
  footnotes: Footnote[];
}

const HEADING = /^h([1-6])$/;

/** Collects the chapter's headings (with the ids rehype-slug gave them) into `file.data.outline`. */
function rehypeOutline() {
  return (tree: Root, file: VFile) => {
    const outline: OutlineEntry[] = [];
    visit(tree, 'element', (node: Element) => {
      // The notes' heading belongs to no table of contents.
      if (node.properties['dataFootnotes'] !== undefined) return SKIP;
      const depth = HEADING.exec(node.tagName)?.[1];
      const id = node.properties['id'];
      if (depth !== undefined && typeof id === 'string') outline.push({ depth: Number(depth), id, text: toString(node).trim() });
      return undefined;
    });
    file.data['outline'] = outline;
  };
}

const createProcessor = ({ idPrefix, placeholders, targets }: MarkdownOptions) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Editors may write HTML where Markdown falls short; it stays raw (trusted) and is held out of the sanitizer.
    // The back-link arrow is "↑": GFM's default "↩" is not in the report's font and would print in a system one.
    .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: idPrefix, footnoteLabel: labels.notes, footnoteBackContent: '↑' })
    .use(rehypePlaceholders, { placeholders, targets })
    .use(rehypeHoldRaw)
    .use(rehypeSanitize, sanitizeSchema)
    .use(rehypeRestoreRaw)
    .use(rehypeSlug, { prefix: idPrefix })
    .use(rehypeFootnotes, idPrefix)
    .use(rehypeOutline)
    .use(rehypeStringify, { allowDangerousHtml: true });

export function markdownToHtml(markdown: string, options: MarkdownOptions, cache?: Cache<MarkdownResult>): MarkdownResult {
  return cached(cache, () => markdownInputs(markdown, options), () => processMarkdown(markdown, options));
}

/**
 * Everything the result is made from. The Markdown holds only a token where a helper placed something, so what each
 * placeholder puts in (with references resolved: a figure's number may change with another chapter) is part of it.
 */
function markdownInputs(markdown: string, { idPrefix, placeholders, targets }: MarkdownOptions): unknown {
  return [markdown, idPrefix, placeholders.map((placeholder) => [placeholder.block, placeholder.render(targets)])];
}

function processMarkdown(markdown: string, options: MarkdownOptions): MarkdownResult {
  // Every plugin is synchronous, so the processor may run synchronously.
  const file = createProcessor(options).processSync(markdown);
  return {
    html: String(file),
    outline: (file.data['outline'] as OutlineEntry[] | undefined) ?? [],
    footnotes: (file.data['footnotes'] as Footnote[] | undefined) ?? [],
  };
}
