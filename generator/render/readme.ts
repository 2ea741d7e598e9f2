import type { RenderedFile } from '../model/index.js';
import type { RenderContext } from './context.js';

/** README.md of the generated package. (Being rewritten: the full guide follows.) */
export function renderReadme(ctx: RenderContext, version: string): RenderedFile {
  return { path: 'README.md', contents: `# ${ctx.model.sdk.packageName}\n\nVersion ${version}.\n` };
}
