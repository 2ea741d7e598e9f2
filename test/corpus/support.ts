/**
 * Running the generator's CLI on a corpus spec: as a child process (the real binary, the way a
 * user runs it) or through its exported `main()` in this process (the same code from argument
 * parsing to exit code, without ~2 s of process start-up), plus hashing of output folders.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../support/cli.js';

export { ROOT, hashFiles, runCliInProcess, runCliProcess, type CliRun } from '../support/cli.js';

/** A copy of generated/ alone in a fresh folder, so that stray staging folders beside it show. */
export async function copyOfGenerated(scratch: string, name: string): Promise<string> {
  const parent = await mkdtemp(path.join(scratch, `${name}-`));
  const out = path.join(parent, 'generated');
  await cp(path.join(ROOT, 'generated'), out, { recursive: true });
  return out;
}

/** Runs `task` over `items` with at most `limit` at a time, keeping the input order in the result. */
export async function pool<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Lines that look like a JavaScript stack frame. */
export function stackFrames(output: string): string[] {
  return output.split('\n').filter((line) => /^\s+at /.test(line));
}
