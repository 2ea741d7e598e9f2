/**
 * `--watch`: regenerates after each spec edit, rewriting only the files whose contents changed
 * (the other units are neither rendered again nor touched), survives a broken spec, and exits 0
 * on Ctrl-C. No wall-clock bound: each wait ends when the output shows what it waits for, or
 * fails when the process exits; the test's own timeout is only a safety net.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile, stat, utimes } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST } from '../../generator/write/manifest.js';
import { ROOT, runCliInProcess as cli, runCliProcess } from '../support/cli.js';
import { type Layout, makeLayout, replaceOnce, scratchFolder } from './support.js';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'generator/cli.ts');
const SUMMARY = /^generated: \d+ files, (\d+) written, \d+ unchanged, \d+ removed in \d+ ms/gm;

/** The CLI in --watch mode as a user starts it, with its output collected as it comes. */
function startWatching(cwd: string) {
  const child: ChildProcess = spawn(TSX, [CLI, '--watch', '--spec', 'spec/openapi.yaml', '--out', 'generated'], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => ({ stdout, stderr }),
    summaries: () => [...stdout.matchAll(SUMMARY)],
    /** Resolves once `done` holds for the output so far; fails, with the output, if the process exits first. */
    async until(done: (out: { stdout: string; stderr: string }) => boolean): Promise<void> {
      while (!done({ stdout, stderr })) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`exited ${child.exitCode ?? child.signalCode}; stdout:\n${stdout}\nstderr:\n${stderr}`);
        await sleep(100);
      }
    },
  };
}

/** Every file of the output -> its modification time. */
async function mtimes(dir: string): Promise<Map<string, number>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const times = new Map<string, number>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    times.set(path.relative(dir, file), (await stat(file)).mtimeMs);
  }
  return times;
}

const LONG_AGO = new Date('2000-01-01T00:00:00Z');

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let layout: Layout;
beforeAll(async () => {
  scratch = await scratchFolder('watch');
  layout = await makeLayout(scratch.path, 'layout');
});
afterAll(async () => {
  await scratch.remove();
});

describe('npm run generate -- --watch', () => {
  it('regenerates on a spec edit, rewriting only what changed, survives a broken spec, and exits 0 on Ctrl-C', async () => {
    const watcher = startWatching(layout.root);
    try {
      await watcher.until((out) => /\(Ctrl-C to stop\)/.test(out.stdout) && watcher.summaries().length === 1);
      // Every file dated long ago: whatever the next run rewrites gets a new date, on any file system.
      for (const file of (await mtimes(layout.out)).keys())
        await utimes(path.join(layout.out, file), LONG_AGO, LONG_AGO);
      const userTypes = path.join(layout.out, 'dist/units/user.d.ts');
      expect(await readFile(userTypes, 'utf8')).toContain('>= 5; <= 50; default 20.');

      await layout.editSpec((text) =>
        replaceOnce(
          text,
          '            minimum: 5\n            maximum: 50\n',
          '            minimum: 5\n            maximum: 25\n',
        ),
      );
      await watcher.until(() => watcher.summaries().length === 2);
      const { stdout } = watcher.output();
      expect(stdout).toContain('changed: spec/openapi.yaml');
      expect(stdout).toContain('BREAKING  user.billing.history.list: parameter per_page: maximum 50 -> 25 (tightened)');
      expect(await readFile(userTypes, 'utf8')).toContain('>= 5; <= 25; default 20.');
      // The user unit, and what names the version; the AI Gateway unit, dist/api.js and the runtime are untouched.
      const rewritten = [...(await mtimes(layout.out))]
        .filter(([, time]) => time !== LONG_AGO.getTime())
        .map(([file]) => file)
        .sort();
      expect(rewritten).toEqual(
        [
          MANIFEST,
          'README.md',
          'api-surface.json',
          'dist/units/user.d.ts',
          'dist/units/user.js',
          'dist/version.js',
          'package.json',
        ].sort(),
      );
      expect(watcher.summaries()[1]?.[1]).toBe(String(rewritten.length - 1)); // the manifest is not counted

      const edited = await readFile(layout.spec, 'utf8');
      await layout.editSpec((text) => `${text}\npaths: {}\n`);
      await watcher.until((out) => out.stderr.includes('generation failed'));
      expect(watcher.output().stderr).toMatch(/spec\/openapi\.yaml:\d+:\d+ .*\[yaml_duplicate_key\]/);
      expect(watcher.child.exitCode).toBeNull();

      // Fixed again: the next edit generates again.
      await layout.editSpec(() => edited.replace('maximum: 25', 'maximum: 30'));
      await watcher.until(() => watcher.summaries().length === 3);
      expect(await readFile(userTypes, 'utf8')).toContain('>= 5; <= 30; default 20.');

      watcher.child.kill('SIGINT');
      expect(await watcher.exited).toBe(0);
    } finally {
      if (watcher.child.exitCode === null) watcher.child.kill('SIGKILL');
    }
  }, 600_000);

  it('refuses --watch with --check, exit 1', async () => {
    const result = await cli(['--watch', '--check']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--check and --watch do not go together');
  });

  it('names a spec folder it cannot watch, exit 1, no stack trace', async () => {
    const missing = path.join(scratch.path, 'missing/openapi.yaml');
    // A process of its own: --watch installs signal handlers.
    const result = await runCliProcess(['--watch', '--spec', missing, '--out', path.join(scratch.path, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot watch ${missing}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
