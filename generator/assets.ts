import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RenderedFile } from './model/index.js';
import type { Assets } from './render/index.js';

/**
 * The compiled runtime, copied into every package as bytes: `.build/runtime/` (built by `npm run
 * build`, which `npm ci` runs). From the bundled generator it sits beside the bundle's folder;
 * from the TypeScript sources, in the project's `.build/`.
 */
const CANDIDATES = [new URL('../runtime/', import.meta.url), new URL('../.build/runtime/', import.meta.url)];

export async function loadAssets(): Promise<Assets> {
  const folder = CANDIDATES.map((url) => fileURLToPath(url)).find((dir) => existsSync(`${dir}index.js`));
  if (folder === undefined) throw new Error('the compiled runtime is missing: run `npm run build` (npm ci runs it)');
  // Sorted, so the output never depends on the order a file system lists a folder in.
  const names = (await readdir(folder)).filter((name) => name.endsWith('.js') || name.endsWith('.d.ts')).sort();
  const runtime: RenderedFile[] = await Promise.all(
    names.map(async (name) => ({ path: `dist/runtime/${name}`, contents: await readFile(folder + name, 'utf8') })),
  );
  return { runtime };
}
