/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */

export type Row = readonly string[];

const numeric = /^[\d.,\s×%<>~-]*(ms|s|MiB|GiB|×|%)?$/;

export function formatTable(header: Row, rows: readonly Row[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: Row) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return column > 0 && numeric.test(cell) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function printTable(title: string, header: Row, rows: readonly Row[]): void {
  console.log(`\n${title}\n\n${formatTable(header, rows)}`);
}
