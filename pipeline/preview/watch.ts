/**
 * Watches the inputs and reports what changed, a burst of events at a time: an editor's save can be several events
 * (a truncate and a write, or a write to a temporary file and a rename), and the report should be refreshed once,
 * after the last of them.
 */
import { watch } from 'chokidar';

export interface Watcher {
  close(): Promise<void>;
}

/** How long the files must be quiet before the paths that changed are reported. */
const SETTLE_MS = 15;

export interface WatchEvents {
  change(paths: string[]): void;
  /** The watcher could not watch something (too many files, no permission); it goes on with the rest. */
  error(error: Error): void;
}

/** Starts watching `paths` (files or folders, recursively); resolves once the watcher knows every file in them. */
export async function watchPaths(paths: readonly string[], on: WatchEvents): Promise<Watcher> {
  const watcher = watch([...paths], { ignoreInitial: true });
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  watcher.on('all', (_event, path) => {
    changed.add(path);
    clearTimeout(timer);
    timer = setTimeout(() => {
      const paths = [...changed];
      changed = new Set();
      on.change(paths);
    }, SETTLE_MS);
  });
  watcher.on('error', (error) => on.error(error as Error));
  await new Promise<void>((resolve) => watcher.once('ready', resolve));
  return {
    async close() {
      clearTimeout(timer);
      await watcher.close();
    },
  };
}
