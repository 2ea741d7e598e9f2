import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CLI = path.join(ROOT, 'generator/cli.ts');
const SUMMARY = /^generated: \d+ files, \d+ written/gm;

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
    /** Resolves once `done` holds for the output so far; fails with the output after `ms`. */
    async until(done: (out: { stdout: string; stderr: string }) => boolean, ms = 60_000): Promise<void> {
      const deadline = Date.now() + ms;
      while (!done({ stdout, stderr })) {
        if (Date.now() > deadline) throw new Error(`timed out waiting; stdout:\n${stdout}\nstderr:\n${stderr}`);
        if (child.exitCode !== null)
          throw new Error(`exited ${child.exitCode}; stdout:\n${stdout}\nstderr:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}

let layout: string;
beforeAll(async () => {
  layout = await mkdtemp(path.join(tmpdir(), 'cf-watch-'));
  await mkdir(path.join(layout, 'spec'));
  await cp(path.join(ROOT, 'spec/openapi.yaml'), path.join(layout, 'spec/openapi.yaml'));
});
afterAll(async () => {
  await rm(layout, { recursive: true, force: true });
});

describe('npm run generate -- --watch', () => {
  it('regenerates on a spec edit with the change report, survives a broken spec, and exits 0 on Ctrl-C', async () => {
    const watcher = startWatching(layout);
    try {
      await watcher.until(
        (out) => /\(Ctrl-C to stop\)/.test(out.stdout) && (out.stdout.match(SUMMARY)?.length ?? 0) === 1,
      );
      const readme = path.join(layout, 'generated/README.md');
      expect(await readFile(readme, 'utf8')).toContain('>= 5; <= 50; default 20');

      const spec = path.join(layout, 'spec/openapi.yaml');
      const source = await readFile(spec, 'utf8');
      const edited = source.replace(
        '            minimum: 5\n            maximum: 50\n',
        '            minimum: 5\n            maximum: 25\n',
      );
      expect(edited).not.toBe(source);
      await writeFile(spec, edited);
      await watcher.until((out) => (out.stdout.match(SUMMARY)?.length ?? 0) === 2);
      expect(watcher.output().stdout).toContain('changed: spec/openapi.yaml');
      expect(watcher.output().stdout).toContain(
        'BREAKING  user.billing.history.list: parameter per_page: maximum 50 -> 25 (tightened)',
      );
      expect(await readFile(readme, 'utf8')).toContain('>= 5; <= 25; default 20');

      await writeFile(spec, `${edited}\npaths: {}\n`);
      await watcher.until((out) => out.stderr.includes('generation failed'));
      expect(watcher.output().stderr).toMatch(/spec\/openapi\.yaml:\d+:\d+ .*\[yaml_duplicate_key\]/);
      expect(watcher.child.exitCode).toBeNull();

      watcher.child.kill('SIGINT');
      expect(await watcher.exited).toBe(0);
    } finally {
      if (watcher.child.exitCode === null) watcher.child.kill('SIGKILL');
    }
  }, 120_000);

  it('refuses --watch with --check, exit 1', async () => {
    const failed = await promisify(execFile)(TSX, [CLI, '--watch', '--check'], { cwd: layout }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect('stderr' in failed ? failed.stderr : '').toContain('--check and --watch do not go together');
  });

  it('names a spec folder it cannot watch, exit 1', async () => {
    const failed = await promisify(execFile)(TSX, [CLI, '--watch', '--spec', 'missing/openapi.yaml', '--out', 'out'], {
      cwd: layout,
    }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed ? failed.code : 0).toBe(1);
    expect('stderr' in failed ? failed.stderr : '').toContain('cannot watch missing/openapi.yaml');
  });
});
