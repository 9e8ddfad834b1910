/**
 * Text widths in the report's font, for Vega's layout. Without a canvas (which does not install here) Vega guesses
 * 0.8 em for every character, about 1.6 times the real width of Source Sans 3, so long category labels took half the
 * figure. Vega lets a caller replace its measure (vl-convert does the same).
 */
import * as vega from 'vega';

/**
 * Advance widths of Source Sans 3 Regular in thousandths of an em, for U+0020–U+007E then U+00A0–U+00FF, as written
 * in the font's hmtx table (test/figures checks them against the font file of @fontsource/source-sans-3).
 */
// prettier-ignore
export const regularWidths: readonly number[] = [
  200, 289, 426, 497, 497, 824, 609, 249, 303, 303, 418, 497, 249, 311, 249, 350, 497, 497, 497, 497, 497, 497, 497,
  497, 497, 497, 249, 249, 497, 497, 497, 425, 847, 543, 588, 571, 615, 527, 494, 617, 652, 263, 479, 579, 486, 727,
  647, 664, 566, 664, 569, 534, 536, 645, 515, 786, 513, 476, 539, 303, 350, 303, 497, 500, 542, 504, 553, 456, 555,
  496, 292, 504, 544, 246, 247, 495, 255, 829, 547, 542, 555, 555, 347, 419, 338, 544, 467, 719, 446, 467, 425, 303,
  241, 303, 497,
  200, 289, 497, 497, 497, 497, 241, 497, 542, 744, 345, 429, 497, 311, 423, 542, 331, 497, 367, 367, 542, 562, 560,
  249, 542, 367, 365, 429, 781, 808, 796, 425, 544, 544, 544, 544, 544, 544, 822, 571, 527, 527, 527, 527, 263, 263,
  263, 263, 639, 647, 664, 664, 664, 664, 664, 497, 664, 645, 645, 645, 645, 476, 583, 576, 504, 504, 504, 504, 504,
  504, 778, 456, 496, 496, 496, 496, 246, 246, 246, 246, 544, 547, 542, 542, 542, 542, 542, 497, 542, 544, 544, 544,
  544, 467, 555, 467,
];

/** The characters `regularWidths` describes, in its order. */
export const measuredCharacters: readonly string[] = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, index) => String.fromCharCode(0x20 + index)),
  ...Array.from({ length: 0x100 - 0xa0 }, (_, index) => String.fromCharCode(0xa0 + index)),
];

const widthOf = new Map(measuredCharacters.map((character, index) => [character, regularWidths[index]!]));

/** A character outside the table (another script, a symbol) is taken as a full em: too wide is safe, too narrow cuts. */
const unknownWidth = 1000;

/** Source Sans 3 Bold is about 6% wider than Regular; 10% keeps bold text on the safe side. */
const boldFactor = 1.1;

export function textWidth(text: string, fontSize: number, fontWeight?: string | number): number {
  let thousandths = 0;
  for (const character of text) thousandths += widthOf.get(character) ?? unknownWidth;
  return ((isBold(fontWeight) ? boldFactor : 1) * thousandths * fontSize) / 1000;
}

function isBold(fontWeight: string | number | undefined): boolean {
  return fontWeight === 'bold' || fontWeight === 'bolder' || Number(fontWeight) >= 600;
}

interface TextItem {
  fontSize?: number;
  fontWeight?: string | number;
}

/** Vega's text measure: exported by `vega` at run time, though its type declarations leave it out. */
const { textMetrics } = vega as unknown as { textMetrics: { width: (item: TextItem, text: unknown) => number } };

/**
 * Makes Vega measure text with `textWidth`, for every view in this process. Vega's own default size is 11 px. The
 * text is measured whole: Vega truncates through this same function, so truncating here would recurse.
 */
export function measureTextInReportFont(): void {
  textMetrics.width = (item, text) => textWidth(String(text ?? '').trim(), item.fontSize ?? 11, item.fontWeight);
}
