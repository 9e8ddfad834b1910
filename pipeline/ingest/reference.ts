/** The country reference table (data/countries.csv and data/regions.csv), as ingest hands it to later stages. */

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
}

export interface Reference {
  countries: ReadonlyMap<string, Country>;
  regions: ReadonlyMap<string, Region>;
}
