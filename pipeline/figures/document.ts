/**
 * A figure spec file parsed with its syntax tree kept, so that a problem found at any JSON path of the spec can be
 * reported at the line and column where that path is written.
 */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Diagnostic, Severity } from '../diagnostics.ts';
import { messages } from '../messages.ts';

/** Property names and array indexes from the spec's root, e.g. `['layer', 1, 'encoding', 'x', 'field']`. */
export type JsonPath = readonly (string | number)[];

export interface SpecDocument {
  file: string;
  text: string;
  tree: Node;
  /** The parsed spec, not yet validated. */
  value: unknown;
}

export type ParsedSpec = { document: SpecDocument; diagnostics: [] } | { document?: never; diagnostics: Diagnostic[] };

/** Spec files are plain JSON: comments and trailing commas are errors, as they are for any other JSON tool. */
const strictJson = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false };

export function parseSpecDocument(file: string, fileText: string): ParsedSpec {
  // Some editors start UTF-8 files with a byte order mark; no editor shows it or counts it as a column.
  const text = fileText.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, strictJson);
  const firstError = errors[0];
  if (firstError !== undefined || tree === undefined) {
    // Later errors are mostly echoes of the first one, so only the first is worth reading.
    const offset = firstError?.offset ?? 0;
    const reason = firstError === undefined ? 'the file is empty' : describeParseError(firstError);
    return { diagnostics: [{ file, ...lineAndColumn(text, offset), rule: 'figures/json-syntax', severity: 'error', message: messages.jsonSyntax(reason) }] };
  }
  return { document: { file, text, tree, value: getNodeValue(tree) }, diagnostics: [] };
}

/** jsonc-parser names its errors in PascalCase (`CommaExpected`): "comma expected" reads better in a sentence. */
function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** A diagnostic placed where `path` is written in the file, or at its nearest written ancestor if it is missing. */
export function diagnosticAt(
  document: SpecDocument,
  path: JsonPath,
  rule: string,
  message: string,
  severity: Severity = 'error',
): Diagnostic {
  return { file: document.file, ...lineAndColumn(document.text, offsetOf(document.tree, path)), rule, severity, message };
}

/** Points at a property's name rather than its value, where a reader looks for it. */
function offsetOf(tree: Node, path: JsonPath): number {
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, [...path.slice(0, length)]);
    if (node !== undefined) return node.parent?.type === 'property' ? node.parent.offset : node.offset;
  }
  return tree.offset;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** `layer[1].encoding.x.field`: the way a reader names a place in a spec. */
export function formatJsonPath(path: JsonPath): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}
