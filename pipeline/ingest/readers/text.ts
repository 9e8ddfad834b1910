/** Text files (CSV, JSON) as the readers need them: checked UTF-8, and offsets turned into lines. */
import { isUtf8 } from 'node:buffer';
import { messages } from '../../messages.ts';
import { rules } from '../rules.ts';
import type { SourceFile } from '../types.ts';
import { fileError } from './table.ts';

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/** The bytes after a UTF-8 byte order mark, which Excel writes at the start of "CSV UTF-8" files. */
export function withoutBom(bytes: Uint8Array): Uint8Array {
  return UTF8_BOM.every((byte, index) => bytes[index] === byte) ? bytes.subarray(UTF8_BOM.length) : bytes;
}

/** The file's text; bytes that are not UTF-8 (a file saved as Latin-1 or UTF-16) stop the build at their line. */
export function decodeUtf8(file: SourceFile, bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError(file.path, rules.notUtf8, messages.notUtf8(), { line: firstUndecodableLine(bytes) });
  }
}

/** Checks that the bytes are UTF-8 without decoding them, for a reader that decodes only the parts it keeps. */
export function checkUtf8(file: SourceFile, bytes: Uint8Array): void {
  if (!isUtf8(bytes)) throw fileError(file.path, rules.notUtf8, messages.notUtf8(), { line: firstUndecodableLine(bytes) });
}

/**
 * The decoder says only that the text is bad, not where. A line feed byte never occurs inside a UTF-8 sequence,
 * so decoding line by line finds the line that holds the first bad byte.
 */
function firstUndecodableLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let lineStart = 0;
  for (let line = 1; ; line++) {
    const lineEnd = bytes.indexOf(LINE_FEED, lineStart);
    const end = lineEnd === -1 ? bytes.length : lineEnd;
    try {
      decoder.decode(bytes.subarray(lineStart, end));
    } catch {
      return line;
    }
    if (lineEnd === -1) return line;
    lineStart = lineEnd + 1;
  }
}

/**
 * The 1-based line of each offset asked for, the offsets asked in increasing order: the line breaks (LF, CRLF or a
 * lone CR, as `lineLocator` counts them) are counted as it goes, each once, by jumping from one to the next. Offsets
 * count the units of `content`, as for `lineLocator`.
 */
export function lineCounter(content: string | Uint8Array): (offset: number) => number {
  const { find, unitAt } = typeof content === 'string' ? textSearch(content) : byteSearch(content);
  let line = 1;
  let nextLineFeed = find(LINE_FEED, 0);
  let nextCarriageReturn = find(CARRIAGE_RETURN, 0);
  return (offset) => {
    for (;;) {
      const lineFeed = nextLineFeed === -1 ? Infinity : nextLineFeed;
      const carriageReturn = nextCarriageReturn === -1 ? Infinity : nextCarriageReturn;
      if (Math.min(lineFeed, carriageReturn) >= offset) return line;
      if (lineFeed < carriageReturn) {
        line++;
        nextLineFeed = find(LINE_FEED, lineFeed + 1);
      } else {
        // A CR followed by a LF ends one line, counted at the LF.
        if (unitAt(carriageReturn + 1) !== LINE_FEED) line++;
        nextCarriageReturn = find(CARRIAGE_RETURN, carriageReturn + 1);
      }
    }
  };
}

interface UnitSearch {
  /** The offset of the next `unit` (LF or CR) from `from`, or -1. */
  find(unit: number, from: number): number;
  unitAt(index: number): number | undefined;
}

const textSearch = (text: string): UnitSearch => ({
  find: (unit, from) => text.indexOf(unit === LINE_FEED ? '\n' : '\r', from),
  unitAt: (index) => text.charCodeAt(index),
});

const byteSearch = (content: Uint8Array): UnitSearch => {
  // A Buffer over the same memory, for Node's native byte search.
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return { find: (unit, from) => bytes.indexOf(unit, from), unitAt: (index) => bytes[index] };
};

/**
 * Maps an offset in `content` to its 1-based line and column. Offsets count the units of `content`: UTF-16 code
 * units for a string (jsonc-parser), bytes for a byte array (csv-parse). Lines end at LF, CRLF or a lone CR.
 */
export function lineLocator(content: string | Uint8Array): (offset: number) => { line: number; column: number } {
  const unitAt = typeof content === 'string' ? (i: number) => content.charCodeAt(i) : (i: number) => content[i];
  const lineStarts = [0];
  for (let i = 0; i < content.length; i++) {
    const unit = unitAt(i);
    if (unit === LINE_FEED || (unit === CARRIAGE_RETURN && unitAt(i + 1) !== LINE_FEED)) lineStarts.push(i + 1);
  }
  return (offset) => {
    // The last line start at or before the offset, by binary search.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
