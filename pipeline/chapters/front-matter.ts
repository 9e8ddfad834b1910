/**
 * A chapter file opens with YAML front matter between `---` lines, normalised into a strict `ChapterMeta`.
 */
import { z } from 'zod';
import { parseConfig } from '../config-file.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';

const metaSchema = z.object({
  title: z.string().min(1),
  shortTitle: z.string().min(1).optional(),
  kind: z.enum(['front', 'chapter', 'annex']).default('chapter'),
  numbered: z.boolean().optional(),
  summary: z.string().optional(),
});

export interface ChapterMeta {
  title: string;
  /** For running heads and navigation; the title when not given. */
  shortTitle: string;
  kind: 'front' | 'chapter' | 'annex';
  /** Chapters (1, 2…) and annexes (A, B…) are numbered unless they say otherwise; front matter is not. */
  numbered: boolean;
  summary?: string;
}

export interface SplitChapter {
  meta: ChapterMeta;
  body: string;
  /** Lines before the body, so positions in the body can be reported as positions in the file. */
  bodyLineOffset: number;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

export function splitFrontMatter(path: string, text: string): { chapter?: SplitChapter; diagnostics: Diagnostic[] } {
  const match = FRONT_MATTER.exec(text);
  if (!match) {
    return { diagnostics: [{ file: path, line: 1, column: 1, rule: 'chapters/front-matter', severity: 'error', message: messages.missingFrontMatter() }] };
  }
  const { value, diagnostics } = parseConfig({ path, text: match[1] ?? '', lineOffset: 1, rule: 'chapters/front-matter' }, metaSchema);
  if (!value) return { diagnostics };
  const { title, shortTitle, kind, numbered, summary } = value;
  const meta: ChapterMeta = { title, shortTitle: shortTitle ?? title, kind, numbered: numbered ?? kind !== 'front' };
  if (summary !== undefined) meta.summary = summary;
  const bodyLineOffset = match[0].split('\n').length - 1;
  return { chapter: { meta, body: text.slice(match[0].length), bodyLineOffset }, diagnostics: [] };
}
