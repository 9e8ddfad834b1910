/**
 * Helpers run before Markdown, but what they place must not be read as Markdown: a case title holding `[x](…)` or
 * `<script>` has to stay text, a figure's SVG and a case box are already structure, and a reference's label
 * ("Figure 2.1") is known only once every chapter has been rendered. So a helper leaves a token in the Markdown and
 * registers what belongs there; after Markdown, `rehypePlaceholders` swaps each token for its hast.
 *
 * Tokens are private-use characters around an index: Markdown passes them through as plain text, and neither editors
 * nor the case data (which never enters the Markdown) write them.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { Targets } from './references.ts';

export interface Placeholder {
  /** A block (figure, case box, table) takes the place of the paragraph it stands alone in. */
  block: boolean;
  render(targets: Targets): ElementContent[];
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');
const LONE_TOKEN = new RegExp(`^${OPEN}(\\d+)${CLOSE}$`);

/** Registers `placeholder` in `list` and returns the token that stands for it in the Markdown. */
export function placeholderToken(list: Placeholder[], placeholder: Placeholder): string {
  list.push(placeholder);
  // Blank lines make Markdown give a block a paragraph of its own.
  const token = `${OPEN}${list.length - 1}${CLOSE}`;
  return placeholder.block ? `\n\n${token}\n\n` : token;
}

export interface PlaceholderOptions {
  placeholders: readonly Placeholder[];
  targets: Targets;
}

/** Swaps each token for its hast. What a placeholder brings in is not searched for tokens again. */
export function rehypePlaceholders({ placeholders, targets }: PlaceholderOptions) {
  const render = (index: string | undefined) => {
    const placeholder = placeholders[Number(index)];
    if (!placeholder) throw new Error(`placeholder ${index} was never registered: a helper returned a token it did not create`);
    return placeholder;
  };
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (parent === undefined || index === undefined) return;
      const replacement = loneBlock(node) ?? splitText(node);
      if (replacement === undefined) return;
      parent.children.splice(index, 1, ...(replacement as RootContent[]));
      return [SKIP, index + replacement.length];
    });
  };

  function loneBlock(node: Root | RootContent): ElementContent[] | undefined {
    if (node.type !== 'element' || node.tagName !== 'p' || node.children.length !== 1) return undefined;
    const child = node.children[0];
    const match = child?.type === 'text' ? LONE_TOKEN.exec(child.value) : null;
    const placeholder = match ? render(match[1]) : undefined;
    return placeholder?.block ? placeholder.render(targets) : undefined;
  }

  function splitText(node: Root | RootContent): ElementContent[] | undefined {
    if (node.type !== 'text' || !node.value.includes(OPEN)) return undefined;
    const parts: ElementContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(TOKEN)) {
      if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
      parts.push(...render(match[1]).render(targets));
      last = match.index + match[0].length;
    }
    if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
    return parts;
  }
}
