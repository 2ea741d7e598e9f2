import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { RenderedFile } from './model/index.js';
import type { Assets } from './render/index.js';
import type { ReadmeTemplate } from './render/readme.js';

/**
 * The compiled runtime, copied into every package as bytes: `.build/runtime/` (built by `npm run
 * build`, which `npm ci` runs). From the bundled generator it sits beside the bundle's folder;
 * from the TypeScript sources, in the project's `.build/`.
 */
const CANDIDATES = [new URL('../runtime/', import.meta.url), new URL('../.build/runtime/', import.meta.url)];

/**
 * The templates, precompiled by `npm run build` (scripts/build.mjs) into `.build/templates/`: only
 * Handlebars' runtime is loaded here, not its compiler (a third of the cost).
 */
const TEMPLATE_CANDIDATES = [
  new URL('../templates/', import.meta.url),
  new URL('../.build/templates/', import.meta.url),
];

export async function loadAssets(): Promise<Assets> {
  const folder = CANDIDATES.map((url) => fileURLToPath(url)).find((dir) => existsSync(`${dir}index.js`));
  if (folder === undefined) throw new Error('the compiled runtime is missing: run `npm run build` (npm ci runs it)');
  // Sorted, so the output never depends on the order a file system lists a folder in.
  const names = (await readdir(folder)).filter((name) => name.endsWith('.js') || name.endsWith('.d.ts')).sort();
  const runtime: RenderedFile[] = await Promise.all(
    names.map(async (name) => ({ path: `dist/runtime/${name}`, contents: await readFile(folder + name, 'utf8') })),
  );
  return { runtime, readme: await loadTemplate<ReadmeTemplate>('README.md') };
}

async function loadTemplate<T>(name: string): Promise<T> {
  const file = TEMPLATE_CANDIDATES.map((url) => fileURLToPath(new URL(`${name}.js`, url))).find(existsSync);
  if (file === undefined) throw new Error(`the template ${name} is not compiled: run \`npm run build\``);
  // handlebars/runtime.js declares itself as the whole package; what it holds is this.
  type Runtime = { default: { template(spec: unknown): (view: object) => string } };
  const [{ default: Handlebars }, { default: spec }] = await Promise.all([
    import('handlebars/runtime.js') as Promise<unknown> as Promise<Runtime>,
    import(pathToFileURL(file).href) as Promise<{ default: unknown }>,
  ]);
  const render = Handlebars.template(spec);
  return ((view: object) => {
    try {
      return render(view);
    } catch (error) {
      throw new Error(`template ${name}: ${(error as Error).message}`, { cause: error });
    }
  }) as T;
}
