/**
 * What the generator may touch in the output folder: only what it wrote itself, as its manifest
 * records, never through a symbolic link, and for `--check` nothing beyond the files it would
 * write. Every refusal is exit 1 with the offending files named, and the folder unchanged.
 */
import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { cp, mkdir, open, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MANIFEST, sha256 } from '../../generator/write/manifest.js';
import { ROOT, hashFiles, runCliInProcess as cli, runCliProcess } from '../support/cli.js';
import { makeLayout, scratchFolder } from './support.js';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeAll(async () => {
  scratch = await scratchFolder('out-safety');
});
afterAll(async () => {
  await scratch.remove();
});

/** A layout whose generated/ the CLI has just written from the built-in spec. */
async function generatedLayout(name: string) {
  const layout = await makeLayout(scratch.path, name);
  const result = await cli(['--spec', layout.spec, '--out', layout.out]);
  expect(result.code).toBe(0);
  return layout;
}

describe('a folder the generator did not write', () => {
  it('is refused when not empty, naming what is there; nothing is written', async () => {
    const layout = await makeLayout(scratch.path, 'foreign');
    await mkdir(path.join(layout.out, 'src'), { recursive: true });
    await writeFile(path.join(layout.out, 'notes.txt'), 'mine\n');
    await writeFile(path.join(layout.out, 'src/app.ts'), 'export {};\n');
    const before = await hashFiles(layout.out);
    const result = await cli(['--spec', layout.spec, '--out', layout.out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${layout.out} is not empty and was not written by this generator (it has no ${MANIFEST}): notes.txt, src. ` +
        'Choose an empty or new folder, or pass --force to write into it anyway.',
    );
    expect(await hashFiles(layout.out)).toEqual(before);
  });

  it('is written into with --force, its own files kept', async () => {
    const layout = await makeLayout(scratch.path, 'foreign-forced');
    await mkdir(layout.out);
    await writeFile(path.join(layout.out, 'notes.txt'), 'mine\n');
    const result = await cli(['--spec', layout.spec, '--out', layout.out, '--force']);
    expect(result.code).toBe(0);
    const after = await hashFiles(layout.out);
    expect(after.get('notes.txt')).toBe(sha256('mine\n'));
    expect(after.has('dist/index.js')).toBe(true);
    expect(after.has(MANIFEST)).toBe(true);
  });
});

describe('files the generator wrote', () => {
  it('are not overwritten once changed by hand (named), unless --force', async () => {
    const layout = await generatedLayout('edited');
    await writeFile(path.join(layout.out, 'dist/api.js'), '// my fix\n');
    const before = await hashFiles(layout.out);
    const refused = await cli(['--spec', layout.spec, '--out', layout.out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `${layout.out} has files this generator did not write, or that were changed since: dist/api.js. ` +
        'Move them away, or pass --force to overwrite them.',
    );
    expect(await hashFiles(layout.out)).toEqual(before);

    const forced = await cli(['--spec', layout.spec, '--out', layout.out, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(path.join(layout.out, 'dist/api.js'), 'utf8')).not.toBe('// my fix\n');
  });

  it('are removed when no longer generated, while files the generator never wrote stay', async () => {
    const layout = await generatedLayout('retired');
    await writeFile(path.join(layout.out, 'NOTES.md'), 'mine\n');
    // Drop the AI Gateway operation: its unit's files are no longer generated.
    await layout.editSpec((text) =>
      text.replace(
        / {2}\/accounts\/\{account_id\}\/ai-gateway\/billing\/invoice-history:\n[\s\S]*?(?=^ {2}\/user)/m,
        '',
      ),
    );
    const result = await cli(['--spec', layout.spec, '--out', layout.out]);
    expect(result.code).toBe(0);
    const removed = result.stdout
      .split('\n')
      .filter((line) => line.endsWith(' (no longer generated)'))
      .map((line) => path.relative(layout.out, line.slice('removed '.length, -' (no longer generated)'.length)));
    expect(removed.sort()).toEqual(['dist/units/ai-gateway.d.ts', 'dist/units/ai-gateway.js']);
    const after = await hashFiles(layout.out);
    expect([...after.keys()].filter((file) => file.startsWith('dist/units/'))).toEqual([
      'dist/units/user.d.ts',
      'dist/units/user.js',
    ]);
    expect(after.get('NOTES.md')).toBe(sha256('mine\n'));
  });
});

describe('a planted manifest', () => {
  /** A manifest in our format claiming `files` (path -> hash). */
  function manifest(files: Record<string, string>): string {
    return JSON.stringify({
      generator: 'cloudflare-billing-codegen',
      spec: { name: 'spec/openapi.yaml', sha256: '0'.repeat(64) },
      files,
    });
  }

  it('listing files outside the generated layout is not ours: refused, and even with --force they stay', async () => {
    const layout = await makeLayout(scratch.path, 'planted');
    await mkdir(path.join(layout.out, 'src'), { recursive: true });
    const victims = {
      'src/index.ts': 'export const mine = 1;\n',
      'notes.md': 'mine\n',
      '../victim.txt': 'beside the output\n',
    };
    for (const [file, text] of Object.entries(victims)) await writeFile(path.join(layout.out, file), text);
    await writeFile(
      path.join(layout.out, MANIFEST),
      manifest(Object.fromEntries(Object.entries(victims).map(([file, text]) => [file, sha256(text)]))),
    );
    const before = await hashFiles(layout.root);
    const refused = await cli(['--spec', layout.spec, '--out', layout.out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('was not written by this generator');
    expect(await hashFiles(layout.root)).toEqual(before);

    const forced = await cli(['--spec', layout.spec, '--out', layout.out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).not.toMatch(/^removed /m);
    for (const [file, text] of Object.entries(victims))
      expect(await readFile(path.join(layout.out, file), 'utf8'), file).toBe(text);
  });

  it('listing a file at a path we generate, with another hash, is refused naming it', async () => {
    const layout = await makeLayout(scratch.path, 'planted-owned');
    await mkdir(path.join(layout.out, 'dist'), { recursive: true });
    await writeFile(path.join(layout.out, 'dist/mine.js'), 'export const mine = 1;\n');
    await writeFile(path.join(layout.out, MANIFEST), manifest({ 'dist/mine.js': sha256('something else') }));
    const before = await hashFiles(layout.out);
    const result = await cli(['--spec', layout.spec, '--out', layout.out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('changed since: dist/mine.js.');
    expect(await hashFiles(layout.out)).toEqual(before);
  });
});

describe('symbolic links', () => {
  it('an output folder that is a link is refused', async () => {
    const layout = await makeLayout(scratch.path, 'link-out');
    const real = path.join(layout.root, 'elsewhere');
    await mkdir(real);
    await symlink(real, layout.out, 'dir');
    const result = await cli(['--spec', layout.spec, '--out', layout.out]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`${layout.out} is a symbolic link: the generator writes only into a real folder`);
    expect(await hashFiles(real)).toEqual(new Map());
  });

  it.each([
    { given: 'a folder inside the output', link: 'dist' },
    { given: 'a file the generator writes', link: 'dist/api.js' },
  ])('$given that links out of it is never written through, even with --force', async ({ link }) => {
    const layout = await generatedLayout(`link-${link.replace(/\W/g, '-')}`);
    const outside = path.join(layout.root, 'outside');
    await mkdir(outside);
    const target = path.join(outside, path.basename(link));
    await rename(path.join(layout.out, link), target);
    await symlink(target, path.join(layout.out, link));
    // The spec changes, so the linked files would be rewritten.
    await layout.editSpec((text) => text.replace('Cloudflare account ID.', 'The Cloudflare account ID.'));
    const outsideBefore = await hashFiles(outside);
    const result = await cli(['--spec', layout.spec, '--out', layout.out, '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${path.join(layout.out, link)} is a symbolic link: the generator never writes through one`,
    );
    expect(await hashFiles(outside)).toEqual(outsideBefore);
  });
});

describe('--check in a big folder', () => {
  it('reads only the files it would write: a pipe beside them is never opened', async () => {
    const layout = await makeLayout(scratch.path, 'check-big', { withGenerated: true });
    // Reading a named pipe blocks until a writer comes: the watcher below is that writer, and it
    // can only open the pipe (O_NONBLOCK) while some reader holds it open. Unlike permissions,
    // this holds for root too.
    const pipes = [path.join(layout.out, 'huge.bin'), path.join(layout.out, 'data/deep/archive.tar')];
    await mkdir(path.join(layout.out, 'data/deep'), { recursive: true });
    for (const pipe of pipes) execFileSync('mkfifo', [pipe]);
    const opened: string[] = [];
    let done = false;
    const watcher = (async () => {
      while (!done) {
        for (const pipe of pipes) {
          try {
            const handle = await open(pipe, constants.O_WRONLY | constants.O_NONBLOCK);
            opened.push(path.relative(layout.out, pipe));
            await handle.close(); // the reader sees the end of the file and goes on
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'ENXIO') throw error;
          }
        }
        await sleep(20);
      }
    })();
    try {
      const result = await cli(['--check', '--spec', layout.spec, '--out', layout.out]);
      expect(result.stdout).toContain(`${layout.out}: up to date (`);
      expect(result.code).toBe(0);
    } finally {
      done = true;
      await watcher;
    }
    expect(opened).toEqual([]);
  });

  it('the pipe watcher notices a reader (the check itself works)', async () => {
    const folder = path.join(scratch.path, 'pipe-check');
    await mkdir(folder);
    const pipe = path.join(folder, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const reading = readFile(pipe, 'utf8');
    let writer;
    while (writer === undefined) {
      writer = await open(pipe, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
      if (writer === undefined) await sleep(20);
    }
    await writer.close();
    expect(await reading).toBe('');
  });
});

describe('--spec without --out', () => {
  it('refuses to replace the default folder when its manifest names another spec; nothing changes', async () => {
    const layout = await makeLayout(scratch.path, 'other-spec', { withGenerated: true });
    await cp(path.join(ROOT, 'test/fixtures/inventory.yaml'), path.join(layout.root, 'other.yaml'));
    const before = await hashFiles(layout.out);
    const result = await runCliProcess(['--spec', 'other.yaml'], { cwd: layout.root });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'generated holds the package generated from spec/openapi.yaml; generating other.yaml there would replace it. ' +
        'Pass --out DIR to generate other.yaml into a folder of its own (or --out generated to replace it on purpose).',
    );
    expect(await hashFiles(layout.out)).toEqual(before);

    const onPurpose = await cli(['--spec', path.join(layout.root, 'other.yaml'), '--out', layout.out]);
    expect(onPurpose.code).toBe(0);
    expect(JSON.parse(await readFile(path.join(layout.out, MANIFEST), 'utf8')).spec.name).toBe('other.yaml');
  });
});
