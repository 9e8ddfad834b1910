/**
 * Validation of a spec against the JSON schema that ships with Vega-Lite, reported as one diagnostic at the most
 * specific place the schema objects to.
 */
import { Worker } from 'node:worker_threads';
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import { diagnosticAt, formatJsonPath, type JsonPath, type SpecDocument } from './document.ts';

/**
 * The validator lives in a worker thread (schema-worker.js), started on first use and kept for the life of the
 * process: it loads the module generated from the schema (schema-validator.js), or compiles the schema once, in
 * parallel with whatever the main thread does meanwhile, which in `renderFigures` is drawing the figures. The worker
 * does not keep the process alive while no check is waiting.
 */
export class SchemaWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, { resolve: (errors: ErrorObject[]) => void; reject: (error: Error) => void }>();
  private nextId = 0;
  /** Why the worker stopped, if it did: every check from then on fails with it. */
  private failure: Error | undefined;

  /** `cacheDir`: where the generated module is kept (node_modules/.cache/global-trends-report/); null: nowhere. */
  constructor(cacheDir?: string | null) {
    // No execArgv: the worker is plain JavaScript, and loading tsx (which `npm run report` passes) in it costs more
    // CPU than loading the generated validator.
    this.worker = new Worker(new URL('./schema-worker.js', import.meta.url), { workerData: { cacheDir }, execArgv: [] });
    this.worker.on('message', ({ id, errors }: { id: number; errors: ErrorObject[] }) => {
      this.waiting.get(id)?.resolve(errors);
      this.waiting.delete(id);
      if (this.waiting.size === 0) this.worker.unref();
    });
    // The worker failing (the schema missing from node_modules…) is a broken installation, not a user's mistake.
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the Vega-Lite schema validator stopped (exit code ${code})`)));
    this.worker.unref();
  }

  check(spec: unknown): Promise<ErrorObject[]> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const id = this.nextId++;
    this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, spec });
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.waiting.values()) reject(this.failure);
    this.waiting.clear();
  }
}

let schemaWorker: SchemaWorker | undefined;

/**
 * Starts the schema validator now, in its worker thread, so that it is ready by the time the first spec needs it:
 * the build calls this before reading the data, and loading (or compiling) it overlaps ingest and stats.
 */
export function startSchemaValidator(): void {
  schemaValidator();
}

function schemaValidator(): SchemaWorker {
  schemaWorker ??= new SchemaWorker();
  return schemaWorker;
}

/** The spec checked against the Vega-Lite schema: no diagnostic, or one at the place the schema objects to most. */
export async function validateSpec(document: SpecDocument): Promise<Diagnostic[]> {
  const errors = await schemaValidator().check(document.value);
  if (errors.length === 0) return [];
  const failures = errors.map((error) => ({ error, path: errorPath(document.value, error) }));
  const { path, reason } = mostSpecificFailure(failures);
  return [diagnosticAt(document, path, 'figures/schema', messages.specSchema(formatJsonPath(path), reason))];
}

interface Failure {
  error: ErrorObject;
  path: JsonPath;
}

/**
 * The schema is a tree of alternatives (a unit spec or a layer, a field definition or a value…), so Ajv reports one
 * failure per alternative tried. The failures deepest in the spec are nearest the mistake. There, the types and
 * values the alternatives would accept, listed together, explain most (a property some alternative types is no
 * misspelling, even if other alternatives lack it); next, a property no alternative knows; then a missing property;
 * "matches no alternative" says nothing the others do not.
 */
function mostSpecificFailure(failures: readonly Failure[]): { path: JsonPath; reason: string } {
  const deepest = Math.max(...failures.map((failure) => failure.path.length));
  const here = failures.filter((failure) => failure.path.length === deepest);
  const path = here[0]?.path ?? [];
  const errors = here.filter((failure) => formatJsonPath(failure.path) === formatJsonPath(path)).map((f) => f.error);
  const accepted = errors.flatMap(acceptedAlternatives);
  if (accepted.length > 0) return { path, reason: messages.schemaExpected([...new Set(accepted)]) };
  if (errors.some((error) => error.keyword === 'additionalProperties')) {
    return { path, reason: messages.schemaUnknownProperty() };
  }
  const missing = errors.find((error) => error.keyword === 'required');
  if (missing !== undefined) return { path, reason: messages.schemaMissingProperty(String(missing.params['missingProperty'])) };
  return { path, reason: errors[0]?.message ?? '' };
}

/** What a type, const or enum failure would have accepted: JSON types bare (`number`), JSON values quoted. */
function acceptedAlternatives(error: ErrorObject): string[] {
  switch (error.keyword) {
    case 'type':
      return [String(error.params['type'])];
    case 'const':
      return [JSON.stringify(error.params['allowedValue'])];
    case 'enum':
      return (error.params['allowedValues'] as unknown[]).map((value) => JSON.stringify(value));
    default:
      return [];
  }
}

/** Ajv's `/layer/0/mark` as a path into the spec, with array indexes as numbers and a misspelt property included. */
function errorPath(spec: unknown, error: ErrorObject): JsonPath {
  const path: (string | number)[] = [];
  let node = spec;
  for (const escaped of error.instancePath.split('/').slice(1)) {
    const segment = escaped.replaceAll('~1', '/').replaceAll('~0', '~');
    const step = Array.isArray(node) ? Number(segment) : segment;
    path.push(step);
    node = (node as Record<string | number, unknown>)[step];
  }
  if (error.keyword === 'additionalProperties') path.push(String(error.params['additionalProperty']));
  return path;
}
