import { printJson } from '../emit/json.js';
import type { RenderedFile } from '../model/index.js';
import { SURFACE_FILE, type ApiSurface } from '../surface/index.js';

/** `api-surface.json`: the API as callers see it, the change report's memory. */
export function renderSurface(surface: ApiSurface): RenderedFile {
  return { path: SURFACE_FILE, contents: printJson(surface) };
}
