import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { measuredCharacters, regularWidths, textWidth } from '../../pipeline/figures/text-width.ts';
import { woffAdvanceWidths } from './woff-widths.ts';

const fontFile = createRequire(import.meta.url).resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff');

describe('textWidth', () => {
  it('carries the advance widths of the font the report embeds', () => {
    expect(regularWidths).toEqual(woffAdvanceWidths(readFileSync(fontFile), measuredCharacters));
  });

  it('adds up the widths of the characters at the font size', () => {
    // "Data" is 615 + 504 + 338 + 504 thousandths of an em.
    expect(textWidth('Data', 10)).toBeCloseTo(19.61);
  });

  it('takes bold text and characters outside the table on the wide side', () => {
    expect(textWidth('Data', 10, 'bold')).toBeCloseTo(21.571);
    expect(textWidth('Ł', 10)).toBe(10);
  });
});
