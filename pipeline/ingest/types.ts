import type { Diagnostic } from '../diagnostics.ts';
import type { Edition } from '../edition.ts';
import type { Reference } from './reference.ts';
import type { Case } from './schema.ts';

/** A file handed to ingest: the build reads it, ingest never touches the disk. */
export interface SourceFile {
  /** Path as the user named it, used in diagnostics. */
  path: string;
  bytes: Uint8Array;
}

export interface IngestInput {
  /** Case data files: .csv, .json or .xlsx, combined in the order given. */
  files: readonly SourceFile[];
  /** data/countries.csv */
  countries: SourceFile;
  /** data/regions.csv */
  regions: SourceFile;
  editions: ReadonlyMap<number, Edition>;
}

/** A record that could not be accepted, kept with its original values so nothing is lost. */
export interface RejectedRecord {
  file: string;
  line: number;
  /** Original values, by the column header as the file spelled it. */
  values: Record<string, string>;
  reasons: string[];
}

export interface IngestResult {
  cases: Case[];
  rejected: RejectedRecord[];
  reference: Reference;
  /** Row problems (errors for rejected records, warnings for accepted ones). Fatal problems throw instead. */
  diagnostics: Diagnostic[];
  /** Records read from all files: always `cases.length + rejected.length`. */
  recordCount: number;
}
