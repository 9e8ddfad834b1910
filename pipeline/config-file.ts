/**
 * Configuration written by people (edition.yaml, a chapter's front matter) comes in loose and is normalised by a zod
 * schema into a strict value. Both steps report problems as diagnostics at the file, never as exceptions.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { messages } from './messages.ts';

export interface ConfigSource {
  path: string;
  text: string;
  /** Lines above the YAML in its file (the `---` of front matter), so reported lines are lines of the file. */
  lineOffset?: number;
  /** Rule id prefix, e.g. `edition` or `chapters/front-matter`. */
  rule: string;
}

export function parseConfig<Schema extends z.ZodType>(
  source: ConfigSource,
  schema: Schema,
): { value?: z.output<Schema>; diagnostics: Diagnostic[] } {
  const lineOffset = source.lineOffset ?? 0;
  const document = parseDocument(source.text);
  const syntaxError = document.errors[0];
  if (syntaxError) {
    const diagnostic: Diagnostic = {
      file: source.path,
      rule: `${source.rule}/syntax`,
      severity: 'error',
      message: messages.yamlSyntax(syntaxError.message.split('\n')[0] ?? ''),
    };
    const place = syntaxError.linePos?.[0];
    if (place) Object.assign(diagnostic, { line: place.line + lineOffset, column: place.col });
    return { diagnostics: [diagnostic] };
  }
  const parsed = schema.safeParse(document.toJS());
  if (parsed.success) return { value: parsed.data, diagnostics: [] };
  return {
    diagnostics: parsed.error.issues.map((issue) => ({
      file: source.path,
      line: lineOffset + 1,
      field: issue.path.join('.'),
      rule: `${source.rule}/invalid`,
      severity: 'error' as const,
      message: messages.configField(issue.path.join('.'), issue.message),
    })),
  };
}
