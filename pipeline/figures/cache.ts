/**
 * Drawings kept by the hash of what was drawn (the spec with its data bound, and the house theme), so a figure whose
 * spec and data did not change is not drawn again: in the preview on every save, and by a later build (the build's
 * disk cache).
 */
import { hashOf, type Cache } from '../cache/memory.ts';
import { theme } from './theme.ts';

export interface CachedDrawing {
  svg: string;
  /** What Vega-Lite warned about when it was drawn, so a cached figure reports the same diagnostics. */
  warnings: string[];
}

/** Drawings by `drawingKey`: the build keeps them on disk, the preview in memory (pipeline/cache). */
export type DrawingCache = Cache<CachedDrawing>;

/** The key of a drawing: everything that decides the SVG, spec and data and theme, hashed. */
export function drawingKey(chart: unknown): string {
  return hashOf([chart, theme]);
}
