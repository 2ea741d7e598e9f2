import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { RenderedFile } from './model.js';
import { compileTemplate, type Template } from './render/template-engine.js';

/** The generator's own inputs besides the spec: Handlebars templates and the verbatim runtime. */
export interface Assets {
  readonly templates: Templates;
  /** generator/runtime/*.ts, to be copied as they are into src/runtime/. */
  readonly runtime: readonly RenderedFile[];
}

export interface Templates {
  readonly client: Template;
  readonly models: Template;
  readonly index: Template;
  readonly packageJson: Template;
  readonly readme: Template;
}

const TEMPLATES_DIR = fileURLToPath(new URL('../templates/', import.meta.url));
const RUNTIME_DIR = fileURLToPath(new URL('./runtime/', import.meta.url));

export async function loadAssets(): Promise<Assets> {
  const [templates, runtime] = await Promise.all([loadTemplates(), loadRuntime()]);
  return { templates, runtime };
}

async function loadTemplates(): Promise<Templates> {
  const read = (name: string): Promise<string> => readFile(TEMPLATES_DIR + name, 'utf8');
  const partials = {
    namespaceType: await read('partials/namespaceType.hbs'),
    namespaceValue: await read('partials/namespaceValue.hbs'),
  };
  const load = async (name: string): Promise<Template> => compileTemplate(await read(name), name, partials);
  return {
    client: await load('client.ts.hbs'),
    models: await load('models.ts.hbs'),
    index: await load('index.ts.hbs'),
    packageJson: await load('package.json.hbs'),
    readme: await load('README.md.hbs'),
  };
}

/** Sorted, so the output never depends on the order the file system lists a folder in. */
async function loadRuntime(): Promise<RenderedFile[]> {
  const names = (await readdir(RUNTIME_DIR))
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort();
  return Promise.all(
    names.map(async (name) => ({ path: `src/runtime/${name}`, contents: await readFile(RUNTIME_DIR + name, 'utf8') })),
  );
}
