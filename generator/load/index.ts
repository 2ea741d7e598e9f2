import type { LoadedSpec } from '../model/spec.js';
import { type LoadLimits, withDefaults } from './limits.js';
import { parseSpec } from './parse.js';
import { readSpecFile } from './read.js';

/**
 * The first stage: one file in, the document with its positions out (`loadSpec`), then every
 * structural `$ref` checked (`resolveRefs`). It reads exactly one file, the spec, and nothing
 * else: no second file, no URL, whatever the spec says.
 */
export async function loadSpec(file: string, displayName: string, limits?: LoadLimits): Promise<LoadedSpec> {
  const bytes = await readSpecFile(file, displayName, withDefaults(limits).maxBytes);
  return parseSpec(bytes, displayName, limits);
}

export { DEFAULT_LOAD_LIMITS, type LoadLimits } from './limits.js';
export { parseSpec } from './parse.js';
export { SpecFileError } from './read.js';
export { resolveRefs } from './refs.js';
export { type DocumentVisitor, type JsonObject, type NodeKind, walkDocument, type WalkPath } from './walk.js';
