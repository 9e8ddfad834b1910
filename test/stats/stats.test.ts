import { describe, expect, it } from 'vitest';
import { computeStats } from '../../pipeline/stats/index.ts';
import { edition, makeCase, reference } from '../fixtures.ts';

// Four 2024 cases, one of them in two trends, and one case of another edition that must not count.
const cases = [
  makeCase({ id: 'a', trends: ['alpha', 'beta'], country: 'FRA', levelOfGovernment: 'local', featured: true }),
  makeCase({ id: 'b', trends: ['alpha'], country: 'PRT', source: 'desk' }),
  makeCase({ id: 'c', trends: ['beta'], country: 'KOR', levelOfGovernment: 'local' }),
  makeCase({ id: 'd', trends: ['alpha'], country: 'FRA' }),
  makeCase({ id: 'old', edition: 2023, trends: ['accountability'], country: 'KOR' }),
];

describe('computeStats', () => {
  const stats = computeStats({ cases, reference, edition });

  it('counts the headline numbers of the edition only', () => {
    expect(stats.headline).toEqual({ cases: 4, countries: 3, regions: 2, callSubmissions: 3, deskResearch: 1, featured: 1 });
  });

  it('counts a case once in each of its trends, with shares of cases that may sum past 100%', () => {
    expect(stats.trends['alpha']).toEqual({ title: 'Alpha services', count: 3, share: 0.75 });
    expect(stats.trends['beta']).toEqual({ title: 'Beta services', count: 2, share: 0.5 });
    expect(stats.trends['gamma']).toEqual({ title: 'Gamma services', count: 0, share: 0 });
    const total = Object.values(stats.trends).reduce((sum, trend) => sum + trend.share, 0);
    expect(total).toBe(1.25);
  });

  it('breaks cases down by region through the country reference', () => {
    expect(stats.regions['europe']).toMatchObject({ count: 3, share: 0.75 });
    expect(stats.regions['asia-pacific']).toMatchObject({ count: 1, share: 0.25 });
    expect(stats.tables['regions']?.map((row) => row['id'])).toEqual(['europe', 'asia-pacific']);
  });

  it('breaks cases down by level of government', () => {
    expect(stats.levels['local']).toMatchObject({ count: 2, share: 0.5 });
    expect(stats.levels['national']).toMatchObject({ count: 2, share: 0.5 });
  });

  it('gives figures a table with one row per trend of the edition, in the edition order', () => {
    expect(stats.tables['trends']).toEqual([
      { id: 'alpha', trend: 'Alpha', count: 3, share: 0.75 },
      { id: 'beta', trend: 'Beta', count: 2, share: 0.5 },
      { id: 'gamma', trend: 'Gamma', count: 0, share: 0 },
    ]);
  });

  it('gives zero shares, not NaN, for an edition without cases', () => {
    const empty = computeStats({ cases: [], reference, edition });
    expect(empty.trends['alpha']).toEqual({ title: 'Alpha services', count: 0, share: 0 });
    expect(empty.headline.cases).toBe(0);
  });
});
