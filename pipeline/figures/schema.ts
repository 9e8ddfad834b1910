/**
 * Validation of a spec against the JSON schema that ships with Vega-Lite, reported as one diagnostic at the most
 * specific place the schema objects to.
 */
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import { diagnosticAt, formatJsonPath, type JsonPath, type SpecDocument } from './document.ts';

let validator: ValidateFunction | undefined;

/**
 * Compiling the 1.9 MB schema takes most of a second, so it is done once per process, on first use. Not inlining
 * its thousand definitions and not optimising the generated code cut that from about 1.8 s to 0.65 s, and
 * validating a spec got no slower. strict: false because the schema uses keywords Ajv does not know.
 */
function vegaLiteValidator(): ValidateFunction {
  if (validator === undefined) {
    const schema = createRequire(import.meta.url)('vega-lite/vega-lite-schema.json') as object;
    const ajv = new Ajv({ strict: false, inlineRefs: false, code: { optimize: false } });
    addFormats.default(ajv);
    ajv.addFormat('color-hex', /^#(?:[0-9a-f]{3}){1,2}$/i);
    validator = ajv.compile(schema);
  }
  return validator;
}

export function validateSpec(document: SpecDocument): Diagnostic[] {
  const validate = vegaLiteValidator();
  if (validate(document.value)) return [];
  const failures = (validate.errors ?? []).map((error) => ({ error, path: errorPath(document.value, error) }));
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
