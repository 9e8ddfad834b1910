/** The pure part of the sample-data generator: editions in, file text out. Nothing here reads the clock or the disk. */
import type { Edition } from '../../pipeline/edition.ts';
import { CURRENT_EDITION, editionPlans, generateEdition } from './cases.ts';
import { countries, regions } from './countries.ts';
import { casesCsv, casesJson, countriesCsv, regionsCsv, sampleFilePaths, type SampleFiles } from './files.ts';
import { createRandom } from './random.ts';

/** Changing the seed gives a different but equally valid sample. */
export const SAMPLE_SEED = 'global-trends-sample-v1';

export function generateSampleData(editions: ReadonlyMap<number, Edition>): SampleFiles {
  const random = createRandom(SAMPLE_SEED);
  const byYear = new Map(
    editionPlans.map((plan) => {
      const edition = editions.get(plan.year);
      if (edition === undefined) throw new Error(`edition ${plan.year} has no templates/editions/${plan.year}/edition.yaml`);
      return [plan.year, generateEdition(random.fork(`edition-${plan.year}`), plan, edition)] as const;
    }),
  );
  const current = byYear.get(CURRENT_EDITION) ?? [];
  const earlier = editionPlans.filter((plan) => plan.year !== CURRENT_EDITION).flatMap((plan) => byYear.get(plan.year) ?? []);
  return {
    [sampleFilePaths.regions]: regionsCsv(regions),
    [sampleFilePaths.countries]: countriesCsv(countries),
    [sampleFilePaths.call2024]: casesCsv(current.filter((c) => c.source === 'call'), 'yes-no'),
    [sampleFilePaths.desk2024]: casesJson(current.filter((c) => c.source === 'desk')),
    [sampleFilePaths.earlier]: casesCsv(earlier, 'true-false'),
  };
}
