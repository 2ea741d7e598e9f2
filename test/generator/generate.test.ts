/**
 * The generated package as a whole: snapshots of it for the built-in spec (the committed
 * generated/) and the fixture spec, determinism, `--check`, and what a failed run leaves behind.
 * Nothing here writes into the project's generated/: every run that writes goes to a temporary
 * folder.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../../generator/assets.js';
import { generate, type Generation } from '../../generator/pipeline.js';
import { MANIFEST, manifestFile } from '../../generator/write/manifest.js';
import { ROOT, hashFiles, readFiles, runCliInProcess as cli, runCliProcess } from '../support/cli.js';
import { strictDiagnostics } from '../support/strict-consumer.js';
import { BUILT_IN_SPEC, makeLayout, replaceOnce, scratchFolder } from './support.js';

const INVENTORY = path.join(ROOT, 'test/fixtures/inventory.yaml');
const INVENTORY_SNAPSHOTS = path.join(ROOT, 'test/fixtures/__snapshots__/inventory');

/** The pipeline up to writing, as the CLI runs it, for `spec` into `out` (read, never written). */
async function generateFor(spec: string, out: string): Promise<Generation> {
  return generate({ spec, displayName: path.relative(ROOT, spec), out, strict: false }, await loadAssets());
}

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
beforeAll(async () => {
  scratch = await scratchFolder('generate');
});
afterAll(async () => {
  await scratch.remove();
});

describe('snapshots of the generated package', () => {
  // The committed generated/ is the built-in spec's snapshot. It is compared, never written:
  // it changes only through `npm run generate`.
  it('the built-in spec gives exactly the committed generated/: the same files, byte for byte, manifest included', async () => {
    const generation = await generateFor(BUILT_IN_SPEC, path.join(ROOT, 'generated'));
    const committed = await readFiles(path.join(ROOT, 'generated'));
    const produced = [...generation.files, manifestFile(generation.files, manifestSpec(generation))];
    // A committed file the generator no longer produces shows here, as does a missing one.
    expect([...committed.keys()]).toEqual(produced.map((file) => file.path).sort());
    for (const file of produced) expect(committed.get(file.path), file.path).toBe(file.contents);
  });

  it('the fixture spec gives every file as its snapshot, and there is no snapshot without a file', async () => {
    // Named as if beside test/fixtures/, so headers say "inventory.yaml"; nothing is written there.
    const generation = await generateFor(INVENTORY, path.join(ROOT, 'test/fixtures/generated-inventory'));
    expect(generation.model.operations.map((operation) => operation.sdkPath.join('.'))).toEqual([
      'warehouses.items.delete',
      'warehouses.items.get',
      'warehouses.list',
    ]);
    const produced = generation.files.map((file) => file.path);
    const recorded = [...(await readFiles(INVENTORY_SNAPSHOTS)).keys()];
    const orphans = recorded.filter((file) => !produced.includes(file));
    if (expect.getState().snapshotState.snapshotUpdateState === 'all') {
      // `npm run test:update`: a file the generator no longer produces loses its snapshot.
      for (const orphan of orphans) await rm(path.join(INVENTORY_SNAPSHOTS, orphan));
    } else {
      expect(orphans, 'snapshots of files the generator does not produce').toEqual([]);
      expect(
        produced.filter((file) => !recorded.includes(file)),
        'files without a snapshot',
      ).toEqual([]);
    }
    for (const file of generation.files)
      await expect(file.contents).toMatchFileSnapshot(path.join(INVENTORY_SNAPSHOTS, file.path));
  });

  it('the fixture package type-checks with an app that uses it, under strict flags', { timeout: 180_000 }, async () => {
    const app = path.join(scratch.path, 'inventory-app');
    const out = path.join(app, 'inventory');
    const result = await cli(['--spec', INVENTORY, '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The package's dependencies resolve from the project's node_modules, as in a consumer's app.
    await symlink(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir');
    const entry = path.join(app, 'app.ts');
    await writeFile(
      entry,
      [
        "import { createInventoryClient, type Warehouse } from './inventory/dist/index.js';",
        "const client = createInventoryClient({ bearerAuth: 'token', baseUrl: 'http://127.0.0.1:1' });",
        'export async function names(): Promise<string[]> {',
        '  const ids: string[] = [];',
        "  for await (const warehouse of client.warehouses.list({ region: 'eu' })) ids.push((warehouse satisfies Warehouse).id);",
        "  const item = await client.warehouses.items.get({ warehouse_id: 'wh_1', sku: 'BOLT-1' });",
        "  ids.push(item.sku, item.discontinued_at ?? 'never');",
        "  await client.warehouses.items.delete({ warehouse_id: 'wh_1', sku: 'BOLT-1' });",
        '  // @ts-expect-error region is an enum',
        "  client.warehouses.list({ region: 'mars' });",
        '  // @ts-expect-error sku is required',
        "  client.warehouses.items.get({ warehouse_id: 'wh_1' });",
        '  return ids;',
        '}',
        '',
      ].join('\n'),
    );
    expect(strictDiagnostics(entry)).toEqual([]);
  });
});

function manifestSpec(generation: Generation): { name: string; sha256: string } {
  return { name: generation.model.sourceName, sha256: generation.model.sourceHash };
}

describe('determinism', () => {
  it('two runs give identical bytes, from another working directory, time zone and locale', async () => {
    const first = await makeLayout(scratch.path, 'first');
    const second = await makeLayout(scratch.path, 'second');
    const child = await runCliProcess(['--spec', first.spec, '--out', first.out], {
      cwd: tmpdir(),
      env: { TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
    });
    expect(child.stderr).toBe('');
    expect(child.code).toBe(0);
    const inProcess = await cli(['--spec', second.spec, '--out', second.out]);
    expect(inProcess.code).toBe(0);
    const hashes = await hashFiles(first.out);
    expect(hashes.size).toBeGreaterThan(10);
    expect(await hashFiles(second.out)).toEqual(hashes);
    // (Equality with the committed package is the --check test below: a fresh folder has no
    // previous API surface, so its version is the spec's declared floor, not the committed one.)
  });
});

describe('--check', () => {
  it('passes on a copy of the committed package', async () => {
    const layout = await makeLayout(scratch.path, 'check-clean', { withGenerated: true });
    const result = await cli(['--check', '--spec', layout.spec, '--out', layout.out]);
    expect(result.stdout).toContain(`${layout.out}: up to date (`);
    expect(result.code).toBe(0);
  });

  it('fails after a one-character edit to a description, naming each stale file, and writes nothing', async () => {
    const layout = await makeLayout(scratch.path, 'check-stale', { withGenerated: true });
    await layout.editSpec((text) => replaceOnce(text, 'Cloudflare account ID.', 'Cloudflare account ID!'));
    const before = await hashFiles(layout.out);
    const result = await cli(['--check', '--spec', layout.spec, '--out', layout.out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${layout.out} does not match the spec; run \`npm run generate\``);
    const stale = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('  stale: '))
      .map((line) => path.relative(layout.out, line.slice('  stale: '.length)));
    // The declarations carry the description; the version follows (a patch release), so the
    // files that name it change too. Nothing else does.
    expect(stale.sort()).toEqual(
      [
        MANIFEST,
        'README.md',
        'api-surface.json',
        'dist/units/ai-gateway.d.ts',
        'dist/version.js',
        'package.json',
      ].sort(),
    );
    expect(await hashFiles(layout.out)).toEqual(before);
  });

  it('names a file deleted from the output as missing', async () => {
    const layout = await makeLayout(scratch.path, 'check-missing', { withGenerated: true });
    await rm(path.join(layout.out, 'dist/api.js'));
    const result = await cli(['--check', '--spec', layout.spec, '--out', layout.out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`  missing: ${path.join(layout.out, 'dist/api.js')}`);
  });
});

describe('a failed generation', () => {
  it('names file:line:column, prints no stack trace, and leaves the output folder byte-for-byte as it was', async () => {
    const layout = await makeLayout(scratch.path, 'failed', { withGenerated: true });
    await layout.editSpec((text) =>
      replaceOnce(text, "$ref: '#/components/schemas/InvoiceHistoryResponse'", "$ref: '#/components/schemas/Nowhere'"),
    );
    const before = await hashFiles(layout.out);
    const result = await cli(['--spec', layout.spec, '--out', layout.out]);
    expect(result.code).toBe(1);
    const line = (await readFile(layout.spec, 'utf8')).split('\n').findIndex((l) => l.includes('Nowhere')) + 1;
    expect(result.stderr.split('\n')).toContain(
      `${layout.spec}:${line}:17 (#/paths/~1accounts~1{account_id}~1ai-gateway~1billing~1invoice-history/get/responses/200/content/application~1json/schema/$ref): ` +
        "$ref '#/components/schemas/Nowhere' points at nothing: no node at #/components/schemas/Nowhere [ref_not_found]",
    );
    expect(result.stderr).toContain('generation failed: 1 problem in the spec; nothing was written');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(await hashFiles(layout.out)).toEqual(before);
    // No staging folder left beside the output.
    expect((await readdir(layout.root)).sort()).toEqual(['generated', 'spec']);
  });
});

describe('command line', () => {
  it('runs as the installed bin, with no build step, and prints one summary line', async () => {
    const out = path.join(scratch.path, 'bin-summary');
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(ROOT, 'generator/bin.mjs'),
      '--out',
      out,
    ]);
    expect(stdout.trim()).toMatch(
      new RegExp(
        `^${escape(out)}: \\d+ files, \\d+ written, 0 unchanged, 0 removed in \\d+ ms; 2 operations, version \\d+\\.\\d+\\.\\d+$`,
      ),
    );
  });

  it('rejects an unknown flag with usage, exit 1', async () => {
    const result = await cli(['--spce', 'x.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Unknown option '--spce'");
    expect(result.stderr).toContain('Usage: cf-billing-codegen');
  });

  it('names a spec file that does not exist', async () => {
    const missing = path.join(scratch.path, 'nope.yaml');
    const result = await cli(['--spec', missing, '--out', path.join(scratch.path, 'none')]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`${missing}: cannot read the spec (ENOENT)`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
