/** Small, hand-checkable inputs for the figures stage: stats tables, the template specs, the world map. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SpecFile } from '../../pipeline/figures/index.ts';

export const trends = [
  { id: 'future-oriented', trend: 'Future-oriented and co-created', count: 212, share: 0.265 },
  { id: 'digital-foundations', trend: 'Digital and innovative foundations', count: 1298, share: 0.6725 },
  { id: 'personalised-proactive', trend: 'Personalised and proactive', count: 251, share: 0.31375 },
  { id: 'data-powered', trend: 'Data-powered', count: 187, share: 0.23375 },
  { id: 'participation', trend: 'Public participation', count: 164, share: 0.205 },
];

export const regions = [
  { id: 'europe', region: 'Europe', count: 310, share: 0.3875 },
  { id: 'latin-america', region: 'Latin America & the Caribbean', count: 160, share: 0.2 },
  { id: 'africa', region: 'Sub-Saharan Africa', count: 40, share: 0.05 },
];

/** The table a world map needs: `id` is the ISO 3166-1 numeric code, zero-padded as world-atlas writes it. */
export const countries = [
  { iso3: 'FRA', id: '250', name: 'France', count: 40 },
  { iso3: 'BRA', id: '076', name: 'Brazil', count: 25 },
  { iso3: 'KEN', id: '404', name: 'Kenya', count: 5 },
];

export const templatesFolder = 'templates/figures';

export function templateSpecs(): SpecFile[] {
  return readdirSync(templatesFolder)
    .filter((name) => name.endsWith('.vl.json'))
    .map((name) => specFile(join(templatesFolder, name)));
}

export function specFile(path: string): SpecFile {
  return { path, text: readFileSync(path, 'utf8') };
}

export const mapSpec = 'templates/figures/cases-by-country-map.vl.json';

export function loadAtlas(): unknown {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8'));
}
