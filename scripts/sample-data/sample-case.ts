/** A generated case before it is written: closed lists hold vocabulary ids, the writers turn them into labels. */
import type { CaseSource, InnovationStatus, LevelOfGovernment, OrganisationType, Sector } from '../../pipeline/ingest/vocabulary.ts';

export interface SampleCase {
  id: string;
  edition: number;
  source: CaseSource;
  title: string;
  /** The country's ISO code, kept to spread cases over countries; files write `country` instead. */
  iso3: string;
  /** The country as the file spells it: usually the reference name, sometimes another common spelling. */
  country: string;
  organisation: string;
  organisationType?: OrganisationType;
  levelOfGovernment: LevelOfGovernment;
  sectors: Sector[];
  yearLaunched?: number;
  status?: InnovationStatus;
  tags: string[];
  technologies: string[];
  targetGroups: string[];
  summary: string;
  /** Paragraphs separated by a blank line. */
  overview: string;
  results: string;
  url: string;
  /** Trend ids of the case's edition; the first is the primary trend. */
  trends: string[];
  featured: boolean;
}
