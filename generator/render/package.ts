import type { ApiModel, RenderedFile } from '../model.js';
import type { Template } from './template-engine.js';

/** The generated package's only runtime dependency; the range the runtime is written against. */
export const RUNTIME_DEPENDENCIES: Readonly<Record<string, string>> = { 'openapi-fetch': '^0.17.0' };

/** package.json of the generated package: ESM, typed exports, side-effect free. */
export function renderPackageJson(model: ApiModel, template: Template): RenderedFile {
  const names = Object.keys(RUNTIME_DEPENDENCIES).sort();
  const view = {
    packageName: model.sdk.packageName,
    version: model.sdk.packageVersion,
    description: `Typed client for ${model.title}, generated from its OpenAPI spec.`,
    license: model.sdk.license,
    dependencies: names.map((name, position) => ({
      name,
      range: RUNTIME_DEPENDENCIES[name] ?? '',
      comma: position < names.length - 1,
    })),
  };
  return { path: 'package.json', contents: template(view) };
}

/** index.ts: the package's front door. */
export function renderIndex(model: ApiModel, template: Template): RenderedFile {
  const view = {
    packageName: model.sdk.packageName,
    title: model.title,
    sourceName: model.sourceName,
    factory: model.sdk.clientFactory,
    liteFactory: model.sdk.liteClientFactory,
    clientType: model.sdk.clientType,
    optionsType: model.sdk.optionsType,
  };
  return { path: 'src/index.ts', contents: template(view) };
}
