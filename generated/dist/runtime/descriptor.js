/**
 * What generated code hands the runtime: one plain object per operation, one per API, and the
 * tree of resources. Everything the runtime does per call is driven by these descriptors, so the
 * per-operation code in the generated package is data plus a validator, and nothing else.
 *
 * The shapes favour what minifies and gzips well (arrays of names, short optional fields), but
 * stay readable in the generated files: a reviewer can see what an operation sends.
 */
export {};
