/**
 * The closed lists of the OPSI case-study form (see data/README.md). Each entry pairs the stable id stored in a
 * Case with the label the form shows; ingest accepts either, in any letter case.
 */

export interface Term<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
}

const terms = <const T extends readonly Term[]>(list: T): T => list;

export const levelsOfGovernment = terms([
  { id: 'national', label: 'National/Federal government' },
  { id: 'regional', label: 'Regional/State government' },
  { id: 'local', label: 'Local government' },
  { id: 'other', label: 'Other' },
]);

export const organisationTypes = terms([
  { id: 'government', label: 'Government' },
  { id: 'ngo', label: 'NGO' },
  { id: 'international', label: 'International Organisation' },
  { id: 'academia', label: 'Academia' },
  { id: 'private', label: 'Private Sector' },
  { id: 'independent', label: 'Independent institution' },
]);

export const sectors = terms([
  { id: 'economic-affairs', label: 'Economic affairs' },
  { id: 'education', label: 'Education' },
  { id: 'employment', label: 'Employment and labour-related affairs' },
  { id: 'environment', label: 'Environmental protection, climate change, and agriculture' },
  { id: 'external-relations', label: 'External relations' },
  { id: 'health', label: 'Health' },
  { id: 'housing', label: 'Housing and community relations' },
  { id: 'digitalisation', label: 'Information society and digitalisation' },
  { id: 'public-administration', label: 'Public administration modernisation and reform' },
  { id: 'public-order', label: 'Public order and safety, justice, and human rights' },
  { id: 'culture', label: 'Recreation, culture, and religion' },
  { id: 'science', label: 'Science, research, and innovation' },
  { id: 'transport', label: 'Transport and infrastructure' },
]);

/** The OPSI innovation lifecycle, in order. */
export const innovationStatuses = terms([
  { id: 'identifying', label: 'Identifying or Discovering Problems or Opportunities' },
  { id: 'generating', label: 'Generating Ideas or Designing Solutions' },
  { id: 'developing', label: 'Developing Proposals' },
  { id: 'implementation', label: 'Implementation' },
  { id: 'evaluation', label: 'Evaluation' },
  { id: 'diffusing', label: 'Diffusing Lessons' },
]);

export const caseSources = terms([
  { id: 'call', label: 'Call for Government Innovations' },
  { id: 'desk', label: 'Desk research' },
]);

type Ids<T extends readonly Term[]> = T[number]['id'];
export type LevelOfGovernment = Ids<typeof levelsOfGovernment>;
export type OrganisationType = Ids<typeof organisationTypes>;
export type Sector = Ids<typeof sectors>;
export type InnovationStatus = Ids<typeof innovationStatuses>;
export type CaseSource = Ids<typeof caseSources>;

export function ids<T extends readonly Term[]>(list: T): [Ids<T>, ...Ids<T>[]] {
  return list.map((term) => term.id) as [Ids<T>, ...Ids<T>[]];
}

export function labelOf(list: readonly Term[], id: string): string {
  return list.find((term) => term.id === id)?.label ?? id;
}
