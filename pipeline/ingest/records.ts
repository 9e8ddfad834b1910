/** Sorting every record of the data files into accepted cases and rejected records, losing none. */
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import { toText } from './fields.ts';
import type { LoadedFile } from './load.ts';
import type { RawRecord } from './readers/index.ts';
import { rejectRecord } from './rejected.ts';
import { rules } from './rules.ts';
import type { Case, caseSchema } from './schema.ts';
import type { RejectedRecord } from './types.ts';
import { recordProblem, validateRecord } from './validate.ts';

export interface SeparatedRecords {
  cases: Case[];
  rejected: RejectedRecord[];
  diagnostics: Diagnostic[];
}

/** Every record lands in `cases` or in `rejected`, in file order then record order. */
export function acceptOrReject(files: readonly LoadedFile[], schema: ReturnType<typeof caseSchema>): SeparatedRecords {
  const separated: SeparatedRecords = { cases: [], rejected: [], diagnostics: [] };
  const firstPlaceOfId = new Map<string, string>();
  for (const file of files) {
    separated.diagnostics.push(...file.warnings);
    const idColumn = file.columnOf.get('id');
    for (const record of file.table.records) {
      const validated = validateRecord(schema, file, record);
      const copy = claimId(file, record, idColumn, firstPlaceOfId);
      if (validated.ok && copy === undefined) {
        separated.cases.push(validated.value);
        const warning = linkWarning(file, record, validated.value);
        if (warning !== undefined) separated.diagnostics.push(warning);
      } else {
        const problems = validated.ok ? [] : validated.problems;
        if (copy !== undefined) problems.push(copy);
        separated.rejected.push(rejectRecord(file, record, problems));
        separated.diagnostics.push(...problems);
      }
    }
  }
  return separated;
}

/**
 * Registers the record's id, or reports that an earlier record (accepted or not) holds it already: the later one
 * is the copy, whichever of the two is valid.
 */
function claimId(file: LoadedFile, record: RawRecord, idColumn: number | undefined, firstPlaceOfId: Map<string, string>): Diagnostic | undefined {
  const id = toText(idColumn === undefined ? undefined : record.cell(idColumn));
  if (id === '') return undefined;
  const firstPlace = firstPlaceOfId.get(id);
  if (firstPlace === undefined) {
    firstPlaceOfId.set(id, `${file.path}:${record.line}`);
    return undefined;
  }
  return recordProblem(file, record, 'id', rules.duplicateId, messages.duplicateId(id, firstPlace));
}

/** A link that is not http(s) (`javascript:`, a bare `www.`) is kept as given; the renderer will not link it. */
function linkWarning(file: LoadedFile, record: RawRecord, accepted: Case): Diagnostic | undefined {
  if (accepted.url === '' || isWebAddress(accepted.url)) return undefined;
  return recordProblem(file, record, 'url', rules.notWebAddress, messages.notWebAddress(accepted.url), 'warning');
}

function isWebAddress(value: string): boolean {
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    return false; // not a URL at all
  }
  return protocol === 'http:' || protocol === 'https:';
}
