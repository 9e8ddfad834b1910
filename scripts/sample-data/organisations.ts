/**
 * Invented owners for generated cases. Names are generic ("Ministry of Health", "Porto City Council") so no real
 * body is credited with a specific invented project beyond what its title implies.
 */
import type { LevelOfGovernment, OrganisationType, Sector } from '../../pipeline/ingest/vocabulary.ts';
import type { Random, Weighted } from './random.ts';

export interface Organisation {
  name: string;
  /** The name as it reads inside a sentence: "the Ministry of Health", but "Porto City Council". */
  reference: string;
}

export const organisationTypeWeights: Weighted<OrganisationType> = [
  ['government', 88],
  ['ngo', 4],
  ['academia', 3],
  ['private', 2],
  ['international', 2],
  ['independent', 1],
];

const ministries: Record<Sector, readonly string[]> = {
  'economic-affairs': ['Ministry of Finance', 'Tax and Customs Administration', 'Ministry of Economy', 'Social Security Institute'],
  education: ['Ministry of Education', 'National Agency for Education'],
  employment: ['Public Employment Service', 'Ministry of Labour and Social Affairs'],
  environment: ['Ministry of Environment', 'Environmental Protection Agency', 'Ministry of Agriculture'],
  'external-relations': ['Ministry of Foreign Affairs', 'Agency for International Development'],
  health: ['Ministry of Health', 'National Health Insurance Fund', 'Public Health Institute'],
  housing: ['Ministry of Housing', 'National Housing Agency'],
  digitalisation: ['Digital Government Agency', 'Ministry of Digital Affairs'],
  'public-administration': ["Prime Minister's Office", 'Ministry of Public Administration', 'Government Innovation Unit'],
  'public-order': ['Ministry of Justice', 'National Police', 'Civil Protection Agency'],
  culture: ['Ministry of Culture', 'Ministry of Culture and Sport'],
  science: ['National Research Agency', 'Ministry of Science and Innovation'],
  transport: ['Ministry of Transport', 'National Roads Authority'],
};

const regionalBodies: Record<Sector, string> = {
  'economic-affairs': 'Development Agency',
  education: 'Department of Education',
  employment: 'Employment Office',
  environment: 'Environment Department',
  'external-relations': 'Office for International Affairs',
  health: 'Health Authority',
  housing: 'Housing Agency',
  digitalisation: 'Digital Services Office',
  'public-administration': 'Government Secretariat',
  'public-order': 'Emergency Management Agency',
  culture: 'Culture Department',
  science: 'Innovation Agency',
  transport: 'Transport Authority',
};

const otherGovernmentBodies = ['Public Sector Innovation Lab', 'Association of Municipalities', 'Government Design Unit'];

const nonGovernmentBodies: Record<Exclude<OrganisationType, 'government'>, readonly string[]> = {
  ngo: ['Digital Inclusion Foundation', 'Community Action Network', 'Civic Tech Association', 'Citizens Advice Network'],
  academia: ['University Public Policy Lab', 'Institute of Public Administration', 'University Centre for Social Innovation'],
  private: ['Civic Technology Co-operative', 'GovTech Start-up Consortium'],
  international: ['UNDP Accelerator Lab', 'UNICEF Country Office'],
  independent: ['Office of the Ombudsman', 'Supreme Audit Institution', 'Data Protection Authority'],
};

const withArticle = (name: string): Organisation => ({ name, reference: `the ${name}` });

export function inventOrganisation(
  random: Random,
  type: OrganisationType,
  level: LevelOfGovernment,
  sector: Sector,
  city: string,
): Organisation {
  if (type !== 'government') return withArticle(random.pick(nonGovernmentBodies[type]));
  switch (level) {
    case 'national':
      return withArticle(random.pick(ministries[sector]));
    case 'regional':
      return withArticle(`${random.pick(['Regional', 'State', 'Provincial'])} ${regionalBodies[sector]}`);
    case 'local': {
      const form = random.int(0, 2);
      if (form === 0) return { name: `${city} City Council`, reference: `${city} City Council` };
      if (form === 1) return withArticle(`City of ${city}`);
      return withArticle(`Municipality of ${city}`);
    }
    case 'other':
      return withArticle(random.pick(otherGovernmentBodies));
  }
}
