/** The country reference table (data/countries.csv and data/regions.csv), as ingest hands it to later stages. */
import type { Term } from './vocabulary.ts';

/** World Bank income groups, by the id countries.csv uses (its label is accepted too). */
export const incomeGroups = [
  { id: 'high', label: 'High income' },
  { id: 'upper-middle', label: 'Upper middle income' },
  { id: 'lower-middle', label: 'Lower middle income' },
  { id: 'low', label: 'Low income' },
] as const satisfies readonly Term[];

export interface Region {
  /** Stable id used in statistics keys, e.g. `europe`. */
  id: string;
  name: string;
}

export interface Country {
  /** ISO 3166-1 alpha-3 code. */
  iso3: string;
  /** The name the report prints (OECD usage, e.g. "Korea", "Türkiye"). */
  name: string;
  region: string;
  oecdMember: boolean;
  /** World Bank income group id: `high`, `upper-middle`, `lower-middle` or `low`. */
  incomeGroup: string;
  /**
   * Other names the data may use that ISO 3166 English names miss ("Slovak Republic", "Viet Nam"). Optional so
   * hand-built references (tests, later stages) need not list any.
   */
  aliases?: readonly string[];
}

export interface Reference {
  countries: ReadonlyMap<string, Country>;
  regions: ReadonlyMap<string, Region>;
}
