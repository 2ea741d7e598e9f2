/**
 * `--watch` as a user meets it: our CLI watching a spec, the spec saved with an edit, and the
 * time from the save to the CLI's summary line (printed once the last file is written, so it
 * includes the watcher's debounce). Which files were rewritten is read from the output folder's
 * modification times before and after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface EditResult {
  readonly ms: number;
  /** Files whose modification time changed, relative to the output folder. */
  readonly rewritten: readonly string[];
  /** The CLI's own count of files written. */
  readonly written: number;
}

/** `dist/units/user.js: 12 files, 2 written, …` */
const SUMMARY = /: (\d+) files, (\d+) written, /;
const READY = /^watching /;

class Lines {
  private readonly seen: string[] = [];
  private waiter: (() => void) | undefined;
  constructor(child: ChildProcess) {
    let pending = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      this.seen.push(...lines);
      this.waiter?.();
    });
  }

  /** Resolves with the first line from `from` on that matches, and its index. */
  async next(pattern: RegExp, from: number, timeoutMs: number): Promise<{ line: string; index: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.seen.findIndex((line, at) => at >= from && pattern.test(line));
      const line = this.seen[index];
      if (index >= 0 && line !== undefined) return { line, index };
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no line matching ${pattern} within ${timeoutMs} ms: ${this.tail()}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  get count(): number {
    return this.seen.length;
  }

  tail(): string {
    return this.seen.slice(-3).join(' | ') || 'no output';
  }
}

async function modificationTimes(dir: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        times.set(path.relative(dir, file), (await stat(file)).mtimeMs);
      }),
  );
  return times;
}

/**
 * Starts `--watch` on `spec` into `outDir`, waits for the first generation, then for each edit:
 * applies it, times the regeneration, and notes what was rewritten. Stops the CLI (its process
 * group, and only it) at the end.
 */
export async function watchEdits(
  spec: string,
  outDir: string,
  edits: readonly (() => Promise<void>)[],
  timeoutMs: number,
): Promise<EditResult[]> {
  const child = spawn(process.execPath, ['generator/bin.mjs', '--watch', '--spec', spec, '--out', outDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  const lines = new Lines(child);
  const results: EditResult[] = [];
  try {
    await lines.next(READY, 0, timeoutMs);
    for (const edit of edits) {
      // Let any late event of the previous save settle, so each edit is one regeneration.
      await new Promise((resolve) => setTimeout(resolve, 400));
      const before = await modificationTimes(outDir);
      const from = lines.count;
      const started = performance.now();
      await edit();
      const { line } = await lines.next(SUMMARY, from, timeoutMs);
      const ms = performance.now() - started;
      const after = await modificationTimes(outDir);
      const rewritten = [...after].filter(([file, mtime]) => before.get(file) !== mtime).map(([file]) => file);
      results.push({ ms, rewritten: rewritten.sort(), written: Number(SUMMARY.exec(line)?.[2] ?? Number.NaN) });
    }
  } finally {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await closed;
  }
  return results;
}
