import { describe, expect, it } from 'vitest';
import { creationDate, documentInfo, InvalidSourceDateError, pdfDate } from '../../../pipeline/editions/pdf/document-info.ts';
import { messages } from '../../../pipeline/messages.ts';
import { edition } from '../../fixtures.ts';

describe('creationDate', () => {
  it('is the first day of the edition year when SOURCE_DATE_EPOCH is not set', () => {
    expect(creationDate(edition, undefined)).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(creationDate(edition, '')).toEqual(new Date('2024-01-01T00:00:00Z'));
  });

  it('is SOURCE_DATE_EPOCH when it is set', () => {
    expect(creationDate(edition, '1718000000')).toEqual(new Date(1_718_000_000_000));
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a whole number of seconds', () => {
    expect(() => creationDate(edition, 'yesterday')).toThrow(InvalidSourceDateError);
    expect(() => creationDate(edition, '1.5')).toThrow(messages.invalidSourceDateEpoch('1.5'));
  });
});

describe('documentInfo', () => {
  it('describes the edition, keeps the browser as creator and producer, and dates it', () => {
    const printed = { Title: 'Chromium title', Creator: 'HeadlessChrome', Producer: 'Skia/PDF', CreationDate: 'D:20991231000000Z' };
    expect(documentInfo({ ...edition, print: { trim: 'a4', rectoChapterStarts: false, keywords: ['innovation'], citation: { author: 'OECD', imprint: 'Paris' } } }, new Date('2024-06-30T12:34:56Z'), printed)).toEqual({
      Title: 'Test Trends 2024: A small edition',
      Author: 'Test Observatory',
      Subject: 'A small edition',
      Keywords: 'innovation, Alpha, Beta, Gamma',
      Creator: 'HeadlessChrome',
      Producer: 'Skia/PDF',
      CreationDate: 'D:20240630123456Z',
      ModDate: 'D:20240630123456Z',
    });
  });

  it('takes the title as subject when there is no subtitle, and leaves out what the browser did not say', () => {
    const info = documentInfo({ ...edition, subtitle: '' }, new Date(0), {});
    expect(info).toMatchObject({ Title: 'Test Trends 2024', Subject: 'Test Trends 2024' });
    expect(Object.keys(info)).not.toContain('Creator');
  });
});

describe('pdfDate', () => {
  it('writes a date in PDF form, in UTC', () => {
    expect(pdfDate(new Date('2024-01-01T00:00:00Z'))).toBe('D:20240101000000Z');
  });
});
