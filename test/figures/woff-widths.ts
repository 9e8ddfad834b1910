/**
 * Advance widths read from a WOFF 1 font file (its cmap and hmtx tables), to check the width table the figures stage
 * carries for the report's font against the font itself.
 */
import { inflateSync } from 'node:zlib';

/** Advance width of each character, in thousandths of an em; undefined for a character the font lacks. */
export function woffAdvanceWidths(woff: Buffer, characters: readonly string[]): (number | undefined)[] {
  const tables = woffTables(woff);
  const unitsPerEm = table(tables, 'head').readUInt16BE(18);
  const numberOfHMetrics = table(tables, 'hhea').readUInt16BE(34);
  const hmtx = table(tables, 'hmtx');
  const glyphOf = cmapFormat4(table(tables, 'cmap'));
  return characters.map((character) => {
    const glyph = glyphOf(character.codePointAt(0)!);
    if (glyph === 0) return undefined;
    const advance = hmtx.readUInt16BE(4 * Math.min(glyph, numberOfHMetrics - 1));
    return Math.round((1000 * advance) / unitsPerEm);
  });
}

function table(tables: Map<string, Buffer>, tag: string): Buffer {
  const found = tables.get(tag);
  if (found === undefined) throw new Error(`the font has no ${tag} table`);
  return found;
}

function woffTables(woff: Buffer): Map<string, Buffer> {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1 file');
  const tables = new Map<string, Buffer>();
  const numTables = woff.readUInt16BE(12);
  for (let index = 0; index < numTables; index++) {
    const entry = 44 + 20 * index;
    const tag = woff.toString('latin1', entry, entry + 4);
    const offset = woff.readUInt32BE(entry + 4);
    const compressedLength = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + compressedLength);
    tables.set(tag, compressedLength < length ? inflateSync(data) : data);
  }
  return tables;
}

/** The Unicode BMP subtable (platform 3, encoding 1 or platform 0), which fonts write in format 4. */
function cmapFormat4(cmap: Buffer): (codePoint: number) => number {
  const records = Array.from({ length: cmap.readUInt16BE(2) }, (_, index) => ({
    platform: cmap.readUInt16BE(4 + 8 * index),
    encoding: cmap.readUInt16BE(6 + 8 * index),
    offset: cmap.readUInt32BE(8 + 8 * index),
  }));
  const record = records.find((r) => (r.platform === 3 && r.encoding === 1) || r.platform === 0);
  if (record === undefined || cmap.readUInt16BE(record.offset) !== 4) throw new Error('no format 4 cmap subtable');
  const start = record.offset;
  const segments = cmap.readUInt16BE(start + 6) / 2;
  const endCodes = start + 14;
  const startCodes = endCodes + 2 * segments + 2;
  const deltas = startCodes + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (codePoint) => {
    for (let segment = 0; segment < segments; segment++) {
      if (cmap.readUInt16BE(endCodes + 2 * segment) < codePoint) continue;
      const first = cmap.readUInt16BE(startCodes + 2 * segment);
      if (first > codePoint) return 0;
      const delta = cmap.readInt16BE(deltas + 2 * segment);
      const rangeOffsetAt = rangeOffsets + 2 * segment;
      const rangeOffset = cmap.readUInt16BE(rangeOffsetAt);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const glyph = cmap.readUInt16BE(rangeOffsetAt + rangeOffset + 2 * (codePoint - first));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}
