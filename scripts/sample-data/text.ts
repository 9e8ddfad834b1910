/**
 * Writes the free-text fields of a generated case (title, summary, overview, results) from the sentence templates
 * of its families, so that the text matches the case's trends, sector, target group and technologies.
 */
import type { InnovationStatus, LevelOfGovernment } from '../../pipeline/ingest/vocabulary.ts';
import type { Approach, Family, Figures, Template, TextContext } from './families.ts';
import { countingNouns, technologyUses, type TargetGroup, type Technology } from './lists.ts';
import type { Random } from './random.ts';
import { cap, formatNumber, joinAnd, roundish } from './words.ts';

export interface Story {
  title: string;
  summary: string;
  overview: string;
  results: string;
}

export interface StoryInput {
  context: TextContext;
  approach: Approach;
  primary: Family;
  /** Families of the secondary trends: each adds a sentence, so every listed trend shows in the text. */
  secondary: readonly Family[];
  technologies: readonly Technology[];
  status: InnovationStatus | undefined;
  /** Earlier editions carry lighter records: a short summary, one paragraph and at most one result. */
  light: boolean;
  /** Desk research does not always find results. */
  withResults: boolean;
}

/** Invented titles sometimes carry a short brand name, as many real services do. */
const brands = [
  'Compass', 'Pathfinder', 'Bridge', 'Horizon', 'Beacon', 'Nexus', 'Atlas', 'Mosaic', 'Lighthouse', 'Anchor',
  'Harbour', 'Canopy', 'Keystone', 'Waypoint', 'Commons', 'Spark', 'Relay', 'Tandem', 'Kinship', 'Threshold',
  'Northstar', 'Open Door', 'Common Ground', 'Fairway', 'Lantern', 'Meridian', 'Wayfinder', 'Scaffold', 'Weave', 'Springboard',
];

const reachRange: Record<LevelOfGovernment, readonly [number, number]> = {
  national: [5_000, 500_000],
  regional: [1_000, 120_000],
  local: [200, 30_000],
  other: [100, 20_000],
};

/** Draws the figures a case's sentences quote; the number of people reached follows the level of government. */
export function inventFigures(random: Random, level: LevelOfGovernment, edition: number): Figures {
  const logUniform = (min: number, max: number) => roundish(Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min))));
  const [minReach, maxReach] = reachRange[level];
  const pctBefore = random.int(30, 65);
  const daysBefore = random.int(12, 90);
  const count = random.int(3, 40);
  return {
    reach: formatNumber(logUniform(minReach, maxReach)),
    participants: formatNumber(logUniform(40, 3_000)),
    partners: random.int(3, 25),
    sites: random.int(2, 30),
    months: random.pick([6, 9, 12, 18, 24, 36]),
    pct: random.int(12, 65),
    pctBefore,
    pctAfter: Math.min(97, pctBefore + random.int(10, 30)),
    daysBefore,
    daysAfter: random.int(1, Math.max(2, Math.floor(daysBefore / 4))),
    hours: formatNumber(logUniform(2_000, 60_000)),
    satisfaction: random.int(72, 96),
    count,
    subset: random.int(2, count - 1),
    nextYear: edition + random.int(1, 2),
  };
}

/** "9,600 people in rural areas": the reach scaled to the group, since a service reaches fewer firms than people. */
export function reachedPhrase(figures: Figures, group: TargetGroup): string {
  const { noun, scale } = countingNouns[group];
  const people = Number(figures.reach.replace(/,/g, ''));
  return `${formatNumber(roundish(Math.max(20, people * scale)))} ${noun}`;
}

/** Lower-cases the first letter unless the word is an acronym ("AI assistant" stays as it is). */
const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

export function writeTitle(random: Random, approach: Approach, context: TextContext): string {
  const descriptive = approach.title(context);
  const branded = random.chance(0.35) && !descriptive.includes(':');
  return branded ? `${random.pick(brands)}: ${lowerFirst(descriptive)}` : descriptive;
}

const openings: readonly ((c: TextContext, approach: string, aim: string) => string)[] = [
  (c, approach, aim) => `${cap(c.org)} has introduced ${approach} ${aim}.`,
  (c, approach, aim) => `Through ${approach}, ${c.org} aims ${aim}.`,
  (c, approach, aim) => `In ${c.place}, ${c.org} is using ${approach} ${aim}.`,
];

type Stage = 'early' | 'running' | 'mature';

const stageOf = (status: InnovationStatus | undefined): Stage => {
  if (status === 'identifying' || status === 'generating' || status === 'developing') return 'early';
  if (status === 'evaluation' || status === 'diffusing') return 'mature';
  return 'running';
};

const progressNotes: Record<Stage, readonly Template[]> = {
  early: [
    (c) => `A first prototype is being tested with ${c.group}.`,
    (c) => `The design is still being refined with ${c.group} and frontline staff.`,
  ],
  running: [
    (c) => `It has reached ${c.reached} so far.`,
    (c) => `The service now runs ${c.scope}.`,
  ],
  mature: [
    (c) => `An evaluation is measuring its effects on ${c.group}.`,
    (c) => `Other ${c.peers} are now adopting the approach.`,
  ],
};

const processSteps: readonly Template[] = [
  (c) =>
    `The team began with interviews and observation sessions involving ${c.f.participants} ${c.group}, then tested rough prototypes before building the live service.`,
  () => `Development followed an agile approach in short sprints, with designers, developers, lawyers and policy officers working side by side.`,
  (c) => `${cap(c.org)} worked with ${c.f.partners} partners, including civil society organisations, a university and private suppliers, and agreed shared goals at the outset.`,
  (c) => `A pilot in ${c.f.sites} locations allowed the team to refine the approach before a wider roll-out.`,
  () => `Frontline staff were involved from the start, which helped the team see where existing processes broke down.`,
  () => `Data protection and accessibility requirements were built in from the first prototype rather than checked at the end.`,
  () => `An innovation fund paid for the first year; running costs moved into the regular budget once early results were clear.`,
];

const nextSteps: readonly Template[] = [
  (c) => `The next phase will extend the service ${c.scope} and add further languages.`,
  (c) => `An independent evaluation is due in ${c.f.nextYear} to measure longer-term effects.`,
  () => `The team is publishing its methods and code so that other public bodies can reuse them.`,
  (c) => `Other ${c.peers} have shown interest, and a guide to adopting the approach is being prepared.`,
  (c) => `Future plans include linking the service with related services in ${c.area}, so that users give their information only once.`,
];

const generalResults: readonly Template[] = [
  (c) => `In its first ${c.f.months} months the service reached ${c.reached}.`,
  (c) => `The share of users who completed their request at the first attempt rose from ${c.f.pctBefore}% to ${c.f.pctAfter}%.`,
  (c) => `Average handling time fell from ${c.f.daysBefore} days to ${c.f.daysAfter}.`,
  (c) => `In a survey of ${c.f.participants} users, ${c.f.satisfaction}% said they were satisfied with the service.`,
  (c) => `Operating costs fell by ${c.f.pct}% compared with the previous process.`,
];

const measurementNotes: readonly Template[] = [
  () => `These figures come from the service's own monitoring data and a user survey.`,
  () => `Results were compared with areas that had not yet adopted the service.`,
  (c) => `A fuller evaluation is planned for ${c.f.nextYear}.`,
];

const expectedResults: readonly Template[] = [
  (c) => `Results are still preliminary. Once running at full scale, the service is expected to reach about ${c.reached}.`,
  (c) => `Early tests suggest handling times could fall by around ${c.f.pct}%, and a baseline has been set to measure progress.`,
  (c) => `So far ${c.f.participants} people have taken part in testing, and ${c.f.pctAfter}% rated the prototype as easier to use than the current service.`,
];

function technologySentence(random: Random, technologies: readonly Technology[]): string | undefined {
  if (technologies.length === 0) return undefined;
  const uses = technologies.map((technology) => random.pick(technologyUses[technology]));
  return `It relies on ${joinAnd(uses)}.`;
}

function writeSummary(random: Random, input: StoryInput): string {
  const { context, approach, status } = input;
  // "In Porto, the Municipality of Porto…" says the place twice: open differently when the name holds it.
  const usable = context.org.includes(context.place) ? openings.slice(0, 2) : openings;
  const opening = random.pick(usable)(context, approach.noun, random.pick(approach.aims)(context));
  const sentences = [opening, random.pick(approach.gists)(context)];
  if (!input.light && random.chance(0.6)) sentences.push(random.pick(progressNotes[stageOf(status)])(context));
  return sentences.join(' ');
}

function writeOverview(random: Random, input: StoryInput): string {
  const { context, approach, primary } = input;
  const problem = random.pick(primary.problems)(context);
  const response = `In response, ${context.org} developed ${approach.noun} ${random.pick(approach.aims)(context)}.`;
  if (input.light) return `${problem} ${response}`;

  const secondaryGists = input.secondary.map((family) => random.pick(random.pick(family.approaches).gists)(context));
  const technology = technologySentence(random, input.technologies);
  const paragraphs = [
    problem,
    [response, random.pick(approach.mechanisms)(context), ...secondaryGists, technology].filter((s) => s !== undefined).join(' '),
    random.shuffle(processSteps).slice(0, random.int(2, 3)).map((step) => step(context)).join(' '),
  ];
  if (random.chance(0.7)) paragraphs.push(random.shuffle(nextSteps).slice(0, random.int(1, 2)).map((step) => step(context)).join(' '));
  return paragraphs.join('\n\n');
}

function writeResults(random: Random, input: StoryInput): string {
  const { context, approach } = input;
  if (!input.withResults) return '';
  if (stageOf(input.status) === 'early') {
    return random.shuffle(expectedResults).slice(0, input.light ? 1 : random.int(1, 2)).map((t) => t(context)).join(' ');
  }
  if (input.light) return random.chance(0.5) ? random.pick([...approach.results, ...generalResults])(context) : '';
  const sentences = [
    random.pick(approach.results)(context),
    ...random.shuffle(generalResults).slice(0, random.int(1, 2)).map((t) => t(context)),
  ];
  if (random.chance(0.5)) sentences.push(random.pick(measurementNotes)(context));
  return sentences.join(' ');
}

export function writeStory(random: Random, input: StoryInput): Story {
  return {
    title: writeTitle(random, input.approach, input.context),
    summary: writeSummary(random, input),
    overview: writeOverview(random, input),
    results: writeResults(random, input),
  };
}
