import type { Plan, RenderedFile, Unit } from '../model/index.js';
import type { ApiSurface } from '../surface/index.js';
import { renderApiModule } from './api-module.js';
import { renderContext } from './context.js';
import { renderIndexModule } from './index-module.js';
import { renderOptIns } from './opt-in.js';
import { renderPackageJson } from './package-json.js';
import { type ReadmeTemplate, renderReadme } from './readme.js';
import { renderSharedSchemas } from './shared-schemas.js';
import { renderSurface } from './surface-file.js';
import { renderTreeShakable } from './tree-shakable.js';
import { renderTypesModule } from './types-module.js';
import { renderUnit } from './unit.js';
import { renderVersionModule } from './version-module.js';
import { renderValidators } from './validators.js';

/** What the generator ships besides the spec's own code: the runtime, compiled once, as bytes; the README's template. */
export interface Assets {
  readonly runtime: readonly RenderedFile[];
  readonly readme: ReadmeTemplate;
}

/** Rendered units by file, with the hash of their inputs: `--watch` renders only what changed. */
export type UnitCache = Map<string, { readonly hash: string; readonly files: readonly RenderedFile[] }>;

/**
 * Every file that does not depend on the package version: the units (from the cache when their
 * inputs are unchanged), the shared schemas, validators, types, entry points and the runtime.
 */
export function renderPackage(plan: Plan, assets: Assets, cache?: UnitCache): RenderedFile[] {
  const ctx = renderContext(plan);
  return [
    ...plan.units.flatMap((unit) => cachedUnit(unit, cache, () => renderUnit(unit, ctx))),
    ...renderSharedSchemas(ctx),
    ...renderValidators(ctx),
    ...renderTypesModule(ctx),
    ...renderApiModule(ctx),
    ...renderIndexModule(ctx),
    ...renderTreeShakable(ctx),
    ...renderOptIns(ctx),
    ...assets.runtime,
  ];
}

function cachedUnit(unit: Unit, cache: UnitCache | undefined, render: () => RenderedFile[]): readonly RenderedFile[] {
  const hit = cache?.get(unit.file);
  if (hit !== undefined && hit.hash === unit.hash) return hit.files;
  const files = render();
  cache?.set(unit.file, { hash: unit.hash, files });
  return files;
}

/** The files that carry the version: package.json, the User-Agent's module, the surface, the README. */
export function renderVersioned(plan: Plan, version: string, surface: ApiSurface, assets: Assets): RenderedFile[] {
  const ctx = renderContext(plan);
  return [
    renderVersionModule(ctx, version),
    renderPackageJson(ctx, version),
    renderSurface(surface),
    renderReadme(ctx, version, assets.readme),
  ];
}
