import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage } from '../../generator/generate.js';
import { MANIFEST, writeOutput } from '../../generator/write.js';
import { ROOT, hashFiles, readFiles, runCliProcess as cli } from '../support/cli.js';

const exec = promisify(execFile);
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'cf-codegen-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('the real spec', () => {
  // Compared, never written: generated/ changes only through `npm run generate`.
  it('generates exactly the committed generated/ folder: the same files, byte for byte', async () => {
    const { files } = await generatePackage(path.join(ROOT, 'spec/openapi.yaml'), path.join(ROOT, 'generated'));
    const committed = await readFiles(path.join(ROOT, 'generated'));
    expect([...committed.keys()]).toEqual([...files.map((file) => file.path), MANIFEST].sort());
    for (const file of files) expect(committed.get(file.path), file.path).toBe(file.contents);
  });
});

describe('the fixture spec: nothing about the Cloudflare endpoints is hard-coded', () => {
  const spec = path.join(ROOT, 'test/fixtures/inventory.yaml');
  const snapshots = path.join(ROOT, 'test/fixtures/__snapshots__/inventory');

  it('generates every file as its snapshot, and no snapshot without a file', async () => {
    const { files, model } = await generatePackage(spec, path.join(ROOT, 'test/fixtures/generated-inventory'));
    expect(model.operations.map((operation) => operation.sdkPath.join('.'))).toEqual([
      'warehouses.list',
      'warehouses.items.get',
      'warehouses.items.delete',
    ]);
    const produced = files.map((file) => file.path);
    const recorded = [...(await readFiles(snapshots)).keys()];
    const orphans = recorded.filter((file) => !produced.includes(file));
    if (expect.getState().snapshotState.snapshotUpdateState === 'all') {
      // `npm run test:update`: a file the generator no longer produces loses its snapshot.
      for (const orphan of orphans) await rm(path.join(snapshots, orphan));
    } else {
      expect(orphans, 'snapshots of files the generator does not produce').toEqual([]);
      expect(
        produced.filter((file) => !recorded.includes(file)),
        'files without a snapshot',
      ).toEqual([]);
    }
    for (const file of files) await expect(file.contents).toMatchFileSnapshot(path.join(snapshots, file.path));
  });

  it('type-checks, with an app that uses it, under strict flags', async () => {
    // Inside the project, so that `openapi-fetch` resolves from node_modules as in a consumer's app.
    const out = path.join(ROOT, 'test/generator/__out__/inventory');
    await rm(out, { recursive: true, force: true });
    const { files } = await generatePackage(spec, out);
    await writeOutput(out, files);
    const app = path.join(out, 'app.ts');
    await writeFile(
      app,
      [
        "import { createInventoryClient, type Warehouse } from './src/index.js';",
        "const client = createInventoryClient({ bearerAuth: 'token', baseUrl: 'http://127.0.0.1:1' });",
        'export async function names(): Promise<string[]> {',
        '  const ids: string[] = [];',
        "  for await (const warehouse of client.warehouses.list({ region: 'eu' })) ids.push((warehouse satisfies Warehouse).id);",
        "  const item = await client.warehouses.items.get({ warehouse_id: 'wh_1', sku: 'BOLT-1' });",
        '  ids.push(item.sku, item.discontinued_at ?? "never");',
        "  await client.warehouses.items.delete({ warehouse_id: 'wh_1', sku: 'BOLT-1' });",
        '  // @ts-expect-error region is an enum',
        "  client.warehouses.list({ region: 'mars' });",
        '  // @ts-expect-error sku is required',
        "  client.warehouses.items.get({ warehouse_id: 'wh_1' });",
        '  return ids;',
        '}',
      ].join('\n'),
    );
    const program = ts.createProgram([app], {
      strict: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});

describe('determinism', () => {
  it('gives identical bytes from another working directory, time zone and locale', async () => {
    // The headers name the spec relative to the output's parent: give the copy the same layout.
    const copy = path.join(scratch, 'layout');
    await cp(path.join(ROOT, 'spec'), path.join(copy, 'spec'), { recursive: true });
    const result = await cli(['--spec', path.join(copy, 'spec/openapi.yaml'), '--out', path.join(copy, 'generated')], {
      cwd: tmpdir(),
      env: { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await hashFiles(path.join(copy, 'generated'))).toEqual(await hashFiles(path.join(ROOT, 'generated')));
  });
});

describe('--check', () => {
  it('passes when generated/ matches the spec', async () => {
    const result = await cli(['--check']);
    expect(result.stdout).toMatch(/^generated: up to date \(\d+ files\)$/m);
    expect(result.code).toBe(0);
  });

  it('fails naming each stale file after a one-character edit to a description', async () => {
    const copy = path.join(scratch, 'stale');
    await cp(path.join(ROOT, 'spec'), path.join(copy, 'spec'), { recursive: true });
    await cp(path.join(ROOT, 'generated'), path.join(copy, 'generated'), { recursive: true });
    const specFile = path.join(copy, 'spec/openapi.yaml');
    const text = await readFile(specFile, 'utf8');
    await writeFile(
      specFile,
      text.replace('Accesses your billing history object.', 'Accesses your billing history object!'),
    );
    const before = await hashFiles(path.join(copy, 'generated'));
    const result = await cli(['--check'], { cwd: copy });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('generated does not match the spec');
    expect(result.stderr).toContain('stale: generated/src/client.ts');
    expect(result.stderr).toContain('stale: generated/dist/client.d.ts');
    expect(await hashFiles(path.join(copy, 'generated'))).toEqual(before);
  });
});

describe('writing', () => {
  it('a failed run leaves generated/ byte-for-byte untouched and prints no stack trace', async () => {
    const copy = path.join(scratch, 'failed');
    await cp(path.join(ROOT, 'generated'), path.join(copy, 'generated'), { recursive: true });
    await writeFile(
      path.join(copy, 'broken.yaml'),
      (await readFile(path.join(ROOT, 'spec/openapi.yaml'), 'utf8')).replace('maxLength: 30', 'maxLength: -1'),
    );
    const before = await hashFiles(path.join(copy, 'generated'));
    const result = await cli(['--spec', 'broken.yaml', '--out', 'generated'], { cwd: copy });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^broken\.yaml:\d+:\d+ \(#\/paths\/~1user~1billing~1history\/get\/parameters\/\d+\/schema\/maxLength\): maxLength must be a non-negative integer \[invalid_schema\]$/m,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await hashFiles(path.join(copy, 'generated'))).toEqual(before);
    expect((await readdir(copy)).filter((name) => name.includes('staging'))).toEqual([]);
  });

  it('keeps files it does not own and removes files it no longer generates', async () => {
    const out = path.join(scratch, 'ownership');
    const { files } = await generatePackage(path.join(ROOT, 'spec/openapi.yaml'), out);
    const extra = { path: 'src/retired.ts', contents: 'export {};\n' };
    await writeOutput(out, [...files, extra]);
    await writeFile(path.join(out, 'NOTES.md'), 'mine\n');
    const report = await writeOutput(out, files);
    expect(report.removed).toEqual(['src/retired.ts']);
    expect(report.foreign).toEqual(['NOTES.md']);
    expect(report.written).toEqual([]);
    expect(await readFile(path.join(out, 'NOTES.md'), 'utf8')).toBe('mine\n');
  });

  it('prints one summary line with counts and milliseconds', async () => {
    const result = await cli(['--out', path.join(scratch, 'summary')]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/^\S+summary: \d+ files, \d+ written, 0 unchanged, 0 removed in \d+ ms$/);
  });
});

describe('command line', () => {
  it('runs as the installed bin, with no build step', async () => {
    const { stdout } = await exec(process.execPath, [path.join(ROOT, 'generator/bin.mjs'), '--check'], { cwd: ROOT });
    expect(stdout).toMatch(/^generated: up to date \(\d+ files\)$/m);
  });

  it('rejects an unknown flag with usage, exit 1', async () => {
    const result = await cli(['--spce', 'x.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown option '--spce'");
    expect(result.stderr).toContain('Usage: cf-billing-codegen');
  });

  it('names a spec file that does not exist', async () => {
    const result = await cli(['--spec', 'nope.yaml', '--out', path.join(scratch, 'none')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('nope.yaml: cannot read the spec (ENOENT)');
  });
});
