/**
 * What the report prints around a figure, read from the spec: the title and subtitle from Vega-Lite's own `title`,
 * the rest from `usermeta.report` (a place Vega-Lite keeps for its users and never reads).
 */
import type { Diagnostic } from '../diagnostics.ts';
import { messages } from '../messages.ts';
import { isObject } from './data.ts';
import { diagnosticAt, type SpecDocument } from './document.ts';

export interface ReportMetadata {
  title: string;
  subtitle: string;
  chapter: string;
  note: string;
  source: string;
  /** A Handlebars template, filled from the figure's data. */
  altTemplate: string;
}

type Read = { metadata: ReportMetadata; diagnostics: [] } | { metadata?: never; diagnostics: Diagnostic[] };

type Unchecked<T> = { [K in keyof T]: T[K] | undefined };

/** The fields of `usermeta.report`, and where each goes. */
const reportFields = { chapter: 'chapter', note: 'note', source: 'source', alt: 'altTemplate' } as const;

export function readReportMetadata(
  document: SpecDocument,
  spec: Record<string, unknown>,
  chapters: readonly string[] | undefined,
): Read {
  const title = isObject(spec['title']) ? spec['title'] : {};
  const usermeta = isObject(spec['usermeta']) ? spec['usermeta'] : {};
  const report = isObject(usermeta['report']) ? usermeta['report'] : {};
  const metadata: Unchecked<ReportMetadata> = {
    title: text(title['text']),
    subtitle: text(title['subtitle']),
    chapter: nonBlankText(report['chapter']),
    // A figure that needs no note says so with an empty one.
    note: text(report['note']),
    source: nonBlankText(report['source']),
    altTemplate: nonBlankText(report['alt']),
  };

  const diagnostics: Diagnostic[] = [];
  if (metadata.title === undefined || metadata.subtitle === undefined) {
    diagnostics.push(diagnosticAt(document, ['title'], 'figures/title', messages.figureTitle()));
  }
  for (const [name, key] of Object.entries(reportFields)) {
    if (metadata[key] !== undefined) continue;
    const path = ['usermeta', 'report', name];
    diagnostics.push(diagnosticAt(document, path, 'figures/report-metadata', messages.requiredField(path.join('.'))));
  }
  if (metadata.chapter !== undefined && chapters !== undefined && !chapters.includes(metadata.chapter)) {
    const message = messages.unknownChapter(metadata.chapter, chapters);
    diagnostics.push(diagnosticAt(document, ['usermeta', 'report', 'chapter'], 'figures/unknown-chapter', message));
  }
  return isComplete(metadata) && diagnostics.length === 0 ? { metadata, diagnostics: [] } : { diagnostics };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function nonBlankText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function isComplete(metadata: Unchecked<ReportMetadata>): metadata is ReportMetadata {
  return Object.values(metadata).every((value) => value !== undefined);
}
