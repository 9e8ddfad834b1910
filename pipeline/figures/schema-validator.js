// The Vega-Lite schema validator, made once and kept. Compiling the 1.9 MB schema with Ajv takes most of a second of
// CPU; the code Ajv generates for it, written once as a module ("standalone" code) and loaded with V8's code cache,
// is ready in a few tens of milliseconds. Plain JavaScript because it runs in the schema worker (schema-worker.js).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rm, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

// Also what the generated code requires Ajv's and ajv-formats' runtime helpers with, wherever the cache is.
const require = createRequire(import.meta.url);

/** Next to the project's packages, so that installing other versions of them leaves the old module behind unused. */
export const defaultCacheDir = fileURLToPath(new URL('../../node_modules/.cache/global-trends-report/', import.meta.url));

/**
 * The validator, with where it came from: `generated`, loaded from the module in `cacheDir`; `compiled`, compiled now
 * because that module was missing or unusable (or `cacheDir` is null). `keep()` writes to the cache what it lacks and
 * this process has made: the module, or V8's code cache of it. Call it after the first check: it must not delay that
 * answer, and the check has V8 compile the functions a spec needs, which the code cache then holds.
 * The cache is only ever a shortcut: a cache that cannot be read, loaded or written means compiling, never a failure.
 */
export function schemaValidator(cacheDir = defaultCacheDir) {
  const file = cacheDir === null ? undefined : moduleFile(cacheDir);
  const loaded = file === undefined ? undefined : loadModule(file);
  if (loaded !== undefined) return { ...loaded, origin: 'generated' };
  const ajv = compiler(file !== undefined);
  const validate = ajv.compile(require('vega-lite/vega-lite-schema.json'));
  const keep = () => {
    if (file === undefined) return;
    writeAtomically(file, () => asciiOnly(require('ajv/dist/standalone').default(ajv, validate)));
  };
  return { validate, keep, origin: 'compiled' };
}

function compiler(source) {
  const { Ajv } = require('ajv');
  const addFormats = require('ajv-formats');
  // Not inlining the schema's thousand definitions and not optimising the generated code cut compiling from about
  // 1.8 s to 0.65 s, and validating a spec got no slower. The schema ships with Vega-Lite, so checking it against the
  // JSON Schema meta-schema (validateSchema) would only cost time. strict: false because the schema uses keywords Ajv
  // does not know. `source` keeps the generated code, to write it out; ajv-formats makes the formats it adds refer to
  // its own module in that code, and 'color-hex', a regular expression, is written out whole.
  const ajv = new Ajv({ strict: false, inlineRefs: false, validateSchema: false, code: { optimize: false, source } });
  addFormats(ajv);
  ajv.addFormat('color-hex', /^#(?:[0-9a-f]{3}){1,2}$/i);
  return ajv;
}

/**
 * Named by a hash of what decides the generated code: the versions of Ajv, ajv-formats and Vega-Lite (its schema),
 * and this file, which sets the options and formats. Undefined if that cannot be read: the validator is then compiled.
 */
function moduleFile(cacheDir) {
  try {
    const versions = ['ajv', 'ajv-formats', 'vega-lite/vega-lite-schema.json'].map(packageVersion);
    const hash = createHash('sha256').update(JSON.stringify(versions)).update(readFileSync(new URL(import.meta.url))).digest('hex');
    return join(cacheDir, `vega-lite-schema-${hash.slice(0, 16)}.cjs`);
  } catch {
    return undefined;
  }
}

/** The version in the package.json nearest above the file `specifier` resolves to (Vega-Lite exports no package.json). */
function packageVersion(specifier) {
  for (let folder = dirname(require.resolve(specifier)); folder !== dirname(folder); folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) return `${specifier}@${JSON.parse(readFileSync(manifest, 'utf8')).version}`;
  }
  throw new Error(`no package.json above ${specifier}`);
}

/** The generated module, run with V8's code cache of it when there is one: parsing its 7 MB is most of the cost. */
function loadModule(file) {
  // Code caches are specific to the V8 version; V8 rejects one made with other flags, and a new one is then kept.
  const codeCacheFile = `${file}.v8-${process.versions.v8}.bin`;
  try {
    const cachedData = existsSync(codeCacheFile) ? readFileSync(codeCacheFile) : undefined;
    const script = new Script(`(function (require, module) {${readFileSync(file, 'latin1')}\n})`, { filename: file, cachedData });
    const module = { exports: undefined };
    script.runInThisContext()(require, module);
    if (typeof module.exports !== 'function') return undefined;
    const stale = cachedData === undefined || script.cachedDataRejected === true;
    const keep = () => {
      if (stale) writeAtomically(codeCacheFile, () => script.createCachedData());
    };
    return { validate: module.exports, keep };
  } catch {
    return undefined;
  }
}

/**
 * Non-ASCII characters occur only in the schema's strings (descriptions), where an escape means the same; an ASCII
 * file reads, as latin1, straight into a one-byte string, which V8 also parses faster.
 */
function asciiOnly(code) {
  return code.replace(/[^\x00-\x7f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * What `content()` makes, written to a temporary file and renamed, so that a process never loads a file another one
 * is still writing. Making it is part of the attempt: nothing about the cache may stop the checks.
 */
function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}-${threadId}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temporary, content());
    renameSync(temporary, file);
  } catch {
    // Tidying up only: in a folder that cannot be written to, there is no temporary file to remove either.
    rm(temporary, { force: true }, () => {});
  }
}
