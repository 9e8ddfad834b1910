// The Vega-Lite schema validator, run in a worker thread (see schema.ts): when it must be compiled, that takes most of
// a second, which the main thread spends on other work. Plain JavaScript, so that the worker runs without the
// TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { schemaValidator } from './schema-validator.js';

const { validate, keep } = schemaValidator(workerData.cacheDir);
let kept = false;

/** Each request is `{ id, spec }`; the answer `{ id, errors }`, with no errors for a valid spec. */
parentPort.on('message', ({ id, spec }) => {
  parentPort.postMessage({ id, errors: validate(spec) ? [] : validate.errors });
  // After the first answer, so that filling the cache never delays one.
  if (!kept) keep();
  kept = true;
});
