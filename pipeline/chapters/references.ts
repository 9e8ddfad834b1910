/**
 * Cross-references: `{{ref "name"}}` prints "Figure 1.2", "Box 2.1", "Chapter 3" or "Annex A", linked. Names are
 * a figure's id, a boxed case's id or a chapter's id. A reference may point forward, so the labels are looked up
 * only once every chapter has been through its helpers (see `collectTargets`).
 */
import type { ElementContent } from 'hast';
import { figureAnchor } from './figure-html.ts';
import { element } from './hast.ts';
import { labels } from './labels.ts';

/** What a reference prints and where it links. */
export interface Target {
  label: string;
  /** Anchor id in the report's HTML: the chapter's id, `figure-…` or `box-…`. */
  anchor: string;
}

export type Targets = ReadonlyMap<string, Target>;

/** Where a name points in the HTML: the editions may rewrite the link (for a site of many pages) from `data-ref`. */
export function refElement(name: string, target: Target): ElementContent {
  return element('a', { className: ['ref'], href: `#${target.anchor}`, dataRef: name }, [target.label]);
}

/** The parts of a rendered chapter that can be referred to. */
export interface ReferableChapter {
  id: string;
  shortTitle: string;
  label?: string;
  figures: readonly { id: string; number: string }[];
  boxes: readonly { id: string; caseId: string; number: string }[];
}

/** Every name a reference may use, once all chapters are rendered. An unnumbered chapter is cited by its short title. */
export function collectTargets(chapters: readonly ReferableChapter[]): Map<string, Target> {
  const targets = new Map<string, Target>();
  for (const chapter of chapters) {
    targets.set(chapter.id, { label: chapter.label ?? chapter.shortTitle, anchor: chapter.id });
    for (const figure of chapter.figures) targets.set(figure.id, { label: `${labels.figure} ${figure.number}`, anchor: figureAnchor(figure.id) });
    for (const box of chapter.boxes) targets.set(box.caseId, { label: `${labels.box} ${box.number}`, anchor: box.id });
  }
  return targets;
}
