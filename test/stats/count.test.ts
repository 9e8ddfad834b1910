import { describe, expect, it } from 'vitest';
import { countOf, SMALL_BASE, wilsonInterval } from '../../pipeline/stats/count.ts';

describe('wilsonInterval', () => {
  // The known value: R's prop.test(10, 40, correct = FALSE) gives 0.1418712–0.4019396.
  it('gives 0.1419–0.4019 for 10 cases out of 40', () => {
    expect(wilsonInterval(10, 40)).toEqual({ low: 0.1419, high: 0.4019 });
  });

  it('stays within 0–1 at the ends, where a normal approximation would leave it', () => {
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: 0.2775 });
    expect(wilsonInterval(10, 10)).toEqual({ low: 0.7225, high: 1 });
  });

  it('spans the whole range when there is no case to go on', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('countOf', () => {
  it('gives the share of the base with its interval', () => {
    expect(countOf(10, 40)).toEqual({ count: 10, share: 0.25, low: 0.1419, high: 0.4019, smallBase: false });
  });

  it(`flags a base under ${SMALL_BASE} cases`, () => {
    expect(countOf(3, SMALL_BASE - 1).smallBase).toBe(true);
    expect(countOf(3, SMALL_BASE).smallBase).toBe(false);
  });

  it('gives a zero share, not NaN, for an empty base', () => {
    expect(countOf(0, 0)).toEqual({ count: 0, share: 0, low: 0, high: 1, smallBase: true });
  });
});
