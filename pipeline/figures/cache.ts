/**
 * Drawings kept by the hash of what was drawn (the spec with its data bound, and the house theme), so a figure whose
 * spec and data did not change is not drawn again: in the preview on every rebuild, and by a later build in the same
 * process. A cache kept on disk can take the same interface.
 */
import { createHash } from 'node:crypto';
import { theme } from './theme.ts';

export interface CachedDrawing {
  svg: string;
  /** What Vega-Lite warned about when it was drawn, so a cached figure reports the same diagnostics. */
  warnings: string[];
}

export interface DrawingCache {
  get(key: string): CachedDrawing | undefined;
  set(key: string, drawing: CachedDrawing): void;
}

/** The key of a drawing: everything that decides the SVG, spec and data and theme, hashed. */
export function drawingKey(chart: unknown): string {
  return createHash('sha256').update(JSON.stringify([chart, theme])).digest('hex');
}

/** The report has about a dozen figures: a few hundred entries keep every recent version without growing forever. */
const MEMORY_LIMIT = 256;

/** A cache in memory; once full, the entry added first is dropped first. */
export function memoryCache(limit = MEMORY_LIMIT): DrawingCache {
  const drawings = new Map<string, CachedDrawing>();
  return {
    get: (key) => drawings.get(key),
    set(key, drawing) {
      drawings.delete(key);
      drawings.set(key, drawing);
      if (drawings.size > limit) drawings.delete(drawings.keys().next().value!);
    },
  };
}
