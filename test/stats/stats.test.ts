import { describe, expect, it } from 'vitest';
import type { Reference } from '../../pipeline/ingest/reference.ts';
import { computeStats } from '../../pipeline/stats/index.ts';
import { edition, makeCase, reference as baseReference } from '../fixtures.ts';

// Kenya joins the shared reference: a fourth country, a third region, the only non-OECD member.
const reference: Reference = {
  ...baseReference,
  countries: new Map([
    ...baseReference.countries,
    ['KEN', { iso3: 'KEN', name: 'Kenya', region: 'sub-saharan-africa', oecdMember: false, incomeGroup: 'lower-middle' }],
  ]),
};

/**
 * Four 2024 cases (base 4), three 2023 cases for comparisons over time, and one 2025 case that a 2024 report must
 * not see. Every expected number below is counted by hand from this list.
 */
const cases = [
  makeCase({
    id: 'a',
    trends: ['alpha', 'beta'],
    country: 'FRA',
    levelOfGovernment: 'local',
    featured: true,
    sectors: ['health', 'education'],
    technologies: ['Artificial intelligence', 'chatbots'],
    targetGroups: ['older people'],
    status: 'implementation',
  }),
  makeCase({ id: 'b', trends: ['alpha'], country: 'PRT', source: 'desk', sectors: ['health'], technologies: ['artificial intelligence'], targetGroups: ['citizens'] }),
  makeCase({
    id: 'c',
    trends: ['beta'],
    country: 'KOR',
    levelOfGovernment: 'local',
    sectors: ['transport'],
    technologies: ['Chatbots'],
    targetGroups: ['citizens'],
    status: 'evaluation',
  }),
  // The same sector twice on one case counts once.
  makeCase({ id: 'd', trends: ['alpha'], country: 'KEN', sectors: ['education', 'education'] }),
  makeCase({ id: 'old-1', edition: 2023, trends: ['accountability'], country: 'KOR', levelOfGovernment: 'local', technologies: ['artificial intelligence'] }),
  makeCase({ id: 'old-2', edition: 2023, trends: ['care'], country: 'FRA' }),
  makeCase({ id: 'old-3', edition: 2023, trends: ['care'], country: 'FRA' }),
  makeCase({ id: 'later', edition: 2025, trends: ['alpha'], country: 'PRT' }),
];

const stats = computeStats({ cases, reference, edition });

describe('computeStats: the edition', () => {
  it('counts the headline numbers of the edition only', () => {
    expect(stats.headline).toEqual({
      cases: 4,
      countries: 4,
      regions: 3,
      callSubmissions: 3,
      deskResearch: 1,
      featured: 1,
      featuredShare: 0.25,
      oecdCases: 3,
      oecdShare: 0.75,
    });
  });

  it('counts a case once in each of its trends, with shares of cases that sum past 100%', () => {
    expect(stats.trends['alpha']).toEqual({ title: 'Alpha services', shortTitle: 'Alpha', count: 3, share: 0.75, low: 0.3006, high: 0.9544, smallBase: true });
    expect(stats.trends['beta']).toMatchObject({ count: 2, share: 0.5, low: 0.15, high: 0.85 });
    expect(stats.trends['gamma']).toMatchObject({ count: 0, share: 0 });
    const total = Object.values(stats.trends).reduce((sum, trend) => sum + trend.share, 0);
    expect(total).toBe(1.25);
  });

  it('counts a value listed twice on one case once', () => {
    expect(stats.sectors['education']).toMatchObject({ label: 'Education', count: 2, share: 0.5 });
  });

  it('breaks cases down by region, country, level, status and income group', () => {
    expect(stats.regions['europe']).toMatchObject({ name: 'Europe', count: 2, share: 0.5 });
    expect(stats.regions['sub-saharan-africa']).toMatchObject({ count: 1, share: 0.25 });
    expect(stats.countries['KEN']).toMatchObject({ name: 'Kenya', region: 'sub-saharan-africa', count: 1 });
    expect(stats.levels['local']).toMatchObject({ label: 'Local government', count: 2, share: 0.5 });
    expect(stats.levels['other']).toMatchObject({ count: 0, share: 0 });
    expect(stats.statuses['evaluation']).toMatchObject({ label: 'Evaluation', count: 1, share: 0.25 });
    expect(stats.incomeGroups['high']).toMatchObject({ label: 'High income', count: 3, share: 0.75 });
  });

  it('joins the spellings of a free-text value under one slug, labelled by the spelling used most', () => {
    expect(Object.keys(stats.technologies)).toEqual(['artificial-intelligence', 'chatbots']);
    // "artificial intelligence" twice (b, and old-1 of 2023) against "Artificial intelligence" once.
    expect(stats.technologies['artificial-intelligence']).toMatchObject({ label: 'artificial intelligence', count: 2, share: 0.5 });
    expect(stats.targetGroups['older-people']).toMatchObject({ label: 'older people', count: 1 });
  });

  it('ranks entries with cases by count, ties by name', () => {
    expect(stats.ranked.trends['1']).toMatchObject({ id: 'alpha', title: 'Alpha services', count: 3 });
    expect(Object.keys(stats.ranked.trends)).toEqual(['1', '2']);
    expect(Object.values(stats.ranked.sectors).map((s) => [s.label, s.count])).toEqual([
      ['Education', 2],
      ['Health', 2],
      ['Transport and infrastructure', 1],
    ]);
    expect(Object.values(stats.ranked.technologies).map((t) => t.id)).toEqual(['artificial-intelligence', 'chatbots']);
    expect(stats.ranked.countries['1']).toMatchObject({ id: 'FRA', name: 'France', count: 1 });
    expect(Object.values(stats.ranked.countries).map((c) => c.name)).toEqual(['France', 'Kenya', 'Korea', 'Portugal']);
  });
});

describe('computeStats: cross-tabulations', () => {
  it("gives each cell of a trend's breakdown as a share of the trend's cases", () => {
    const alpha = stats.byTrend['alpha']!;
    expect(alpha.cases).toBe(3);
    expect(alpha.regions['europe']).toEqual({ name: 'Europe', count: 2, share: 2 / 3, low: 0.2077, high: 0.9385, smallBase: true });
    expect(alpha.levels['national']).toMatchObject({ count: 2, share: 2 / 3 });
    expect(alpha.technologies['chatbots']).toMatchObject({ count: 1, share: 1 / 3 });
    expect(stats.byTrend['beta']!.technologies['chatbots']).toMatchObject({ count: 2, share: 1 });
  });

  it('ranks the breakdowns within a trend', () => {
    const alpha = stats.byTrend['alpha']!;
    expect(Object.values(alpha.ranked.sectors).map((s) => s.label)).toEqual(['Education', 'Health']);
    expect(Object.values(alpha.ranked.targetGroups).map((t) => t.label)).toEqual(['citizens', 'older people']);
    expect(alpha.ranked.technologies['1']).toMatchObject({ id: 'artificial-intelligence', count: 2, share: 2 / 3 });
  });

  it('gives an empty trend zero shares over the whole interval', () => {
    expect(stats.byTrend['gamma']!.regions['europe']).toEqual({ name: 'Europe', count: 0, share: 0, low: 0, high: 1, smallBase: true });
  });

  it("counts trends named together, as a share of the first trend's cases", () => {
    expect(stats.coOccurrence['alpha']).toEqual({
      beta: { count: 1, share: 1 / 3, low: 0.0615, high: 0.7923, smallBase: true },
      gamma: { count: 0, share: 0, low: 0, high: 0.5615, smallBase: true },
    });
    expect(stats.coOccurrence['beta']!['alpha']).toMatchObject({ count: 1, share: 0.5 });
  });
});

describe('computeStats: over time', () => {
  it('counts cases, countries and regions of each edition up to this one', () => {
    expect(stats.editions).toEqual({
      '2023': { cases: 3, countries: 2, regions: 2 },
      '2024': { cases: 4, countries: 4, regions: 3 },
    });
  });

  it('gives the change from the previous edition, absolute and in percent', () => {
    expect(stats.change).toEqual({
      previousEdition: 2023,
      cases: { previous: 3, latest: 4, absolute: 1, percent: 33.3333 },
      countries: { previous: 2, latest: 4, absolute: 2, percent: 100 },
      regions: { previous: 2, latest: 3, absolute: 1, percent: 50 },
    });
  });

  it("compares shares of each edition's cases in percentage points", () => {
    const local = stats.overTime.levels['local']!;
    expect(local.label).toBe('Local government');
    expect(local['2023']).toMatchObject({ count: 1, share: 1 / 3 });
    expect(local['2024']).toMatchObject({ count: 2, share: 0.5 });
    expect(local.changePp).toBe(16.6667);
    expect(stats.overTime.levels['national']!.changePp).toBe(-16.6667);
    expect(stats.overTime.technologies['chatbots']!.changePp).toBe(50);
    expect(stats.overTime.sectors['health']!['2023']).toMatchObject({ count: 0, share: 0 });
  });

  it('never compares trends across editions', () => {
    expect(Object.keys(stats.overTime)).toEqual(['levels', 'sectors', 'technologies']);
  });

  it('leaves the change out when the data holds no earlier edition', () => {
    const alone = computeStats({ cases: cases.filter((c) => c.edition === 2024), reference, edition });
    expect(alone.change).toBeUndefined();
    expect(alone.overTime.levels['local']!.changePp).toBeUndefined();
    expect(Object.keys(alone.editions)).toEqual(['2024']);
  });
});

describe('computeStats: tables for figures', () => {
  it('gives one row per trend of the edition, in edition order, with the interval and the small-base flag', () => {
    expect(stats.tables['trends']).toEqual([
      { id: 'alpha', trend: 'Alpha', count: 3, share: 0.75, low: 0.3006, high: 0.9544, smallBase: 'yes' },
      { id: 'beta', trend: 'Beta', count: 2, share: 0.5, low: 0.15, high: 0.85, smallBase: 'yes' },
      { id: 'gamma', trend: 'Gamma', count: 0, share: 0, low: 0, high: 0.4899, smallBase: 'yes' },
    ]);
  });

  it('gives regions with cases, in reference order, and countries with cases, ranked, with their map ids', () => {
    expect(stats.tables['regions']?.map((row) => row['id'])).toEqual(['europe', 'asia-pacific', 'sub-saharan-africa']);
    expect(stats.tables['countries']?.map((row) => [row['iso3'], row['id']])).toEqual([
      ['FRA', '250'],
      ['KEN', '404'],
      ['KOR', '410'],
      ['PRT', '620'],
    ]);
  });

  it('rounds shares to four decimals and capitalises free-text labels for charts', () => {
    expect(stats.tables['byTrend.alpha.technologies']).toEqual([
      { id: 'artificial-intelligence', technology: 'Artificial intelligence', count: 2, share: 0.6667, low: 0.2077, high: 0.9385, smallBase: 'yes' },
      { id: 'chatbots', technology: 'Chatbots', count: 1, share: 0.3333, low: 0.0615, high: 0.7923, smallBase: 'yes' },
    ]);
  });

  it('gives the trend × region heatmap every cell: trends × regions with cases', () => {
    const cells = stats.tables['trendRegions']!;
    expect(cells).toHaveLength(3 * 3);
    expect(cells[0]).toEqual({ trendId: 'alpha', trend: 'Alpha', trendCases: 3, regionId: 'europe', region: 'Europe', count: 2, share: 0.6667, low: 0.2077, high: 0.9385, smallBase: 'yes' });
  });

  it('gives the co-occurrence matrix without its diagonal, each cell with both trends and their sizes', () => {
    expect(stats.tables['coOccurrence']).toHaveLength(3 * 2);
    expect(stats.tables['coOccurrence']![0]).toEqual({
      trendId: 'alpha',
      trend: 'Alpha',
      trendCases: 3,
      withId: 'beta',
      withTrend: 'Beta',
      withCases: 2,
      count: 1,
      share: 0.3333,
      low: 0.0615,
      high: 0.7923,
      smallBase: 'yes',
    });
  });

  it('gives the cases, countries and regions of each edition', () => {
    expect(stats.tables['editions']).toEqual([
      { edition: '2023', cases: 3, countries: 2, regions: 2 },
      { edition: '2024', cases: 4, countries: 4, regions: 3 },
    ]);
  });
});

describe('computeStats: as data', () => {
  it('is the same JSON whatever the order of the cases', () => {
    const again = computeStats({ cases: [...cases].reverse(), reference, edition });
    expect(JSON.stringify(again)).toBe(JSON.stringify(stats));
  });

  it('survives a round trip through JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(stats))).toEqual(stats);
  });

  it('gives zero shares, not NaN, for an edition without cases', () => {
    const empty = computeStats({ cases: [], reference, edition });
    expect(empty.trends['alpha']).toEqual({ title: 'Alpha services', shortTitle: 'Alpha', count: 0, share: 0, low: 0, high: 1, smallBase: true });
    expect(empty.headline).toMatchObject({ cases: 0, featuredShare: 0, oecdShare: 0 });
    expect(empty.tables['regions']).toEqual([]);
  });
});
