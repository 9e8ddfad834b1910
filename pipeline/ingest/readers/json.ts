/** JSON files: an array of case objects, or an object whose `cases` property is that array. */
import { isUtf8 } from 'node:buffer';
import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { messages } from '../../messages.ts';
import { rules } from '../rules.ts';
import type { SourceFile } from '../types.ts';
import { fileError, ObjectRecord, type RawTable } from './table.ts';
import { decodeUtf8, lineCounter, lineLocator, withoutBom } from './text.ts';

/** The records' array: the line it starts on, and each element's line and value. */
interface RecordList {
  line: number;
  elements: { line: number; value: unknown }[];
}

export function readJson(file: SourceFile): RawTable {
  const bytes = withoutBom(file.bytes);
  const parsed = parsedList(bytes);
  const list = parsed === undefined ? treeList(file, decodeUtf8(file, bytes)) : parsed;
  if (list === null) throw fileError(file.path, rules.jsonShape, messages.jsonShape(), { line: 1 });

  const headerSet = new Set<string>();
  const objects = list.elements.map(({ line, value }) => {
    if (!isObject(value)) throw fileError(file.path, rules.jsonShape, messages.jsonShape(), { line });
    for (const key of Object.keys(value)) headerSet.add(key);
    return { line, value };
  });
  const headers = [...headerSet];
  const records = objects.map(({ line, value }) => new ObjectRecord(line, value, headers));
  return { headers, headerLine: list.line, records };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The list read straight from the bytes: one pass finds where each value starts and ends, jumping through strings,
 * and `JSON.parse` reads each record on its own, so the file is never one string. Every byte is checked on the
 * way, by `JSON.parse` or by the pass (the white space, commas and brackets between the values), so a file the
 * pass reads is valid JSON and reads as it would whole.
 *
 * Undefined for a file it does not take on: text that is not UTF-8 or not JSON, a root that is neither an array nor
 * an object, a root object with `cases` twice (jsonc-parser takes the first, `JSON.parse` the last). jsonc-parser
 * then reads the file, so its errors and its reading of odd files are what counts. `null` when the file holds no
 * list of records.
 */
function parsedList(content: Uint8Array): RecordList | null | undefined {
  if (!isUtf8(content)) return undefined;
  const cursor = new JsonCursor(content);
  const first = cursor.skipSpace();
  const list = first === OPEN_BRACKET ? cursor.elements() : first === OPEN_BRACE ? casesOf(cursor) : undefined;
  if (list === undefined || !cursor.atEnd()) return undefined;
  if (list === null) return null;
  const lineOf = lineCounter(content);
  return { line: lineOf(list.offset), elements: list.elements.map(({ offset, value }) => ({ line: lineOf(offset), value })) };
}

/**
 * The `cases` array of the object that starts here, as `JsonCursor.elements` gives it; moves past the object.
 * `null` when the object has no `cases` array, undefined when it is not valid JSON or has `cases` twice.
 */
function casesOf(cursor: JsonCursor): ParsedArray | null | undefined {
  let cases: ParsedArray | null = null;
  let casesSeen = 0;
  cursor.position++; // the opening brace
  if (cursor.skipSpace() !== CLOSE_BRACE) {
    do {
      if (cursor.skipSpace() !== QUOTE) return undefined;
      const key = cursor.value();
      if (typeof key !== 'string' || cursor.skipSpace() !== COLON) return undefined;
      cursor.position++;
      const valueStart = cursor.skipSpace();
      if (key === 'cases' && ++casesSeen === 1 && valueStart === OPEN_BRACKET) {
        const elements = cursor.elements();
        if (elements === undefined) return undefined;
        cases = elements;
      } else if (cursor.value() === INVALID) return undefined;
    } while (cursor.next(CLOSE_BRACE));
    if (cursor.done || casesSeen > 1) return undefined;
  }
  cursor.position++; // the closing brace
  return cases;
}

/**
 * The list by jsonc-parser's syntax tree, which keeps the offset of every value; its first error stops the file.
 * `null` when the text holds no list of records.
 */
function treeList(file: SourceFile, text: string): RecordList | null {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const firstError = errors[0];
  if (firstError !== undefined) {
    throw fileError(file.path, rules.jsonSyntax, messages.jsonSyntax(describeParseError(firstError)), lineLocator(text)(firstError.offset));
  }
  const list = root === undefined ? undefined : recordList(root);
  if (list === undefined) return null;
  const lineOf = lineCounter(text);
  return { line: lineOf(list.offset), elements: (list.children ?? []).map((node) => ({ line: lineOf(node.offset), value: getNodeValue(node) })) };
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

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const VALUE_ENDS = new Set([COMMA, CLOSE_BRACKET, CLOSE_BRACE, COLON, 0x20, 0x0a, 0x0d, 0x09]);

/** An array as `JsonCursor.elements` reads it: its offset, and each element's offset and value. */
interface ParsedArray {
  offset: number;
  elements: { offset: number; value: unknown }[];
}

/** What `value` returns for bytes that are not one JSON value. */
const INVALID = Symbol('invalid JSON');

/**
 * Moves through the bytes of a JSON file. It finds where values start and end by their brackets and quotes, which
 * are single bytes in UTF-8, and has `JSON.parse` read each value: what lies between values (white space, commas,
 * colons, brackets) it checks itself.
 */
class JsonCursor {
  position = 0;
  readonly end: number;
  private readonly bytes: Buffer;

  constructor(content: Uint8Array) {
    this.bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
    this.end = this.bytes.length;
  }

  get done(): boolean {
    return this.position >= this.end;
  }

  /** Moves past JSON white space; returns the byte there, or -1 at the end. */
  skipSpace(): number {
    let byte = this.bytes[this.position];
    while (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) byte = this.bytes[++this.position];
    return byte ?? -1;
  }

  /** Whether only white space is left. */
  atEnd(): boolean {
    this.skipSpace();
    return this.done;
  }

  /** After a value in an array or object: true past a comma, false at `close` (not moved past), or on anything else. */
  next(close: number): boolean {
    const byte = this.skipSpace();
    if (byte === COMMA) {
      this.position++;
      return true;
    }
    if (byte !== close) this.position = this.end; // not JSON: `done` tells the caller
    return false;
  }

  /**
   * The elements of the array that starts here, each parsed, with its offset; moves past the array. Undefined when
   * the array is not valid JSON.
   */
  elements(): ParsedArray | undefined {
    const offset = this.position;
    const elements: ParsedArray['elements'] = [];
    this.position++; // the opening bracket
    if (this.skipSpace() !== CLOSE_BRACKET) {
      do {
        this.skipSpace();
        const start = this.position;
        const value = this.value();
        if (value === INVALID) return undefined;
        elements.push({ offset: start, value });
      } while (this.next(CLOSE_BRACKET));
      if (this.done) return undefined;
    }
    this.position++; // the closing bracket
    return { offset, elements };
  }

  /** The JSON value that starts right here, parsed, or `INVALID`; moves past it. */
  value(): unknown {
    const start = this.position;
    if (!this.skipValue()) return INVALID;
    try {
      return JSON.parse(this.bytes.toString('utf8', start, this.position));
    } catch {
      return INVALID;
    }
  }

  /** Moves to the end of the value that starts here, by its brackets and quotes alone; false when there is none. */
  private skipValue(): boolean {
    const byte = this.bytes[this.position];
    if (byte === QUOTE) return this.skipString();
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) return this.skipNested();
    // true, false, null or a number: up to the comma, bracket, brace, colon or white space after it, or the end
    const start = this.position;
    while (this.position < this.end && !VALUE_ENDS.has(this.bytes[this.position]!)) this.position++;
    return this.position > start;
  }

  private skipNested(): boolean {
    let depth = 0;
    do {
      const byte = this.bytes[this.position];
      if (byte === undefined) return false;
      if (byte === QUOTE) {
        if (!this.skipString()) return false;
        continue;
      }
      this.position++;
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
    } while (depth > 0);
    return true;
  }

  /** Past the closing quote: the first quote after the opening one that an even run of backslashes precedes. */
  private skipString(): boolean {
    let close = this.position;
    for (;;) {
      close = this.bytes.indexOf(QUOTE, close + 1);
      if (close === -1) return false;
      let backslash = close - 1;
      while (this.bytes[backslash] === BACKSLASH) backslash--;
      if ((close - 1 - backslash) % 2 === 0) break;
    }
    this.position = close + 1;
    return true;
  }
}
