/**
 * A small edition for the HTML edition's tests: four chapters through the real chapters stage (a front page, two
 * chapters with figures, boxes, references and a footnote, an annex with the case table), the real templates, and
 * cases of which one is hostile: its every text field tries to break out of the markup it lands in.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readEditionTemplates } from '../../../pipeline/build.ts';
import { renderChapters, type ChapterSource } from '../../../pipeline/chapters/index.ts';
import type { Edition } from '../../../pipeline/edition.ts';
import type { EditionFile, EditionInput } from '../../../pipeline/editions/layout.ts';
import { nodeEffects } from '../../../pipeline/effects.ts';
import type { Figure } from '../../../pipeline/figures/index.ts';
import type { Case } from '../../../pipeline/ingest/schema.ts';
import { computeStats } from '../../../pipeline/stats/index.ts';
import { edition as baseEdition, makeCase, reference } from '../../fixtures.ts';

export const edition: Edition = { ...baseEdition, dataNotice: 'These cases are made up for the tests.' };

/** Every way case text could try to become markup or script, one per field the pages show. */
export const HOSTILE = {
  title: '<script>alert("title")</script>Hostile </script><!-- title',
  summary: '</script><script>alert("summary")</script><img src=x onerror=alert("summary")>',
  organisation: '"><svg onload=alert("organisation")>',
  technology: '<b onmouseover=alert("technology")>tech</b>',
  url: 'javascript:alert("url")',
} as const;

export const cases: Case[] = [
  makeCase({
    id: 'T-01',
    title: 'Ferry timetable by its passengers',
    summary: 'Islanders co-design the ferry timetable with the port authority.',
    country: 'FRA',
    levelOfGovernment: 'local',
    technologies: ['mobile apps'],
    url: 'https://example.org/ferry',
    trends: ['alpha'],
  }),
  makeCase({ id: 'T-02', title: 'Benefit claims answered by a robot', country: 'KOR', technologies: ['artificial intelligence'], trends: ['beta'] }),
  makeCase({ id: 'T-03', title: 'Regional clinics on wheels', country: 'PRT', levelOfGovernment: 'regional', trends: ['alpha', 'gamma'] }),
  makeCase({
    id: 'T-04',
    title: HOSTILE.title,
    summary: HOSTILE.summary,
    organisation: HOSTILE.organisation,
    technologies: [HOSTILE.technology],
    url: HOSTILE.url,
    trends: ['beta'],
  }),
];

const figure = (id: string, chapter: string, rows: Figure['rows']): Figure => ({
  id,
  chapter,
  title: `Cases by ${id}`,
  subtitle: 'Number of cases',
  note: 'A case can show several trends.',
  source: 'Source: test cases.',
  alt: `Bar chart of the cases by ${id}.`,
  svg: `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="80" height="16" fill="#0b5394"/></svg>`,
  columns: Object.keys(rows[0] ?? {}),
  rows,
  csv: `${Object.keys(rows[0] ?? {}).join(',')}\n${rows.map((row) => Object.values(row).join(',')).join('\n')}\n`,
});

export const figures = [
  figure('trend', '01-alpha', [
    { trend: 'Alpha', count: 2, share: 0.5 },
    { trend: 'Beta <b>', count: 2, share: 0.5 },
  ]),
  figure('region', '02-beta', [{ region: 'Europe', count: 3, share: 0.75 }]),
];

export const chapterSources: readonly ChapterSource[] = [
  { path: 'chapters/00-foreword.md', text: '---\ntitle: Foreword\nkind: front\nsummary: Why this report exists.\n---\nA word before the chapters.\n' },
  {
    path: 'chapters/01-alpha.md',
    text: [
      '---\ntitle: Alpha services for everyone\nshortTitle: Alpha\nsummary: Services designed with their users.\n---',
      'Alpha services open the report with a zeppelin, a word no other chapter uses.',
      '## Co-design with users',
      '{{figure "trend"}}',
      'As {{ref "region"}} in {{ref "02-beta"}} shows, regions differ.[^1]',
      '{{caseBox "T-01"}}',
      '### Hostile data',
      '{{caseBox "T-04"}}',
      '[^1]: A footnote to the regions.',
    ].join('\n\n'),
  },
  {
    path: 'chapters/02-beta.md',
    text: ['---\ntitle: Beta services\n---', '## Regions', '{{figure "region"}}', 'Back to {{ref "trend"}} and to {{ref "T-01"}}.'].join('\n\n'),
  },
  { path: 'chapters/90-annex.md', text: '---\ntitle: The cases\nkind: annex\n---\n\n## Every case\n\n{{caseTable}}\n' },
];

const silent = nodeEffects({ info: () => {}, diagnostic: () => {} }, { start: () => ({ done: () => {} }) });
const readText = async (path: string) => new TextDecoder().decode(await silent.readFile(path));

/** The edition of `sources`: the fixture's chapters, or some of them edited. */
export async function fixtureInput(sources = chapterSources): Promise<EditionInput> {
  const stats = computeStats({ cases, reference, edition });
  const { chapters, diagnostics } = await renderChapters({ sources, stats, figures, edition, cases, reference });
  if (diagnostics.length > 0) throw new Error(`the fixture's chapters have problems: ${JSON.stringify(diagnostics)}`);
  return { edition, chapters, figures, stats, cases, reference, templates: await readEditionTemplates('templates', silent, readText) };
}

/** Writes the edition's files into a new temporary folder and returns its path. */
export function writeEdition(files: readonly EditionFile[]): string {
  const folder = mkdtempSync(join(tmpdir(), 'report-html-test-'));
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.content);
  }
  return folder;
}

export const isPage = (file: EditionFile): boolean => file.path.endsWith('.html');
export const text = (file: EditionFile): string => (typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content));
