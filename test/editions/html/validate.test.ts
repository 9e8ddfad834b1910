/** Every page of the HTML edition is valid HTML, by the Nu HTML Checker (vnu-jar, on Java), run once over all pages. */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildHtmlEdition } from '../../../pipeline/editions/html/index.ts';
import { fixtureInput, isPage, writeEdition } from './fixture.ts';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** The checker's messages for the given files; it exits 1 when it found errors, which is an answer, not a failure. */
async function checkHtml(paths: readonly string[]): Promise<VnuMessage[]> {
  const run = promisify(execFile);
  const result = await run('java', ['-jar', VNU_JAR, '--format', 'json', ...paths], { maxBuffer: 16 * 1024 * 1024 }).catch((error: { stderr?: string; code?: number }) => {
    if (error.code === 1 && error.stderr) return { stderr: error.stderr };
    throw error;
  });
  return (JSON.parse(result.stderr) as { messages: VnuMessage[] }).messages;
}

describe('the HTML edition', () => {
  it('validates with the Nu HTML Checker, every page without an error', async () => {
    const files = buildHtmlEdition(await fixtureInput());
    const folder = writeEdition(files);
    folders.push(folder);
    const messages = await checkHtml(files.filter(isPage).map((file) => join(folder, file.path)));
    const errors = messages.filter((m) => m.type !== 'info').map((m) => `${m.url.split('/').pop()}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
