/**
 * `--watch` regenerates incrementally (a GenerationCache kept between runs: rendered units,
 * printed statements, what is on disk). After each edit its output must be, byte for byte, what a
 * cold run gives for the edited spec over the same previous output, and it must rewrite only the
 * files whose bytes changed: the other units are left untouched on disk.
 */
import { cp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAssets } from '../../generator/assets.js';
import { generate, generationCache, type GenerationCache } from '../../generator/pipeline.js';
import type { Assets } from '../../generator/render/index.js';
import { ForeignOutputError, MANIFEST, writeOutput } from '../../generator/write/index.js';
import { type Layout, makeLayout, replaceOnce, scratchFolder } from './support.js';

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let assets: Assets;
beforeAll(async () => {
  scratch = await scratchFolder('incremental');
  assets = await loadAssets();
});
afterAll(async () => {
  await scratch.remove();
});

/** One run as the CLI does it: generate, then write; with `cache`, as --watch does. */
async function regenerate(layout: Layout, out: string, cache?: GenerationCache) {
  const request = { spec: layout.spec, displayName: 'spec/openapi.yaml', out, strict: false };
  const generation = await generate(request, assets, cache);
  const spec = { name: generation.model.sourceName, sha256: generation.model.sourceHash };
  return writeOutput(out, generation.files, { spec, force: false, ...(cache ? { memory: cache.output } : {}) });
}

/** Every file of a folder -> its bytes. */
async function contents(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries.filter((each) => each.isFile()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, file), await readFile(file, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const LONG_AGO = new Date('2000-01-01T00:00:00Z');

async function dateLongAgo(dir: string): Promise<void> {
  for (const file of (await contents(dir)).keys()) await utimes(path.join(dir, file), LONG_AGO, LONG_AGO);
}

async function touchedSince(dir: string): Promise<string[]> {
  const touched: string[] = [];
  for (const file of (await contents(dir)).keys())
    if ((await stat(path.join(dir, file))).mtimeMs !== LONG_AGO.getTime()) touched.push(file);
  return touched.sort();
}

/** Besides the edited unit, a new version rewrites only these. */
const VERSIONED = [MANIFEST, 'README.md', 'api-surface.json', 'dist/version.js', 'package.json'];

describe('--watch regenerates incrementally', () => {
  it('gives the bytes of a cold run after each edit, rewriting only the edited unit and what names the version', async () => {
    const layout = await makeLayout(scratch.path, 'edits');
    const cold = path.join(layout.root, 'cold');
    const cache = generationCache();
    await regenerate(layout, layout.out, cache);
    await cp(layout.out, cold, { recursive: true });

    const edits = [
      {
        edit: (text: string) =>
          replaceOnce(
            text,
            '            minimum: 5\n            maximum: 50\n',
            '            minimum: 5\n            maximum: 25\n',
          ),
        files: ['dist/units/user.d.ts', 'dist/units/user.js'],
      },
      {
        edit: (text: string) => replaceOnce(text, 'Cloudflare account ID.', 'Cloudflare account ID!'),
        files: ['dist/units/ai-gateway.d.ts'],
      },
      {
        // A shared schema a unit's success body reaches: the unit's files stay (they name its
        // check), its operations' API surface changes.
        edit: (text: string) =>
          replaceOnce(
            text,
            '          type: integer\n          description: Error or message code.\n',
            '          type: integer\n          minimum: 0\n          description: Error or message code.\n',
          ),
        files: ['dist/schemas.js'],
      },
      {
        // A parameter's type: the unit and the openapi-typescript view (dist/types.*) change.
        edit: (text: string) =>
          replaceOnce(text, '              - manual\n', '              - manual\n              - proforma\n'),
        files: ['dist/types.d.ts', 'dist/units/ai-gateway.d.ts', 'dist/units/ai-gateway.js'],
      },
      {
        // Back to a state seen two runs ago: what the caches dropped since is rendered again.
        edit: (text: string) => replaceOnce(text, '            maximum: 25\n', '            maximum: 50\n'),
        files: ['dist/units/user.d.ts', 'dist/units/user.js'],
      },
    ];
    for (const { edit, files } of edits) {
      await dateLongAgo(layout.out);
      await layout.editSpec(edit);
      const incremental = await regenerate(layout, layout.out, cache);
      await regenerate(layout, cold);
      expect(await contents(layout.out)).toEqual(await contents(cold));
      expect([...incremental.written].sort()).toEqual([...files, ...VERSIONED.filter((f) => f !== MANIFEST)].sort());
      expect(await touchedSince(layout.out)).toEqual([...files, ...VERSIONED].sort());
    }
  });

  it('reuses every unit when an edit only moves lines (source positions are no part of a unit hash)', async () => {
    const layout = await makeLayout(scratch.path, 'moved');
    const cold = path.join(layout.root, 'cold');
    const cache = generationCache();
    await regenerate(layout, layout.out, cache);
    await cp(layout.out, cold, { recursive: true });
    await dateLongAgo(layout.out);
    const hashes = [...cache.units.values()].map((unit) => unit.hash).sort();
    await layout.editSpec((text) => `# two lines that move\n# every line below\n${text}`);
    const incremental = await regenerate(layout, layout.out, cache);
    await regenerate(layout, cold);
    expect(await contents(layout.out)).toEqual(await contents(cold));
    expect([...cache.units.values()].map((unit) => unit.hash).sort()).toEqual(hashes);
    expect(incremental.written.filter((file) => file.startsWith('dist/'))).toEqual([]);
    expect((await touchedSince(layout.out)).filter((file) => file.startsWith('dist/'))).toEqual([]);
  });

  it('still refuses to overwrite a file changed by hand between two runs, as a cold run does', async () => {
    const layout = await makeLayout(scratch.path, 'hand-edit');
    const cache = generationCache();
    await regenerate(layout, layout.out, cache);
    // A unit the next edit does not touch: the cache remembers it as written.
    await writeFile(path.join(layout.out, 'dist/units/ai-gateway.js'), '// my fix\n');
    await layout.editSpec((text) => replaceOnce(text, 'maximum: 50', 'maximum: 25'));
    const refused = regenerate(layout, layout.out, cache);
    await expect(refused).rejects.toThrow(ForeignOutputError);
    await expect(refused).rejects.toThrow('dist/units/ai-gateway.js');
    expect(await readFile(path.join(layout.out, 'dist/units/ai-gateway.js'), 'utf8')).toBe('// my fix\n');
  });
});
