/**
 * The part of the print stylesheet that depends on the edition: the trim size and margins, and each chapter's
 * running head. Chromium has no `string-set`, so a running head cannot be taken from the chapter's heading: each
 * chapter's body is a named page of its own whose top margin box prints the chapter's short title.
 */
import type { TrimSize } from '../../edition.ts';

interface Trim {
  width: string;
  height: string;
  top: string;
  bottom: string;
  /** The margin on the binding side, and the one on the outside edge. */
  inner: string;
  outer: string;
  fontSize: string;
}

const TRIMS: Readonly<Record<TrimSize, Trim>> = {
  a4: { width: '210mm', height: '297mm', top: '22mm', bottom: '25mm', inner: '22mm', outer: '20mm', fontSize: '10.5pt' },
  'book-16x23': { width: '160mm', height: '230mm', top: '18mm', bottom: '20mm', inner: '18mm', outer: '14mm', fontSize: '9.5pt' },
};

export interface RunningHead {
  /** The named page of the chapter's body (`page: chapter-3`). */
  page: string;
  text: string;
}

/** The @page rules for the trim and the running heads; print.css holds everything that does not vary. */
export function pageStyle(trim: TrimSize, runningHeads: readonly RunningHead[]): string {
  const { width, height, top, bottom, inner, outer, fontSize } = TRIMS[trim];
  return [
    `@page { size: ${width} ${height}; margin: ${top} ${outer} ${bottom}; }`,
    // Left and right pages mirror each other, leaving the wider margin at the binding.
    `@page :left { margin-left: ${outer}; margin-right: ${inner}; }`,
    `@page :right { margin-left: ${inner}; margin-right: ${outer}; }`,
    `html { font-size: ${fontSize}; }`,
    ...runningHeads.map((head) => `@page ${head.page} { @top-center { content: ${cssString(head.text)}; } }`),
  ].join('\n');
}

/**
 * A CSS string that stays one inside a `<style>` element: quotes and backslashes escaped, and the characters that
 * could end the element or the rule written as escapes.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r{}]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}
