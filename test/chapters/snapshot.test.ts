import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render } from './fixtures.ts';

const SNAPSHOTS = new URL('./snapshots/', import.meta.url);

/**
 * Compares `actual` with the reviewed snapshot `name`. A mismatch writes `<name>-changed.html` beside it for review
 * (copy it over the snapshot once it is right); a missing snapshot is created locally but fails in CI.
 */
function expectSnapshot(name: string, actual: string) {
  const expectedFile = new URL(`${name}.html`, SNAPSHOTS);
  const changedFile = new URL(`${name}-changed.html`, SNAPSHOTS);
  if (!existsSync(expectedFile)) {
    if (process.env['CI']) throw new Error(`snapshot ${name}.html is missing: run the tests locally to create it, review it and commit it`);
    writeFileSync(expectedFile, actual);
    return;
  }
  const expected = readFileSync(expectedFile, 'utf8');
  if (actual === expected) {
    rmSync(changedFile, { force: true });
    return;
  }
  writeFileSync(changedFile, actual);
  expect(actual, `differs from the snapshot: review test/chapters/snapshots/${name}-changed.html`).toBe(expected);
}

describe('a sample chapter', () => {
  it('matches its reviewed snapshot', async () => {
    const source = { path: 'chapters/01-sample.md', text: readFileSync(new URL('sample-chapter.md', SNAPSHOTS), 'utf8') };
    const { chapters, diagnostics } = await render([source]);
    expect(diagnostics).toEqual([]);
    expectSnapshot('sample-chapter', `${chapters[0]?.html ?? ''}\n`);
  });
});
