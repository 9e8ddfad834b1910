/**
 * The PDF's document information: title, author, subject and keywords from the edition, and a fixed date, so that
 * the same sources print the same file (reproducible builds). Chromium writes only the title and the time of
 * printing; the build replaces its dictionary with this one (pdf-file.ts).
 */
import { EnvironmentError } from '../../diagnostics.ts';
import { fullTitle, printSettings, type Edition } from '../../edition.ts';
import { messages } from '../../messages.ts';
import type { DocumentInfo } from './pdf-file.ts';

export class InvalidSourceDateError extends EnvironmentError {}

/**
 * The date the PDF says it was made: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds convention)
 * when set, else the first day of the edition's year.
 */
export function creationDate(edition: Edition, sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch === undefined || sourceDateEpoch === '') return new Date(Date.UTC(edition.year, 0, 1));
  if (!/^\d+$/.test(sourceDateEpoch)) throw new InvalidSourceDateError(messages.invalidSourceDateEpoch(sourceDateEpoch));
  return new Date(Number(sourceDateEpoch) * 1000);
}

/** The edition's information; Chromium's own Creator and Producer (the browser and its PDF library) are kept. */
export function documentInfo(edition: Edition, date: Date, printed: DocumentInfo): DocumentInfo {
  const stamp = pdfDate(date);
  return {
    Title: fullTitle(edition),
    Author: edition.publisher,
    Subject: edition.subtitle || edition.title,
    Keywords: [...printSettings(edition).keywords, ...edition.trends.map((trend) => trend.shortTitle)].join(', '),
    ...pick(printed, ['Creator', 'Producer']),
    CreationDate: stamp,
    ModDate: stamp,
  };
}

/** PDF's date format, in UTC: D:YYYYMMDDHHmmSSZ. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

function pick(info: DocumentInfo, keys: readonly string[]): DocumentInfo {
  return Object.fromEntries(keys.flatMap((key) => (info[key] === undefined ? [] : [[key, info[key]]])));
}
