/**
 * An edition's configuration: its title, its trends and how it is published. One YAML file per edition under
 * templates/editions/<year>/edition.yaml is the only place an edition's vocabulary is written down.
 */
import { z } from 'zod';
import { parseConfig } from './config-file.ts';

const trendSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'trend ids are lower-case words joined by hyphens'),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
});

/** The citation the colophon prints, in the OECD manner: "OECD (2024), <title>, OECD Publishing, Paris, <DOI>." */
const citationSchema = z.object({
  author: z.string().min(1).default('OECD'),
  imprint: z.string().min(1).default('OECD Publishing, Paris'),
  /** The DOI alone (10.1787/…); printed as https://doi.org/… once the publication has one. */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1787/c1bc19c3-en').optional(),
});

/** How the PDF edition is printed (README: "Trim size and recto starts"). */
const printSchema = z.object({
  /** a4 (210 × 297 mm), or book-16x23 (160 × 230 mm, the size of OECD books). */
  trim: z.enum(['a4', 'book-16x23']).default('a4'),
  /** Every chapter opens on a right-hand page, after a blank left page where needed: for printing both sides. */
  rectoChapterStarts: z.boolean().default(false),
  /** The PDF's keywords, before the trends' short titles. */
  keywords: z.array(z.string().min(1)).default([]),
  citation: citationSchema.prefault({}),
});

export const editionSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  title: z.string().min(1),
  subtitle: z.string().default(''),
  publisher: z.string().min(1),
  /** File name of the PDF, without extension. */
  reportName: z.string().regex(/^[a-z0-9-]+$/, 'reportName is used as a file name: lower-case words joined by hyphens'),
  locale: z.string().default('en-GB'),
  /** Printed wherever the report shows case data that is not the real data set (e.g. generated samples). */
  dataNotice: z.string().optional(),
  trends: z.array(trendSchema).min(1),
  /** Optional so an edition without a print section prints with the defaults (see `printSettings`). */
  print: printSchema.optional(),
});

export type Edition = z.output<typeof editionSchema>;
export type Trend = Edition['trends'][number];
export type PrintSettings = z.output<typeof printSchema>;
export type TrimSize = PrintSettings['trim'];

/** The edition's print settings, with the defaults for whatever it leaves out. */
export const printSettings = (edition: Edition): PrintSettings => edition.print ?? printSchema.parse({});

/** Reads one templates/editions/<year>/edition.yaml. */
export const parseEdition = (path: string, text: string) => parseConfig({ path, text, rule: 'edition' }, editionSchema);

/** "Title: Subtitle", as the cover, the citation and the PDF's metadata give it. */
export const fullTitle = (edition: Edition): string => (edition.subtitle ? `${edition.title}: ${edition.subtitle}` : edition.title);

/** How to cite the edition: "<author> (<year>), <title>, <imprint>[, <url>]." */
export interface Citation {
  author: string;
  year: number;
  title: string;
  imprint: string;
  /** The DOI's address, once the publication has one. */
  url?: string;
}

/** The parts of the citation, the one source for the colophon and the chapters' `{{citation}}`, so they cannot differ. */
export function citationParts(edition: Edition): Citation {
  const { author, imprint, doi } = printSettings(edition).citation;
  return { author, year: edition.year, title: fullTitle(edition), imprint, ...(doi === undefined ? {} : { url: `https://doi.org/${doi}` }) };
}
