/**
 * The words the chapters stage prints into the report itself (as opposed to messages to the user, which live in
 * pipeline/messages.ts): one place, so the report's vocabulary stays consistent and can be translated together.
 */
export const labels = {
  chapter: 'Chapter',
  annex: 'Annex',
  figure: 'Figure',
  box: 'Box',
  note: 'Note',
  notes: 'Notes',
  country: 'Country',
  organisation: 'Organisation',
  levelOfGovernment: 'Level of government',
  whatItDoes: 'What it does',
  results: 'Results',
  source: 'Source',
  caseId: 'Case',
  caseTitle: 'Innovation',
  trends: 'Trends',
  /** A country's heading in the annex table: "Finland (12 cases)". */
  countryCases: (country: string, count: string, one: boolean) => `${country} (${count} ${one ? 'case' : 'cases'})`,
  /** Where a case already boxed is asked for again: "See Box 2.1." */
  see: 'See',
} as const;
