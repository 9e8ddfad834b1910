// The Vega-Lite schema validator, run in a worker thread (see schema.ts): compiling the 1.9 MB schema takes most of
// a second, which the main thread spends drawing. Plain JavaScript because a worker thread does not inherit the
// TypeScript loader the build runs under.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

// Not inlining the schema's thousand definitions and not optimising the generated code cut compiling from about
// 1.8 s to 0.65 s, and validating a spec got no slower. The schema ships with Vega-Lite, so checking it against the
// JSON Schema meta-schema (validateSchema) would only cost time. strict: false because the schema uses keywords Ajv
// does not know.
const ajv = new Ajv({ strict: false, inlineRefs: false, validateSchema: false, code: { optimize: false } });
addFormats(ajv);
ajv.addFormat('color-hex', /^#(?:[0-9a-f]{3}){1,2}$/i);
const validate = ajv.compile(createRequire(import.meta.url)('vega-lite/vega-lite-schema.json'));

/** Each request is `{ id, spec }`; the answer `{ id, errors }`, with no errors for a valid spec. */
parentPort.on('message', ({ id, spec }) => {
  parentPort.postMessage({ id, errors: validate(spec) ? [] : validate.errors });
});
