/** Excel workbooks: the first sheet, its first row the headers, each further row a record. */
import type { Row } from 'read-excel-file/node';
import { messages } from '../../messages.ts';
import { rules } from '../rules.ts';
import type { SourceFile } from '../types.ts';
import { fileError, RowRecord, type RawTable } from './table.ts';

export async function readXlsx(file: SourceFile): Promise<RawTable> {
  const [header, ...body] = await readFirstSheet(file);
  const headers = (header ?? []).map((cell) => (cell === null ? '' : String(cell)));
  const records = body.flatMap((row, index): RowRecord[] =>
    isBlank(row)
      ? []
      : // Sheet rows count from 1 and the header takes row 1.
        [new RowRecord(index + 2, headers.map((_, column) => cellValue(row[column])), headers)],
  );
  return { headers, headerLine: 1, records };
}

async function readFirstSheet(file: SourceFile): Promise<Row[]> {
  // Loaded with the first workbook, not with every build: most data come as CSV and JSON, and it takes 70 ms.
  const { readSheet } = await import('read-excel-file/node');
  try {
    return await readSheet(Buffer.from(file.bytes));
  } catch (error) {
    // Whatever the workbook reader cannot make sense of is a damaged or mislabelled file, not a pipeline bug.
    throw fileError(file.path, rules.unreadableFile, messages.unreadableFile(error instanceof Error ? error.message : String(error)));
  }
}

/** Blank rows between records are spacing, not records. */
function isBlank(row: Row): boolean {
  return row.every((cell) => cell === null || cell === '');
}

/** A date passes as its year: the only date a case holds is the year it was launched. */
function cellValue(cell: Row[number] | undefined): unknown {
  return cell instanceof Date ? cell.getUTCFullYear() : cell;
}
