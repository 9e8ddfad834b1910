import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchemaWorker } from '../../pipeline/figures/schema.ts';
import { schemaValidator, type SchemaValidator } from '../../pipeline/figures/schema-validator.js';
import { templateSpecs } from './fixtures.ts';

const valid = templateSpecs().map((spec) => JSON.parse(spec.text) as Record<string, unknown>);
const [base] = valid as [Record<string, unknown>];
const invalid: unknown[] = [
  [1, 2],
  { ...base, titel: 'Cases' },
  { ...base, mark: 'bars' },
  { ...base, $schema: 'not a uri' },
  { ...base, encoding: { x: { field: 'count', type: 'quantitive' } } },
  { ...base, config: { background: 12 } },
];

function verdicts(validator: SchemaValidator, specs: readonly unknown[]) {
  return specs.map((spec) => (validator.validate(spec) ? [] : validator.validate.errors));
}

const folders: string[] = [];
function cacheFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'schema-cache-test-'));
  folders.push(folder);
  return folder;
}

/** The folder's file of that kind: the generated module (.cjs) or V8's code cache of it (.bin). */
function cached(folder: string, extension: '.cjs' | '.bin'): string {
  const names = readdirSync(folder).filter((name) => name.endsWith(extension));
  expect(names).toHaveLength(1);
  return join(folder, names[0]!);
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

// Each compile takes a second or more, several on a busy machine.
describe('the generated schema validator', { timeout: 60_000 }, () => {
  const folder = cacheFolder();
  let compiled: SchemaValidator;
  let expected: { valid: unknown[]; invalid: unknown[] };
  beforeAll(() => {
    compiled = schemaValidator(folder);
    expected = { valid: verdicts(compiled, valid), invalid: verdicts(compiled, invalid) };
    compiled.keep();
  }, 60_000);

  it('is compiled when there is none, and written', () => {
    expect(compiled.origin).toBe('compiled');
    expect(expected.valid).toEqual(valid.map(() => []));
    expect(expected.invalid).toEqual(invalid.map(() => expect.arrayContaining([expect.objectContaining({ keyword: expect.any(String) })])));
    expect(readFileSync(cached(folder, '.cjs'), 'latin1')).toMatch(/^"use strict";/);
  });

  it('gives the compiled validator’s verdicts and errors, loaded and with its code cache', () => {
    const loaded = schemaValidator(folder);
    expect(loaded.origin).toBe('generated');
    expect({ valid: verdicts(loaded, valid), invalid: verdicts(loaded, invalid) }).toEqual(expected);
    loaded.keep();
    cached(folder, '.bin');
    const withCodeCache = schemaValidator(folder);
    expect(withCodeCache.origin).toBe('generated');
    expect(verdicts(withCodeCache, invalid)).toEqual(expected.invalid);
  });

  it('gives them through the worker', async () => {
    const worker = new SchemaWorker(folder);
    expect(await Promise.all(invalid.map((spec) => worker.check(spec)))).toEqual(expected.invalid);
  });

  it('ignores a corrupt code cache', () => {
    writeFileSync(cached(folder, '.bin'), 'not a code cache');
    const loaded = schemaValidator(folder);
    expect(loaded.origin).toBe('generated');
    expect(verdicts(loaded, invalid)).toEqual(expected.invalid);
  });

  it('is compiled again when the module is corrupt, and rewritten', () => {
    const file = cached(folder, '.cjs');
    const text = readFileSync(file, 'latin1');
    writeFileSync(file, text.slice(0, text.length / 2));
    const recompiled = schemaValidator(folder);
    expect(recompiled.origin).toBe('compiled');
    expect(verdicts(recompiled, invalid)).toEqual(expected.invalid);
    recompiled.keep();
    expect(readFileSync(file, 'latin1')).toBe(text);
    expect(schemaValidator(folder).origin).toBe('generated');
  });

  it('is compiled when the cache cannot be written', () => {
    const file = join(cacheFolder(), 'file');
    writeFileSync(file, '');
    const uncached = schemaValidator(join(file, 'cache'));
    expect(uncached.origin).toBe('compiled');
    expect(verdicts(uncached, invalid)).toEqual(expected.invalid);
    expect(() => uncached.keep()).not.toThrow();
  });
});
