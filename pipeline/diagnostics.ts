/**
 * One shape for every problem found in the user's data or templates, and one printer for it.
 * A diagnostic is a user's mistake with a position; a bug in the pipeline is an exception.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path of the file the problem is in, as the user named it (relative to the working folder). */
  file: string;
  /** 1-based line; for a spreadsheet or JSON record, the line (or row) the record starts on. */
  line?: number;
  /** 1-based column, when the problem is inside a line of text. */
  column?: number;
  /** The data field the problem is in, when it is a field of a record. */
  field?: string;
  /** Stable identifier of the rule, e.g. `ingest/unknown-country`. */
  rule: string;
  severity: Severity;
  message: string;
}

/** `file:line:column-or-field: message [rule]`, the way compilers print, so editors can jump to the place. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = [d.file, d.line, d.column ?? d.field].filter((part) => part !== undefined).join(':');
  const severity = d.severity === 'warning' ? 'warning: ' : '';
  return `${place}: ${severity}${d.message} [${d.rule}]`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Compare by file, then position, so reports read top to bottom whatever order the stages found them in. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.field ?? '').localeCompare(b.field ?? '')
  );
}

/**
 * A problem that stops the build: the stage cannot go on (an unreadable file, a missing column, a broken template).
 * It carries diagnostics rather than a stack trace; the CLI prints them and exits 1.
 */
export class FatalDiagnostics extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'FatalDiagnostics';
    this.diagnostics = diagnostics;
  }
}

/** The command was called wrongly (an unknown option, an output folder it must not replace): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * The machine cannot do what the build needs (no browser, a print that hangs): not the user's data and not a bug,
 * so the CLI prints the message, which says what to do, without a stack trace, and exits 1.
 */
export class EnvironmentError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}
