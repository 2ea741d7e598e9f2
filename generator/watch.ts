import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';

/** A file (watched through its folder, so an editor's save-by-rename is seen) or a whole folder. */
export interface WatchTarget {
  readonly path: string;
  readonly kind: 'file' | 'folder';
}

export interface Watcher {
  /** Stops watching; resolves once a run in progress has finished. */
  close(): Promise<void>;
}

/**
 * Calls `onChange` with the paths that changed, once per burst of events (an editor's save is
 * several), never two runs at once: changes during a run lead to one more run after it.
 */
export function watchPaths(
  targets: readonly WatchTarget[],
  onChange: (changed: string[]) => Promise<void>,
  debounceMs = 150,
): Watcher {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;

  const fire = (): void => {
    timer = undefined;
    if (running !== undefined || closed) return;
    const changed = [...pending].sort();
    pending.clear();
    running = onChange(changed).finally(() => {
      running = undefined;
      if (pending.size > 0) schedule();
    });
  };
  const schedule = (): void => {
    if (closed) return;
    clearTimeout(timer);
    timer = setTimeout(fire, debounceMs);
  };
  const note = (changed: string): void => {
    pending.add(changed);
    schedule();
  };
  const watchers: FSWatcher[] = targets.map((target) => watchTarget(target, note));

  return {
    async close() {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
      await running;
    },
  };
}

function watchTarget(target: WatchTarget, note: (changed: string) => void): FSWatcher {
  if (target.kind === 'folder') {
    return watch(target.path, { recursive: true }, (_event, name) =>
      note(name ? path.join(target.path, name.toString()) : target.path),
    );
  }
  const folder = path.dirname(target.path);
  const file = path.basename(target.path);
  return watch(folder, (_event, name) => {
    if (name?.toString() === file) note(target.path);
  });
}
