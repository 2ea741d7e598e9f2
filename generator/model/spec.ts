import type { At, Json, Locate } from './at.js';
import type { SpecIssue } from './issue.js';

/**
 * The spec as loaded: the parsed document and a way to locate any pointer in its source text.
 * The loader reads exactly one file, the spec; nothing is fetched or read besides it.
 */
export interface LoadedSpec {
  /** The spec's name as the user gave it (for `file:line:column`). */
  readonly file: string;
  readonly document: Json;
  /** SHA-256 of the source bytes, hex: the manifest records which spec a package came from. */
  readonly sourceHash: string;
  readonly format: 'json' | 'yaml';
  readonly locate: Locate;
  /** Problems that do not stop loading (a YAML warning). */
  readonly warnings: readonly SpecIssue[];
}

/**
 * The document with every structural `$ref` checked: local, pointing at something, not part of a
 * cycle of bare references. References are recorded, not inlined (schemas may be recursive):
 * `refs` maps the pointer of each `{ $ref }` object to the pointer it targets. A `$ref` inside
 * data (an example, a default, a const, an enum member, an `x-` extension) is data, not a reference:
 * it is neither followed nor recorded.
 */
export interface ResolvedSpec extends LoadedSpec {
  readonly refs: ReadonlyMap<string, string>;
}

export type { At, Json };
