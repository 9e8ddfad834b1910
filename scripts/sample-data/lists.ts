/**
 * The open lists of the sample data (technologies, target groups, the service areas of each sector) and the
 * phrases that describe them in generated text. The case schema leaves these fields free; the sample keeps them to
 * fixed lists so the report's breakdowns have something stable to count.
 */
import type { Sector } from '../../pipeline/ingest/vocabulary.ts';

export const technologies = [
  'artificial intelligence',
  'automation / RPA',
  'data analytics',
  'sensors and IoT',
  'digital identity',
  'cloud',
  'chatbots',
  'GIS and mapping',
  'mobile apps',
  'open source and modular code',
  'digital twins',
  'blockchain',
  'APIs and interoperability',
  'online platforms',
  'virtual and augmented reality',
] as const;
export type Technology = (typeof technologies)[number];

/** How a case puts each technology to use, as the object of "The service relies on …". */
export const technologyUses: Record<Technology, readonly string[]> = {
  'artificial intelligence': [
    'an artificial intelligence model that sorts and prioritises incoming requests',
    'machine learning that flags cases likely to need extra help',
  ],
  'automation / RPA': ['software robots that carry out routine checks', 'automated workflows that move files between teams'],
  'data analytics': ['data analytics that reveal patterns in demand', 'analysis of administrative data to spot gaps in coverage'],
  'sensors and IoT': ['connected sensors that report conditions in real time', 'low-cost sensors installed in public spaces'],
  'digital identity': ['the national digital identity, so users sign in once', 'a secure electronic identity that replaces paper proofs'],
  cloud: ['cloud hosting that scales at peak times', 'a government cloud shared with other agencies'],
  chatbots: ['a chatbot that answers common questions at any hour', 'a virtual assistant available in several languages'],
  'GIS and mapping': ['interactive maps showing where needs are concentrated', 'geographic information systems that plan routes and locations'],
  'mobile apps': ['a mobile app', 'a smartphone application that works offline'],
  'open source and modular code': [
    'open-source, modular components that other agencies can reuse',
    'a library of reusable code modules published openly',
  ],
  'digital twins': ['a digital twin that simulates changes before they are made', 'a virtual model of the area used to test scenarios'],
  blockchain: ['a blockchain ledger that makes records tamper-evident', 'distributed ledger technology to certify documents'],
  'APIs and interoperability': [
    'application programming interfaces (APIs) that connect previously separate registers',
    'an interoperability layer that lets agencies exchange data securely',
  ],
  'online platforms': ['an online platform', 'a single web portal'],
  'virtual and augmented reality': ['virtual reality simulations used in training', 'augmented reality views of planned changes'],
};

export const targetGroups = [
  'citizens',
  'older people',
  'young people',
  'people with disabilities',
  'migrants and refugees',
  'low-income households',
  'businesses',
  'public servants',
  'rural communities',
  'families and children',
  'jobseekers',
  'students',
  'patients',
  'women',
  'researchers',
  'civil society organisations',
] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** A field of work inside a sector: `area` reads as "in …", `service` as the thing users meet ("redesigning …"). */
export interface Domain {
  area: string;
  service: string;
}

export const domains: Record<Sector, readonly Domain[]> = {
  'economic-affairs': [
    { area: 'business regulation', service: 'business licensing' },
    { area: 'tax administration', service: 'tax returns' },
    { area: 'support for small firms', service: 'grant applications for small firms' },
    { area: 'social security', service: 'benefit payments' },
  ],
  education: [
    { area: 'school education', service: 'school enrolment' },
    { area: 'adult learning', service: 'course guidance for adults' },
    { area: 'student support', service: 'student grants' },
    { area: 'early childhood education', service: 'childcare places' },
  ],
  employment: [
    { area: 'employment services', service: 'job matching' },
    { area: 'unemployment support', service: 'unemployment benefit claims' },
    { area: 'vocational training', service: 'apprenticeship placements' },
    { area: 'workplace safety', service: 'labour inspections' },
  ],
  environment: [
    { area: 'waste management', service: 'household waste collection' },
    { area: 'climate adaptation', service: 'flood warnings' },
    { area: 'agriculture', service: 'farm subsidy claims' },
    { area: 'urban green space', service: 'park and tree maintenance' },
  ],
  'external-relations': [
    { area: 'consular services', service: 'passport renewal abroad' },
    { area: 'development co-operation', service: 'project monitoring with partner countries' },
    { area: 'visa processing', service: 'visa applications' },
  ],
  health: [
    { area: 'primary health care', service: 'appointments with family doctors' },
    { area: 'mental health', service: 'early mental health support' },
    { area: 'long-term care', service: 'home care visits' },
    { area: 'public health', service: 'vaccination outreach' },
  ],
  housing: [
    { area: 'social housing', service: 'social housing allocation' },
    { area: 'homelessness prevention', service: 'emergency housing support' },
    { area: 'neighbourhood renewal', service: 'community centre programmes' },
  ],
  digitalisation: [
    { area: 'digital public services', service: 'online public services' },
    { area: 'digital inclusion', service: 'digital skills support' },
    { area: 'connectivity', service: 'broadband access' },
  ],
  'public-administration': [
    { area: 'public administration', service: 'permit applications' },
    { area: 'civil service management', service: 'recruitment of public servants' },
    { area: 'administrative simplification', service: 'official letters and forms' },
    { area: 'service delivery', service: 'one-stop service counters' },
  ],
  'public-order': [
    { area: 'emergency management', service: 'emergency response' },
    { area: 'access to justice', service: 'legal aid' },
    { area: 'community safety', service: 'neighbourhood policing' },
    { area: 'victim support', service: 'support for victims of crime' },
  ],
  culture: [
    { area: 'public libraries', service: 'library services' },
    { area: 'cultural heritage', service: 'access to heritage collections' },
    { area: 'sport and recreation', service: 'bookings of sports facilities' },
  ],
  science: [
    { area: 'research funding', service: 'research grant applications' },
    { area: 'innovation support', service: 'innovation vouchers for firms' },
    { area: 'open science', service: 'access to research data' },
  ],
  transport: [
    { area: 'public transport', service: 'bus and rail journeys' },
    { area: 'road safety', service: 'road maintenance reporting' },
    { area: 'active mobility', service: 'cycling and walking routes' },
    { area: 'vehicle licensing', service: 'driving licence renewals' },
  ],
};

/** Which groups each sector mostly serves: the first target group of a case is drawn from these. */
export const sectorGroups: Record<Sector, readonly TargetGroup[]> = {
  'economic-affairs': ['businesses', 'citizens', 'low-income households'],
  education: ['students', 'young people', 'families and children'],
  employment: ['jobseekers', 'young people', 'migrants and refugees', 'women'],
  environment: ['citizens', 'rural communities', 'businesses'],
  'external-relations': ['citizens', 'migrants and refugees', 'businesses'],
  health: ['patients', 'older people', 'people with disabilities'],
  housing: ['low-income households', 'families and children', 'older people'],
  digitalisation: ['citizens', 'older people', 'rural communities', 'public servants'],
  'public-administration': ['citizens', 'public servants', 'businesses'],
  'public-order': ['citizens', 'women', 'young people'],
  culture: ['citizens', 'young people', 'older people'],
  science: ['researchers', 'businesses', 'students'],
  transport: ['citizens', 'people with disabilities', 'rural communities', 'older people'],
};

/** Tags any kind of case may carry, next to those of its trends. */
export const commonTags = [
  'service design',
  'user research',
  'pilot',
  'partnership',
  'scaling',
  'innovation lab',
  'agile delivery',
  'evaluation',
] as const;

/** How to count each group in a results sentence, and how many of them a service reaches relative to people. */
export const countingNouns: Record<TargetGroup, { noun: string; scale: number }> = {
  citizens: { noun: 'people', scale: 1 },
  'older people': { noun: 'older people', scale: 0.5 },
  'young people': { noun: 'young people', scale: 0.5 },
  'people with disabilities': { noun: 'people with disabilities', scale: 0.2 },
  'migrants and refugees': { noun: 'newcomers', scale: 0.2 },
  'low-income households': { noun: 'households', scale: 0.3 },
  businesses: { noun: 'businesses', scale: 0.1 },
  'public servants': { noun: 'public servants', scale: 0.1 },
  'rural communities': { noun: 'people in rural areas', scale: 0.3 },
  'families and children': { noun: 'families', scale: 0.3 },
  jobseekers: { noun: 'jobseekers', scale: 0.3 },
  students: { noun: 'students', scale: 0.3 },
  patients: { noun: 'patients', scale: 0.5 },
  women: { noun: 'women', scale: 0.4 },
  researchers: { noun: 'researchers', scale: 0.02 },
  'civil society organisations': { noun: 'organisations', scale: 0.005 },
};
