/**
 * End to end: the `report` command as a user runs it, on small fixtures, with the real browser. The printed PDF is
 * read back to find what the chapter says.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers/pdf.ts';

const run = promisify(execFile);
const work = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

async function report(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run('node', ['bin/report.js', ...args], { env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const BAD_ROW_DIAGNOSTIC = 'test/cli/fixtures/one-bad-row.csv:6:country: unknown country "Atlantis" [ingest/unknown-country]';

/** The bundled data plus a file of extra cases: the real report's templates need the bundled data's cases. */
const withExtra = (file: string) => ['--data', 'data/cases', '--data', `test/cli/fixtures/${file}`];

const readStats = (out: string) => JSON.parse(readFileSync(join(out, 'data/stats.json'), 'utf8')) as { headline: { cases: number } };
const casesSentence = (cases: number) => `The analysis rests on ${cases.toLocaleString('en-GB')} case studies`;

describe('report build', () => {
  it('builds the HTML and the PDF, which show the chapter, a statistic and a chart', { timeout: 180_000 }, async () => {
    const out = join(work, 'good');
    const result = await report('build', ...withExtra('cases.csv'), '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('807 cases (2,709 records read, 0 rejected)');

    // The sentence quotes the number of cases that the stats stage computed from the data.
    const sentence = casesSentence(readStats(out).headline.cases);
    const html = readFileSync(join(out, 'html/01-introduction.html'), 'utf8');
    expect(html).toContain('Public services as the meeting point between people and government');
    expect(html).toContain(sentence);
    expect(html).toMatch(/<svg[^>]*>.*aria-roledescription="bar"/s);

    const pdf = await readPdf(new Uint8Array(readFileSync(join(out, 'pdf/global-trends-2024.pdf'))));
    const text = pdf.pages.join('\n').replace(/\s+/g, ' ');
    expect(text).toContain('Public services as the meeting point between people and government');
    expect(text).toContain(sentence);
    expect(text).toMatch(/Figure 1\.1\. Cases by trend/);
    expect(pdf.info.title).toBe('Global Trends in Government Innovation 2024: Fostering human-centred public services');
  });

  it('builds from the good rows of a file with one bad row, and keeps the bad row in rejected.csv', { timeout: 180_000 }, async () => {
    const out = join(work, 'one-bad-row');
    const result = await report('build', ...withExtra('one-bad-row.csv'), '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(BAD_ROW_DIAGNOSTIC);
    expect(result.stderr).toContain(`1 row was rejected: see ${join(out, 'rejected.csv')}`);
    expect(readStats(out).headline.cases).toBe(806);

    const rejected = readFileSync(join(out, 'rejected.csv'), 'utf8').trim().split('\n');
    expect(rejected).toHaveLength(2);
    expect(rejected[1]).toMatch(/^test\/cli\/fixtures\/one-bad-row\.csv,6,"country: unknown country ""Atlantis""",T-05,2024,call,Transport sensors,Atlantis,/);

    // Built again with nothing changed: no stage runs, and the user hears the same about the bad row.
    const again = await report('build', ...withExtra('one-bad-row.csv'), '--out', out);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(BAD_ROW_DIAGNOSTIC);
    expect(again.stderr).toContain(`1 row was rejected: see ${join(out, 'rejected.csv')}`);
    expect(again.stderr).toMatch(/806 cases \(2,709 records read, 1 rejected\); up to date .*one-bad-row\/ \(\d+ files/);
  });

  it('with --strict, stops on the bad row, exits 1 and writes nothing', { timeout: 60_000 }, async () => {
    const out = join(work, 'strict');
    const result = await report('build', '--strict', ...withExtra('one-bad-row.csv'), '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(BAD_ROW_DIAGNOSTIC);
    expect(existsSync(out)).toBe(false);
  });

  it('leaves the previous output untouched when the input is invalid', { timeout: 60_000 }, async () => {
    const out = join(work, 'good');
    const before = readFileSync(join(out, 'html/01-introduction.html'), 'utf8');
    const result = await report('build', '--data', 'test/cli/fixtures/missing.csv', '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('test/cli/fixtures/missing.csv: cannot read the file: no such file or folder [build/unreadable]');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(out, 'html/01-introduction.html'), 'utf8')).toBe(before);
  });
});

describe('report check', () => {
  it('prints the same diagnostic as the build, writes nothing and exits 1', { timeout: 60_000 }, async () => {
    const out = join(work, 'check');
    const result = await report('check', ...withExtra('one-bad-row.csv'), '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(BAD_ROW_DIAGNOSTIC);
    expect(existsSync(out)).toBe(false);
  });

  it('passes on valid data', { timeout: 60_000 }, async () => {
    const result = await report('check', ...withExtra('cases.csv'));
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('data and templates are valid');
  });

  it('of an edition configured without chapters, says where they go and exits 1', { timeout: 60_000 }, async () => {
    const result = await report('check', '--year', '2023');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('templates/editions/2023/chapters: no chapter files (*.md) in "templates/editions/2023/chapters"');
  });
});

describe('usage', () => {
  it('exits 2 on an unknown option or command', async () => {
    expect((await report('build', '--colour')).code).toBe(2);
    expect((await report('publish')).code).toBe(2);
  });

  it('prints help and exits 0', async () => {
    const result = await report('build', '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('--strict');
  });
});
