/** Chapter numbers: chapters count 1, 2, 3… and annexes A, B, C…, each in file order, skipping unnumbered ones. */
import type { ChapterMeta } from './front-matter.ts';
import { labels } from './labels.ts';

export interface ChapterNumber {
  /** "3" or "A": the prefix of the chapter's figure and box numbers. */
  number: string;
  /** "Chapter 3" or "Annex A", as references print it. */
  label: string;
}

/** Returns a numberer to call on each chapter in file order. */
export function createChapterNumbering(): (meta: ChapterMeta) => ChapterNumber | undefined {
  let chapters = 0;
  let annexes = 0;
  return (meta) => {
    if (!meta.numbered) return undefined;
    if (meta.kind === 'annex') {
      const number = letters(++annexes);
      return { number, label: `${labels.annex} ${number}` };
    }
    const number = String(++chapters);
    return { number, label: `${labels.chapter} ${number}` };
  };
}

/** 1 → A, 26 → Z, 27 → AA, as spreadsheet columns count. */
function letters(n: number): string {
  let result = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) result = String.fromCharCode(65 + ((rest - 1) % 26)) + result;
  return result;
}
