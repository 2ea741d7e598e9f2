import path from 'node:path';
import { renderApiSurface } from './api-surface.js';
import { loadAssets, type Assets } from './assets.js';
import { buildModel } from './build-model.js';
import { compileFiles } from './compile.js';
import { formatFiles } from './format.js';
import { loadSpec } from './load.js';
import type { ApiModel, RenderedFile } from './model.js';
import { renderClient } from './render/client.js';
import { renderModels } from './render/models.js';
import { operationTypes } from './render/operation-types.js';
import { renderIndex, renderPackageJson } from './render/package.js';
import { renderReadme } from './render/readme.js';
import { renderTypes } from './render/types.js';
import { renderValidators } from './render/validators.js';
import { resolveRefs } from './resolve.js';

export interface Generation {
  readonly model: ApiModel;
  /** Every file of the package, formatted, in path order. */
  readonly files: readonly RenderedFile[];
}

/**
 * The whole pipeline up to (not including) writing: spec file -> package files in memory.
 * `outDir` only serves to name the spec in generated headers relative to the output's parent,
 * which keeps those headers the same whatever the working directory.
 */
export async function generatePackage(specPath: string, outDir: string, displayName = specPath): Promise<Generation> {
  const loaded = await loadSpec(specPath, displayName);
  const resolved = resolveRefs(loaded);
  const model = buildModel(resolved, sourceName(specPath, outDir));
  const files = await renderPackage(model, resolved.document, await loadAssets());
  return { model, files };
}

export async function renderPackage(
  model: ApiModel,
  document: Parameters<typeof renderTypes>[1],
  assets: Assets,
): Promise<RenderedFile[]> {
  const types = operationTypes(model);
  const { templates } = assets;
  const sources = await formatFiles([
    await renderTypes(model, document),
    renderModels(model, types, templates.models),
    renderValidators(model),
    renderClient(model, types, templates.client),
    renderIndex(model, templates.index),
    ...assets.runtime,
  ]);
  const compiled = await formatFiles(compileFiles(sources));
  const docs = await formatFiles([
    renderPackageJson(model, templates.packageJson),
    renderReadme(model, types, templates.readme),
    renderApiSurface(model),
  ]);
  return [...sources, ...compiled, ...docs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function sourceName(specPath: string, outDir: string): string {
  const relative = path.relative(path.dirname(path.resolve(outDir)), path.resolve(specPath));
  return relative.split(path.sep).join('/');
}
