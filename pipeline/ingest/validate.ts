/** Running one raw record through a zod schema, and reporting each problem at the record's line and field. */
import type { z } from 'zod';
import type { Diagnostic, Severity } from '../diagnostics.ts';
import { ruleOf } from './fields.ts';
import type { LoadedFile } from './load.ts';
import type { RawRecord } from './readers/index.ts';
import type { Rule } from './rules.ts';

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Diagnostic[] };

export function validateRecord<S extends z.ZodType>(schema: S, file: LoadedFile, record: RawRecord): Validated<z.output<S>> {
  const parsed = schema.safeParse(file.fieldValues(record));
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path[0];
    return recordProblem(file, record, field === undefined ? undefined : String(field), ruleOf(issue), issue.message);
  });
  return { ok: false, problems };
}

/** A problem with one field of a record, named by the file's own header for it (`Year launched`, not `yearLaunched`). */
export function recordProblem(
  file: LoadedFile,
  record: RawRecord,
  field: string | undefined,
  rule: Rule,
  message: string,
  severity: Severity = 'error',
): Diagnostic {
  const place = { file: file.path, line: record.line };
  if (field === undefined) return { ...place, rule, severity, message };
  return { ...place, field: file.headerOf.get(field) ?? field, rule, severity, message };
}
