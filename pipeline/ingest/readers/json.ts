/** JSON files: an array of case objects, or an object whose `cases` property is that array. */
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { messages } from '../../messages.ts';
import { rules } from '../rules.ts';
import type { SourceFile } from '../types.ts';
import { fileError, type RawRecord, type RawTable } from './table.ts';
import { decodeUtf8, lineLocator, withoutBom } from './text.ts';

export function readJson(file: SourceFile): RawTable {
  const text = decodeUtf8(file, withoutBom(file.bytes));
  const locate = lineLocator(text);
  const errors: ParseError[] = [];
  // jsonc-parser rather than JSON.parse: its syntax tree keeps the offset of every record, hence its line.
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const firstError = errors[0];
  if (firstError !== undefined) {
    throw fileError(file.path, rules.jsonSyntax, messages.jsonSyntax(describeParseError(firstError)), locate(firstError.offset));
  }
  const list = root === undefined ? undefined : recordList(root);
  if (list === undefined) throw fileError(file.path, rules.jsonShape, messages.jsonShape(), { line: 1 });

  const records = (list.children ?? []).map((node): RawRecord => {
    const { line } = locate(node.offset);
    if (node.type !== 'object') throw fileError(file.path, rules.jsonShape, messages.jsonShape(), { line });
    return { line, values: getNodeValue(node) as Record<string, unknown> };
  });
  const headers = [...new Set(records.flatMap((record) => Object.keys(record.values)))];
  return { headers, headerLine: locate(list.offset).line, records };
}

function recordList(root: Node): Node | undefined {
  const list = root.type === 'object' ? findNodeAtLocation(root, ['cases']) : root;
  return list?.type === 'array' ? list : undefined;
}

/** `CloseBraceExpected` reads as "close brace expected". */
function describeParseError(error: ParseError): string {
  return printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
