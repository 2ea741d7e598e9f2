/**
 * Where something is in the spec: a JSON pointer, and the 1-based line and column it starts at.
 * Every model node carries one, so any stage can say where a problem is. Line and column are
 * found on demand (from offsets a JSON spec's checking scan records, or a YAML parser's nodes),
 * so only the few that end up in a message cost a line lookup.
 */
export interface At {
  readonly file: string;
  /** RFC 6901, `''` for the document itself. */
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

/** Turns a pointer into its place; a pointer past what exists gives the deepest node that does. */
export type Locate = (pointer: string) => At;

/** Any JSON value, as found in a spec (enum members, const, defaults, examples). */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };
