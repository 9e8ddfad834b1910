/**
 * Sample data of any size, for the benchmark: `n` records of the current edition, drawn by the same recipe as the
 * bundled sample (same countries, regional skew, trends and text), deterministically from the seed.
 *
 * The edition's plan is scaled to `n` cases, keeping its call/desk proportion; its countries and featured cases stay
 * as planned. With the default seed, 800 cases are exactly the bundled 2024 edition (the same records, byte for byte,
 * as data/cases/2024-call.csv and 2024-desk.json). Nothing here reads the clock or the disk.
 */
import type { Edition } from '../../pipeline/edition.ts';
import { CURRENT_EDITION, editionPlans, generateEdition, type EditionPlan } from './cases.ts';
import { countries, regions } from './countries.ts';
import { casesCsv, casesJson, countriesCsv, regionsCsv } from './files.ts';
import { SAMPLE_SEED } from './generate.ts';
import { createRandom } from './random.ts';

/** Paths of the scaled files, relative to the folder they are written to: `--data DIR/cases --reference DIR`. */
export const scaledFilePaths = {
  regions: 'regions.csv',
  countries: 'countries.csv',
  call: 'cases/call.csv',
  desk: 'cases/desk.json',
} as const;

export type ScaledFiles = Record<(typeof scaledFilePaths)[keyof typeof scaledFilePaths], string>;

/** The current edition's plan, scaled to `n` cases. */
export function scaledPlan(n: number): EditionPlan {
  const plan = editionPlans.find((p) => p.year === CURRENT_EDITION);
  if (plan === undefined) throw new Error(`no plan for the ${CURRENT_EDITION} edition`);
  const planned = plan.sources.call + plan.sources.desk;
  const countryCount = Object.values(plan.regionCountries).reduce((a, b) => a + b, 0);
  if (!Number.isInteger(n) || n < planned / 4) throw new Error(`the number of cases must be a whole number of at least ${planned / 4} (the edition has ${countryCount} countries)`);
  const call = Math.round((n * plan.sources.call) / planned);
  return { ...plan, sources: { call, desk: n - call } };
}

/** `n` records of the current edition, as a call CSV (with the form's labels) and a desk-research JSON file. */
export function generateScaledCases(n: number, editions: ReadonlyMap<number, Edition>, seed: string = SAMPLE_SEED): ScaledFiles {
  const plan = scaledPlan(n);
  const edition = editions.get(plan.year);
  if (edition === undefined) throw new Error(`edition ${plan.year} has no templates/editions/${plan.year}/edition.yaml`);
  // The same stream as the bundled sample's edition, so the default seed and 800 cases give the bundled records.
  const cases = generateEdition(createRandom(seed).fork(`edition-${plan.year}`), plan, edition);
  return {
    [scaledFilePaths.regions]: regionsCsv(regions),
    [scaledFilePaths.countries]: countriesCsv(countries),
    [scaledFilePaths.call]: casesCsv(cases.filter((c) => c.source === 'call'), 'yes-no'),
    [scaledFilePaths.desk]: casesJson(cases.filter((c) => c.source === 'desk')),
  };
}
