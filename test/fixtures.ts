/** Small hand-made values shared by the stage tests, so each test states only what it varies. */
import type { Edition } from '../pipeline/edition.ts';
import type { Reference } from '../pipeline/ingest/reference.ts';
import type { Case } from '../pipeline/ingest/schema.ts';

export const edition: Edition = {
  year: 2024,
  title: 'Test Trends 2024',
  subtitle: 'A small edition',
  publisher: 'Test Observatory',
  reportName: 'test-trends-2024',
  locale: 'en-GB',
  trends: [
    { id: 'alpha', title: 'Alpha services', shortTitle: 'Alpha' },
    { id: 'beta', title: 'Beta services', shortTitle: 'Beta' },
    { id: 'gamma', title: 'Gamma services', shortTitle: 'Gamma' },
  ],
};

export const reference: Reference = {
  regions: new Map([
    ['europe', { id: 'europe', name: 'Europe' }],
    ['asia-pacific', { id: 'asia-pacific', name: 'Asia-Pacific' }],
    ['sub-saharan-africa', { id: 'sub-saharan-africa', name: 'Sub-Saharan Africa' }],
  ]),
  countries: new Map([
    ['FRA', { iso3: 'FRA', name: 'France', region: 'europe', oecdMember: true, incomeGroup: 'high' }],
    ['PRT', { iso3: 'PRT', name: 'Portugal', region: 'europe', oecdMember: true, incomeGroup: 'high' }],
    ['KOR', { iso3: 'KOR', name: 'Korea', region: 'asia-pacific', oecdMember: true, incomeGroup: 'high' }],
  ]),
};

export function makeCase(fields: Partial<Case> & Pick<Case, 'id'>): Case {
  return {
    edition: 2024,
    source: 'call',
    title: `Case ${fields.id}`,
    country: 'FRA',
    organisation: 'Ministry',
    levelOfGovernment: 'national',
    sectors: [],
    tags: [],
    technologies: [],
    targetGroups: [],
    summary: '',
    overview: '',
    results: '',
    url: '',
    trends: ['alpha'],
    featured: false,
    ...fields,
  };
}
