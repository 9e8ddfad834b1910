// Types of schema-validator.js, which is plain JavaScript for the worker thread.
import type { ValidateFunction } from 'ajv';

export declare const defaultCacheDir: string;

export interface SchemaValidator {
  validate: ValidateFunction;
  /** Writes to the cache what it lacks and this process has made, once the first check is answered; never throws. */
  keep(): void;
  origin: 'generated' | 'compiled';
}

/** The validator, from the generated module in `cacheDir` if it loads, else compiled; null: compiled, nothing kept. */
export declare function schemaValidator(cacheDir?: string | null): SchemaValidator;
