/**
 * The report's own chapters against the bundled data: every helper resolves, and each chapter has what the report
 * promises (its ids, numbering, case boxes of its trend, and real prose). Figures are stood in for by their specs'
 * metadata, so this checks the chapters without drawing charts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChapters, type Chapter } from '../../pipeline/chapters/index.ts';
import { formatDiagnostic, type Diagnostic } from '../../pipeline/diagnostics.ts';
import { parseEdition, type Edition } from '../../pipeline/edition.ts';
import type { Figure } from '../../pipeline/figures/index.ts';
import { ingest } from '../../pipeline/ingest/index.ts';
import type { Case } from '../../pipeline/ingest/schema.ts';
import { computeStats } from '../../pipeline/stats/index.ts';
import { figure } from './fixtures.ts';

const read = (path: string) => ({ path, bytes: readFileSync(path) });
const folder = (dir: string, pattern: RegExp) => readdirSync(dir).filter((name) => pattern.test(name)).map((name) => join(dir, name));

const TREND_CHAPTERS = ['02-future-oriented', '03-digital-foundations', '04-personalised-proactive', '05-data-powered', '06-participation'];

/** The words of a chapter's own prose: without figures, boxes, tables and notes. */
function proseWords(html: string): number {
  const prose = html.replace(/<(figure|aside|table|section)\b[\s\S]*?<\/\1>/g, '').replace(/<[^>]+>/g, ' ');
  return prose.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

describe('the report\u2019s chapters', { timeout: 60_000 }, () => {
  let chapters: Chapter[];
  let diagnostics: Diagnostic[];
  let cases: Map<string, Case>;

  beforeAll(async () => {
    const editions = new Map<number, Edition>();
    for (const path of folder('templates/editions', /^\d+$/).map((dir) => join(dir, 'edition.yaml'))) {
      const { value } = parseEdition(path, readFileSync(path, 'utf8'));
      if (value) editions.set(value.year, value);
    }
    const edition = editions.get(Math.max(...editions.keys()))!;
    const ingested = await ingest({ files: folder('data/cases', /\.(csv|json|xlsx)$/).map(read), countries: read('data/countries.csv'), regions: read('data/regions.csv'), editions });
    const editionCases = ingested.cases.filter((c) => c.edition === edition.year);
    cases = new Map(editionCases.map((c) => [c.id, c]));
    const figures: Figure[] = folder('templates/editions/2024/figures', /\.vl\.json$/).map((path) => {
      const spec = JSON.parse(readFileSync(path, 'utf8')) as { usermeta: { report: { chapter: string } } };
      return figure(path.split('/').pop()!.replace('.vl.json', ''), spec.usermeta.report.chapter);
    });
    const sources = folder('templates/editions/2024/chapters', /\.md$/).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    const stats = computeStats({ cases: ingested.cases, reference: ingested.reference, edition });
    ({ chapters, diagnostics } = await renderChapters({ sources, stats, figures, edition, cases: editionCases, reference: ingested.reference }));
  });

  it('render without an error', () => {
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });

  it('are the front matter, seven chapters and two lettered annexes', () => {
    expect(chapters.map((c) => [c.id, c.label ?? c.kind])).toEqual([
      ['00a-foreword', 'front'],
      ['00b-executive-summary', 'front'],
      ['01-introduction', 'Chapter 1'],
      ...TREND_CHAPTERS.map((id, i) => [id, `Chapter ${i + 2}`]),
      ['07-conclusion', 'Chapter 7'],
      ['90-annex-methodology', 'Annex A'],
      ['91-annex-cases', 'Annex B'],
    ]);
  });

  it.each(TREND_CHAPTERS)('%s boxes at least three featured cases of its trend and runs well over a thousand words', (id) => {
    const chapter = chapters.find((c) => c.id === id)!;
    const trend = id.replace(/^\d+-/, '');
    const ownBoxes = chapter.boxes.filter((box) => cases.get(box.caseId)?.featured && cases.get(box.caseId)?.trends.includes(trend));
    expect(ownBoxes.length).toBeGreaterThanOrEqual(3);
    expect(chapter.figures.length).toBeGreaterThanOrEqual(1);
    expect(proseWords(chapter.html)).toBeGreaterThan(1200);
  });

  it('lists every case of the edition in the annex', () => {
    const annex = chapters.find((c) => c.id === '91-annex-cases')!;
    expect(annex.html.match(/<tr><td>/g)?.length).toBe(cases.size);
  });
});
