import type { Stmt } from '../emit/ast.js';
import type { ApiModel } from '../model/index.js';

/** The first lines of every generated module: what it is, and where it came from. */
export function header(model: ApiModel, ...what: readonly string[]): Stmt {
  return {
    kind: 'comment',
    doc: [...what, '', `Generated from ${model.sourceName} by cloudflare-billing-codegen; do not edit.`],
  };
}
