import { describe, expect, it } from 'vitest';
import { isSettled, paginate, roman, UNPAGINATED, type PaginationInput } from '../../../pipeline/editions/pdf/pagination.ts';

/** A foreword, two chapters (the first with a section) and an annex. */
const input = (rectoChapterStarts: boolean): PaginationInput => ({
  targets: [
    { anchor: 'foreword', chapter: 0 },
    { anchor: 'one', chapter: 1 },
    { anchor: 'one-section', chapter: 1 },
    { anchor: 'two', chapter: 2 },
    { anchor: 'annex', chapter: 3 },
  ],
  chapters: [
    { anchor: 'foreword', front: true },
    { anchor: 'one', front: false },
    { anchor: 'two', front: false },
    { anchor: 'annex', front: false },
  ],
  rectoChapterStarts,
});

/** Where a print without blank pages put the targets. */
const draft = new Map([['foreword', 5], ['one', 6], ['one-section', 7], ['two', 9], ['annex', 12]]);

describe('paginate', () => {
  it('numbers the front matter in roman numerals and the pages from the first chapter on from 1', () => {
    const pagination = paginate(input(false), draft, UNPAGINATED);
    expect(pagination.blankBefore).toEqual(new Set());
    expect(pagination.pages).toEqual(draft);
    expect(pagination.folios).toEqual(new Map([['foreword', 'v'], ['one', '1'], ['one-section', '2'], ['two', '4'], ['annex', '7']]));
  });

  it('adds a blank page before each chapter that would open on a left-hand (even) page, moving what follows', () => {
    const pagination = paginate(input(true), draft, UNPAGINATED);
    // "one" is on 6: a blank page moves it to 7; "two" is then on 10: another moves it to 11; the annex to 14, then 15.
    expect(pagination.blankBefore).toEqual(new Set([1, 2, 3]));
    expect(pagination.pages).toEqual(new Map([['foreword', 5], ['one', 7], ['one-section', 8], ['two', 11], ['annex', 15]]));
    expect(pagination.folios).toEqual(new Map([['foreword', 'v'], ['one', '1'], ['one-section', '2'], ['two', '5'], ['annex', '9']]));
  });

  it('gives the same pagination again from a print made with it', () => {
    const pagination = paginate(input(true), draft, UNPAGINATED);
    expect(paginate(input(true), pagination.pages, pagination)).toEqual(pagination);
  });

  it('numbers every page in arabic numerals when there is only front matter', () => {
    const front: PaginationInput = { targets: [{ anchor: 'foreword', chapter: 0 }], chapters: [{ anchor: 'foreword', front: true }], rectoChapterStarts: false };
    expect(paginate(front, new Map([['foreword', 3]]), UNPAGINATED).folios).toEqual(new Map([['foreword', '3']]));
  });

  it('fails on a target the print lost, naming it', () => {
    expect(() => paginate(input(false), new Map([['foreword', 5]]), UNPAGINATED)).toThrow('#one');
  });
});

describe('isSettled', () => {
  it('is true only when every target landed on the page the pagination gave it', () => {
    const pagination = paginate(input(true), draft, UNPAGINATED);
    expect(isSettled(input(true), pagination, pagination.pages)).toBe(true);
    expect(isSettled(input(true), pagination, new Map([...pagination.pages, ['annex', 16]]))).toBe(false);
    expect(isSettled(input(true), UNPAGINATED, draft)).toBe(false);
  });
});

describe('roman', () => {
  it.each([
    [1, 'i'],
    [4, 'iv'],
    [9, 'ix'],
    [14, 'xiv'],
    [40, 'xl'],
    [1999, 'mcmxcix'],
  ])('writes %i as %s', (value, numeral) => {
    expect(roman(value)).toBe(numeral);
  });
});
