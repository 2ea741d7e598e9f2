import type { SpecIssueCode } from '../model/issue.js';
import type { Schema } from '../model/schema.js';
import { RunMemory } from '../util/run-memory.js';

/**
 * What a read did besides returning its schema, in order, so that reusing it does the same:
 * a warning (at a pointer, located again in the document of the run that reuses it), or a
 * nested read of a subschema, with what that read was.
 */
export type ReadEvent =
  | { readonly warn: SpecIssueCode; readonly pointer: string; readonly message: string }
  | { readonly read: string; readonly remembered: RememberedRead };

/** One schema read, kept for the next run: valid while the node at its pointer is this very object. */
export interface RememberedRead {
  readonly raw: unknown;
  readonly openapi30: boolean;
  readonly schema: Schema;
  readonly events: readonly ReadEvent[];
}

/**
 * The schema reads `--watch` keeps from one run to the next, by pointer. A read is kept only when
 * it depends on nothing but its own node: one that followed a `$ref` outside
 * `#/components/schemas`, or that warned only the first time something was seen, is read again.
 */
export class SchemaMemory extends RunMemory<string, RememberedRead> {
  /** The read at `pointer` when it was of `raw` itself (unchanged, thanks to `shareUnchanged`). */
  recall(pointer: string, raw: unknown, openapi30: boolean): RememberedRead | undefined {
    const remembered = this.get(pointer);
    return remembered !== undefined && remembered.raw === raw && remembered.openapi30 === openapi30
      ? remembered
      : undefined;
  }
}
