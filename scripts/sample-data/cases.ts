/**
 * Generates the case records of each edition: spreads the edition's total over countries with a realistic regional
 * skew, then draws each case's structured fields and writes its text.
 */
import type { Edition } from '../../pipeline/edition.ts';
import type { CaseSource, InnovationStatus, LevelOfGovernment, Sector } from '../../pipeline/ingest/vocabulary.ts';
import { countries, countryByIso3, exportSpellings, type RegionId, type SampleCountry } from './countries.ts';
import { familyOfTrend, type Approach, type Family, type TextContext } from './families.ts';
import { commonTags, domains, sectorGroups, targetGroups, type TargetGroup, type Technology } from './lists.ts';
import { namedCases } from './named-cases.ts';
import { inventOrganisation, organisationTypeWeights } from './organisations.ts';
import type { Random, Weighted } from './random.ts';
import type { SampleCase } from './sample-case.ts';
import { inventFigures, reachedPhrase, writeStory, writeTitle } from './text.ts';
import { slug } from './words.ts';

export interface EditionPlan {
  year: number;
  /** Cases per source; their sum is the edition's total. */
  sources: Readonly<Record<CaseSource, number>>;
  /** Countries with at least one case, per region; their sum is the edition's country count. */
  regionCountries: Readonly<Record<RegionId, number>>;
  /** Share of the edition's cases from each region. */
  regionShares: Readonly<Record<RegionId, number>>;
  /** Relative weight of each trend as the primary (first listed) trend. */
  trendWeights: Readonly<Record<string, number>>;
  featured: number;
  /** Earlier editions carry lighter records (short text, structured fields filled). */
  light: boolean;
}

/** What the reports give (2018: 276 cases from 58 countries; 2019: 542/84; 2023: 1,084/94; 2024: 650 + 150 from 83). */
export const editionPlans: readonly EditionPlan[] = [
  {
    year: 2018,
    sources: { call: 254, desk: 22 },
    regionCountries: { europe: 28, 'north-america': 2, 'latin-america': 10, 'asia-pacific': 10, 'middle-east-north-africa': 4, 'sub-saharan-africa': 4 },
    regionShares: { europe: 0.45, 'north-america': 0.12, 'latin-america': 0.14, 'asia-pacific': 0.17, 'middle-east-north-africa': 0.07, 'sub-saharan-africa': 0.05 },
    trendWeights: { identity: 0.3, 'systems-approaches': 0.35, inclusiveness: 0.35 },
    featured: 10,
    light: true,
  },
  {
    year: 2019,
    sources: { call: 500, desk: 42 },
    regionCountries: { europe: 35, 'north-america': 2, 'latin-america': 15, 'asia-pacific': 17, 'middle-east-north-africa': 7, 'sub-saharan-africa': 8 },
    regionShares: { europe: 0.42, 'north-america': 0.11, 'latin-america': 0.17, 'asia-pacific': 0.16, 'middle-east-north-africa': 0.08, 'sub-saharan-africa': 0.06 },
    trendWeights: { 'invisible-to-visible': 0.3, 'opening-doors': 0.35, 'machine-readable-world': 0.35 },
    featured: 10,
    light: true,
  },
  {
    year: 2023,
    sources: { call: 980, desk: 104 },
    regionCountries: { europe: 38, 'north-america': 2, 'latin-america': 17, 'asia-pacific': 18, 'middle-east-north-africa': 9, 'sub-saharan-africa': 10 },
    regionShares: { europe: 0.4, 'north-america': 0.1, 'latin-america': 0.19, 'asia-pacific': 0.16, 'middle-east-north-africa': 0.09, 'sub-saharan-africa': 0.06 },
    trendWeights: { accountability: 0.22, care: 0.26, 'identities-equity': 0.24, 'engaging-citizens': 0.28 },
    featured: 10,
    light: true,
  },
  {
    year: 2024,
    sources: { call: 650, desk: 150 },
    regionCountries: { europe: 36, 'north-america': 2, 'latin-america': 15, 'asia-pacific': 16, 'middle-east-north-africa': 7, 'sub-saharan-africa': 7 },
    regionShares: { europe: 0.42, 'north-america': 0.1, 'latin-america': 0.19, 'asia-pacific': 0.16, 'middle-east-north-africa': 0.07, 'sub-saharan-africa': 0.06 },
    trendWeights: { 'future-oriented': 0.2, 'digital-foundations': 0.26, 'personalised-proactive': 0.24, 'data-powered': 0.16, participation: 0.14 },
    featured: 30,
    light: false,
  },
];

/** The edition the report is about: it gets full records, the named cases and its own files. */
export const CURRENT_EDITION = 2024;

const trendCountWeights: Weighted<number> = [[1, 57], [2, 35], [3, 8]];
const sectorCountWeights: Weighted<number> = [[1, 50], [2, 35], [3, 15]];
const groupCountWeights: Weighted<number> = [[1, 45], [2, 40], [3, 15]];
const levelWeights: Weighted<LevelOfGovernment> = [['national', 46], ['regional', 17], ['local', 30], ['other', 7]];
const statusWeights: Weighted<InnovationStatus> = [
  ['identifying', 3],
  ['generating', 5],
  ['developing', 7],
  ['implementation', 50],
  ['evaluation', 25],
  ['diffusing', 10],
];
/** A small weight for every sector, so that rarer sectors such as external relations still appear. */
const BACKGROUND_SECTOR_WEIGHT = 0.35;
/** Share of rows that spell the country differently from the reference table, as mixed exports do. */
const OTHER_SPELLING_SHARE = 0.2;

const scopeByLevel: Record<LevelOfGovernment, { scope: string; peers: string }> = {
  national: { scope: 'nationwide', peers: 'ministries and agencies' },
  regional: { scope: 'across the region', peers: 'regions' },
  local: { scope: 'across the city', peers: 'municipalities' },
  other: { scope: 'to more organisations', peers: 'organisations' },
};

const recordId = (year: number, index: number) => `GT${year}-${String(index).padStart(4, '0')}`;

/** Splits `total` in proportion to `weights`, giving each entry at least `minimum` (largest-remainder rounding). */
function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const free = total - minimum * weights.length;
  if (free < 0) throw new Error(`cannot give ${weights.length} entries at least ${minimum} out of ${total}`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (free * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const leftOver = free - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < leftOver; i++) counts[order[i]!.index]! += 1;
  return counts.map((count) => count + minimum);
}

/** Picks the edition's countries region by region, favouring active ones, and always keeping `required`. */
function chooseCountries(random: Random, plan: EditionPlan, required: readonly string[]): SampleCountry[] {
  const chosen: SampleCountry[] = [];
  for (const [region, quota] of Object.entries(plan.regionCountries) as [RegionId, number][]) {
    const inRegion = countries.filter((c) => c.region === region);
    const kept = inRegion.filter((c) => required.includes(c.iso3));
    const others = inRegion.filter((c) => !required.includes(c.iso3));
    const drawn = random.weightedSample(others.map((c) => [c, c.activity] as const), quota - kept.length);
    if (kept.length + drawn.length !== quota) throw new Error(`region ${region} has too few countries for ${quota} in ${plan.year}`);
    chosen.push(...kept, ...drawn);
  }
  return chosen;
}

/** One entry per case: the country of each case of the edition, every chosen country at least once. */
function countrySlots(random: Random, plan: EditionPlan, chosen: readonly SampleCountry[]): string[] {
  const total = plan.sources.call + plan.sources.desk;
  const regionsInPlan = Object.keys(plan.regionCountries) as RegionId[];
  const regionTotals = apportion(total, regionsInPlan.map((r) => plan.regionShares[r]));
  const slots: string[] = [];
  regionsInPlan.forEach((region, r) => {
    const members = chosen.filter((c) => c.region === region);
    // Activity sets the expected size; a log-normal factor makes neighbours of equal activity differ.
    const weights = members.map((c) => c.activity ** 1.5 * Math.exp((random.next() - 0.5) * 1.4));
    apportion(regionTotals[r]!, weights, 1).forEach((count, i) => {
      for (let k = 0; k < count; k++) slots.push(members[i]!.iso3);
    });
  });
  return slots;
}

function writtenCountryName(random: Random, country: SampleCountry): string {
  const spellings = exportSpellings(country);
  return spellings.length > 0 && random.chance(OTHER_SPELLING_SHARE) ? random.pick(spellings) : country.name;
}

function drawTrends(random: Random, plan: EditionPlan, edition: Edition): string[] {
  const weights: Weighted<string> = edition.trends.map((trend) => {
    const weight = plan.trendWeights[trend.id];
    if (weight === undefined) throw new Error(`no trend weight for "${trend.id}" in the ${plan.year} plan`);
    return [trend.id, weight] as const;
  });
  const count = Math.min(random.weighted(trendCountWeights), edition.trends.length);
  return random.weightedSample(weights, count);
}

function drawSectors(random: Random, family: Family): Sector[] {
  const boost = new Map(family.sectors);
  const weights: Weighted<Sector> = (Object.keys(domains) as Sector[]).map((s) => [s, (boost.get(s) ?? 0) + BACKGROUND_SECTOR_WEIGHT]);
  return random.weightedSample(weights, random.weighted(sectorCountWeights));
}

function drawApproach(random: Random, family: Family, sector: Sector): Approach {
  const fitting = family.approaches.filter((approach) => approach.sectors === undefined || approach.sectors.includes(sector));
  return random.pick(fitting);
}

/** The first group is the one the text speaks of; an approach made for one group (staff training) puts it first. */
function drawTargetGroups(random: Random, family: Family, sector: Sector, approach: Approach): TargetGroup[] {
  const weights: Weighted<TargetGroup> = targetGroups
    .filter((group) => group !== approach.forGroup)
    .map((group) => [group, (sectorGroups[sector].includes(group) ? 3 : 0) + (family.groups.includes(group) ? 2 : 0) + 0.2]);
  const count = random.weighted(groupCountWeights);
  return approach.forGroup === undefined
    ? random.weightedSample(weights, count)
    : [approach.forGroup, ...random.weightedSample(weights, count - 1)];
}

function drawTechnologies(random: Random, family: Family, required: Technology | undefined): Technology[] {
  const drawn = random.weightedSample(family.technologies, random.weighted(family.technologyCount));
  if (required === undefined || drawn.includes(required)) return drawn;
  return [required, ...drawn].slice(0, 3);
}

/** Tags come mostly from the primary trend's family, then the secondary ones, then tags any case may carry. */
function drawTags(random: Random, families: readonly Family[]): string[] {
  const weights = new Map<string, number>(commonTags.map((tag) => [tag, 1]));
  families.forEach((family, i) => {
    for (const tag of family.tags) weights.set(tag, Math.max(weights.get(tag) ?? 0, i === 0 ? 4 : 2));
  });
  return random.weightedSample([...weights], random.int(3, 6));
}

/** Launch years lean towards the edition year; early-stage work is recent by nature. */
function drawYear(random: Random, edition: number, status: InnovationStatus): number {
  if (status === 'identifying' || status === 'generating' || status === 'developing') return edition - random.int(0, 1);
  const years: Weighted<number> = Array.from({ length: 10 }, (_, i) => [edition - 9 + i, 1 + i ** 1.6] as const);
  return random.weighted(years);
}

interface DrawContext {
  plan: EditionPlan;
  edition: Edition;
  id: string;
  source: CaseSource;
  country: SampleCountry;
  /** Titles already used in the edition, so each generated title is unique. */
  titles: Set<string>;
}

function generateCase(random: Random, { plan, edition, id, source, country, titles }: DrawContext): SampleCase {
  const trends = drawTrends(random, plan, edition);
  const families = [...new Set(trends.map(familyOfTrend))];
  const primary = families[0]!;
  const sectors = drawSectors(random, primary);
  const mainSector = sectors[0]!;
  const organisationType = random.weighted(organisationTypeWeights);
  // Bodies outside government mostly record their level as "Other"; the rest name the level they work with.
  const level = organisationType !== 'government' && random.chance(0.6) ? 'other' : random.weighted(levelWeights);
  const organisation = inventOrganisation(random, organisationType, level, mainSector, country.city);
  const approach = drawApproach(random, primary, mainSector);
  const groups = drawTargetGroups(random, primary, mainSector, approach);
  const technologies = drawTechnologies(random, primary, approach.needs);
  // Desk research works from published material, which often omits the stage reached.
  const status = source === 'desk' && random.chance(0.25) ? undefined : random.weighted(statusWeights);
  const yearLaunched = random.chance(0.95) ? drawYear(random, plan.year, status ?? 'implementation') : undefined;
  const domain = random.pick(domains[mainSector]);
  const figures = inventFigures(random, level, plan.year);

  const context: TextContext = {
    org: organisation.reference,
    place: level === 'local' ? country.city : country.name,
    area: domain.area,
    service: domain.service,
    group: groups[0]!,
    reached: reachedPhrase(figures, groups[0]!),
    ...scopeByLevel[level],
    f: figures,
  };
  const story = writeStory(random, {
    context,
    approach,
    primary,
    secondary: families.slice(1),
    technologies,
    status,
    light: plan.light,
    withResults: source === 'call' || random.chance(0.7),
  });
  let title = story.title;
  for (let attempt = 0; titles.has(title); attempt++) {
    title = attempt < 20 ? writeTitle(random, approach, context) : `${story.title} (${country.name}, ${id})`;
  }
  titles.add(title);

  return {
    id,
    edition: plan.year,
    source,
    title,
    iso3: country.iso3,
    country: writtenCountryName(random, country),
    organisation: organisation.name,
    organisationType,
    levelOfGovernment: level,
    sectors,
    ...(yearLaunched === undefined ? {} : { yearLaunched }),
    ...(status === undefined ? {} : { status }),
    tags: drawTags(random, families),
    technologies,
    targetGroups: groups,
    summary: story.summary,
    overview: story.overview,
    results: story.results,
    url: `https://innovations.example/cases/${id.toLowerCase()}-${slug(title)}`,
    trends,
    featured: false,
  };
}

/** Marks the edition's showcase cases: established, with results, so they can carry a case-study box. */
function markFeatured(random: Random, cases: SampleCase[], count: number): void {
  const candidates: Weighted<SampleCase> = cases
    .filter((c) => !c.featured)
    .map((c) => [c, (c.status === 'evaluation' || c.status === 'diffusing' ? 3 : c.status === 'implementation' ? 2 : 0.2) * (c.results === '' ? 0.1 : 1)]);
  for (const chosen of random.weightedSample(candidates, count - cases.filter((c) => c.featured).length)) chosen.featured = true;
}

/** All cases of one edition, ids in order: the named cases first (2024), then the call, then desk research. */
export function generateEdition(random: Random, plan: EditionPlan, edition: Edition): SampleCase[] {
  const named = plan.year === CURRENT_EDITION ? namedCases : [];
  const chosen = chooseCountries(random.fork('countries'), plan, named.map((c) => c.iso3));
  const slots = countrySlots(random.fork('allocation'), plan, chosen);
  for (const namedCase of named) slots.splice(slots.indexOf(namedCase.iso3), 1);
  const shuffled = random.fork('order').shuffle(slots);

  const cases: SampleCase[] = named.map((c, i) => ({ ...c, id: recordId(plan.year, i + 1), edition: plan.year, source: 'call', featured: true }));
  const titles = new Set(cases.map((c) => c.title));
  const sources: CaseSource[] = [
    ...Array<CaseSource>(plan.sources.call - named.length).fill('call'),
    ...Array<CaseSource>(plan.sources.desk).fill('desk'),
  ];
  sources.forEach((source, i) => {
    const id = recordId(plan.year, cases.length + 1);
    // Each case draws from its own stream: changing one case's recipe leaves the others as they were.
    cases.push(generateCase(random.fork(id), { plan, edition, id, source, country: countryByIso3(shuffled[i]!), titles }));
  });
  markFeatured(random.fork('featured'), cases, plan.featured);
  return cases;
}
