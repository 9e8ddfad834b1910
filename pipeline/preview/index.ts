/**
 * `report preview`: the HTML edition served from memory, refreshed as its inputs are saved.
 *
 *   watcher ─► changed paths ─► input groups ─► live report (the build's stages, re-run where a change reaches)
 *                                                  │ files, diagnostics
 *                                                  ▼
 *   browser ◄─ pages + client ◄─ server ─► WebSocket: overlay of the errors, reload of the pages that changed
 *
 * Refreshes run one at a time; what changes meanwhile is gathered for the next one.
 */
import { formatDiagnostic } from '../diagnostics.ts';
import type { Effects } from '../effects.ts';
import { messages } from '../messages.ts';
import { overlayHtml } from './client.ts';
import { createLiveReport, INPUT_GROUPS, inputGroupOf, watchedPaths, type InputGroup, type PreviewFiles, type PreviewInputs, type Refreshed } from './live-report.ts';
import { startServer } from './server.ts';
import { watchPaths } from './watch.ts';

export interface PreviewOptions extends PreviewInputs {
  /** 0 lets the system choose a free port. */
  port: number;
}

export interface Preview {
  url: string;
  /** Stops watching, closes the sockets and the server; a refresh under way finishes. */
  close(): Promise<void>;
}

/** Starts the preview and resolves once its first refresh is done (whether it found errors or not). */
export async function startPreview(options: PreviewOptions, effects: Effects): Promise<Preview> {
  const report = await createLiveReport(options, effects);
  let files: PreviewFiles = new Map();
  let overlay = '';
  let printed = '';
  const server = await startServer(options.port, { files: () => files, overlay: () => overlay });

  async function refresh(touched: ReadonlySet<InputGroup>): Promise<void> {
    const started = performance.now();
    const refreshed = await report.refresh(touched).catch((error: unknown) => exceptionAsDiagnostic(error, options, effects));
    // The same warnings on every save would bury what is new: they are printed when they change.
    const printing = refreshed.diagnostics.map(formatDiagnostic).join('\n');
    if (printing !== printed) refreshed.diagnostics.forEach((d) => effects.log.diagnostic(d));
    printed = printing;
    const errors = refreshed.diagnostics.filter((d) => d.severity === 'error');
    const nextOverlay = overlayHtml(errors);
    if (nextOverlay !== overlay) server.send({ type: 'problems', overlay: nextOverlay });
    overlay = nextOverlay;
    if (refreshed.files === undefined) return effects.log.info(messages.previewFailed(errors.length));
    const pages = changedPages(files, refreshed.files);
    files = refreshed.files;
    if (pages.length === 0) return;
    server.send({ type: 'reload', pages });
    effects.log.info(messages.previewUpdated(pages.length, performance.now() - started));
  }

  let pending = new Set<InputGroup>(INPUT_GROUPS);
  let queue = Promise.resolve();
  const schedule = () => {
    queue = queue.then(async () => {
      if (pending.size === 0) return;
      const touched = pending;
      pending = new Set();
      await refresh(touched);
    });
  };
  const watcher = await watchPaths(watchedPaths(options), {
    change(paths) {
      for (const path of paths) {
        const group = inputGroupOf(path, options);
        if (group !== undefined) pending.add(group);
      }
      schedule();
    },
    error: (error) => effects.log.info(messages.previewWatchFailed(error.message)),
  });
  schedule();
  await queue;
  effects.log.info(messages.previewListening(server.url));
  return {
    url: server.url,
    async close() {
      await watcher.close();
      await queue;
      await server.close();
    },
  };
}

/** The pages to reload: those whose content changed, came or went; every page when a style, script or font did. */
export function changedPages(before: PreviewFiles, after: PreviewFiles): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  const changed = [...paths].filter((path) => !sameContent(before.get(path), after.get(path)));
  const isPage = (path: string) => path.endsWith('.html');
  return (changed.every(isPage) ? changed : [...paths]).filter(isPage);
}

/** Both versions are in memory, so they are compared whole: no hash could be cheaper or surer. */
function sameContent(a: string | Uint8Array | undefined, b: string | Uint8Array | undefined): boolean {
  if (a instanceof Uint8Array && b instanceof Uint8Array) return Buffer.compare(a, b) === 0;
  return a === b;
}

/**
 * A stage that throws something other than diagnostics (a layout naming what its page does not have, or a bug):
 * shown like an error, with the stack in the terminal, and the server goes on.
 */
function exceptionAsDiagnostic(error: unknown, options: PreviewInputs, effects: Effects): Refreshed {
  effects.log.info(error instanceof Error && error.stack !== undefined ? error.stack : String(error));
  const message = messages.previewException(error instanceof Error ? error.message : String(error));
  return { diagnostics: [{ file: options.templates, rule: 'preview/exception', severity: 'error', message }] };
}
