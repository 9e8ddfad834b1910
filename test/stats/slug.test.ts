import { describe, expect, it } from 'vitest';
import { slugOf } from '../../pipeline/stats/slug.ts';

describe('slugOf', () => {
  it.each([
    ['Artificial intelligence', 'artificial-intelligence'],
    ['artificial intelligence ', 'artificial-intelligence'],
    ['automation / RPA', 'automation-rpa'],
    ['APIs and interoperability', 'apis-and-interoperability'],
    ['Économie  sociale', 'economie-sociale'],
    ['Sensors & IoT', 'sensors-iot'],
  ])('%s → %s', (label, slug) => {
    expect(slugOf(label)).toBe(slug);
  });

  it('gives nothing for a label without a letter or digit', () => {
    expect(slugOf(' / ')).toBe('');
  });
});
