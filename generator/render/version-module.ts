import { constDecl, str } from '../emit/build.js';
import { printModule } from '../emit/print.js';
import type { RenderedFile } from '../model/index.js';
import type { RenderContext } from './context.js';
import { header } from './header.js';

export const VERSION_MODULE = 'dist/version.js';

/**
 * `dist/version.js`: the User-Agent, which names the package version, in a module of its own.
 * Every regeneration that changes a file raises the version; kept apart, that rewrites these few
 * bytes (and package.json), never `dist/api.js` or any larger module. It is internal (no export
 * path reaches it, and no declaration file names it), so it has no `.d.ts`.
 */
export function renderVersionModule(ctx: RenderContext, version: string): RenderedFile {
  const { model } = ctx;
  const module = {
    body: [
      header(model, `The version of this ${model.title} client, as its User-Agent sends it.`),
      { kind: 'blank' as const },
      { ...constDecl('USER_AGENT', str(`${model.sdk.packageName}/${version}`)), exported: true, internal: true },
    ],
  };
  return { path: VERSION_MODULE, contents: printModule(module, 'js') };
}
