/** A copy of templates/ that the bench may edit, and the edit: one paragraph added to one chapter. */
import { appendFileSync, cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT } from './child.ts';

/** The chapter the bench edits: the first numbered chapter of the bundled edition, as a writer would. */
export const EDITED_CHAPTER = '01-introduction.md';
const CHAPTERS = join('editions', '2024', 'chapters');

/** Copies the project's templates/ to `to` (a folder that need not exist) and returns `to`. */
export function copyTemplates(to: string): string {
  cpSync(join(PROJECT, 'templates'), to, { recursive: true });
  if (!readdirSync(join(to, CHAPTERS)).includes(EDITED_CHAPTER)) throw new Error(`templates/${CHAPTERS}/${EDITED_CHAPTER} is gone: choose another chapter to edit`);
  return to;
}

/** Adds a paragraph, different on each call, to the end of the edited chapter. */
export function editChapter(templates: string, label: string): void {
  appendFileSync(join(templates, CHAPTERS, EDITED_CHAPTER), `\nA sentence added by the benchmark (${label}).\n`);
}
