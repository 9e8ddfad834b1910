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
});

export type Edition = z.output<typeof editionSchema>;
export type Trend = Edition['trends'][number];

/** Reads one templates/editions/<year>/edition.yaml. */
export const parseEdition = (path: string, text: string) => parseConfig({ path, text, rule: 'edition' }, editionSchema);
