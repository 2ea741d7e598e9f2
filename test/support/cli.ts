/**
 * Running the generator's CLI as a user does (a child process), or its `main()` in this process
 * (the same code from argument parsing to exit code, without the process start-up), and hashing
 * output folders to prove what a run did or did not change. Shared by the generator and corpus suites.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { vi } from 'vitest';
import { main } from '../../generator/cli.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * tsx's CLI where Node resolves it, not `ROOT/node_modules/.bin/tsx`: the sandbox a mutation run
 * copies the project into had no node_modules of its own (imports resolve through the parent
 * folders), so the spawn failed with ENOENT and Stryker's dry run with the client suites failed.
 */
const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const CLI = path.join(ROOT, 'generator/cli.ts');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  /** Default: the project root. */
  readonly cwd?: string;
  /** Added to this process's environment. */
  readonly env?: NodeJS.ProcessEnv;
}

/** The real CLI in a child process; never throws for a non-zero exit. */
export function runCliProcess(args: readonly string[], options: CliRunOptions = {}): Promise<CliRun> {
  const env = { ...process.env, ...options.env };
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [TSX, CLI, ...args],
      { cwd: options.cwd ?? ROOT, env, timeout: 60_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') reject(error);
        else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

/**
 * The CLI's `main()` in this process, with console output captured the way a terminal would
 * show it: log to stdout, warn and error to stderr. Not reentrant: run one at a time.
 */
export async function runCliInProcess(args: readonly string[]): Promise<CliRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const line =
    (sink: string[]) =>
    (...parts: unknown[]) =>
      void sink.push(`${parts.map(String).join(' ')}\n`);
  const spies = [
    vi.spyOn(console, 'log').mockImplementation(line(stdout)),
    vi.spyOn(console, 'warn').mockImplementation(line(stderr)),
    vi.spyOn(console, 'error').mockImplementation(line(stderr)),
  ];
  try {
    const code = await main(args);
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

/** Every file under `dir` (hidden ones included) -> its text, in path order. */
export async function readFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file).split(path.sep).join('/'), await readFile(file, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Every file under `dir` (hidden ones included) -> sha256 of its bytes. */
export async function hashFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    hashes.set(
      path.relative(dir, file).split(path.sep).join('/'),
      createHash('sha256')
        .update(await readFile(file))
        .digest('hex'),
    );
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}
