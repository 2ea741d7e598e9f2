import type { Expr } from '../emit/ast.js';
import { chain, id, str } from '../emit/build.js';
import { escapeToken } from '../util/pointer.js';
import type { PathStep } from './keyword.js';

/**
 * An RFC 6901 pointer built at run time, only when a problem is recorded: `path + "/items/" + i`.
 * Tokens known now are escaped and folded together at generation time.
 */
export class PathExpr {
  static readonly root = new PathExpr([id('path')]);

  private constructor(readonly parts: readonly (Expr | string)[]) {}

  /** The path of a child, or this path when `at` is undefined. */
  below(at: PathStep | undefined): PathExpr {
    if (at === undefined) return this;
    if (typeof at === 'string') return this.#with(`/${escapeToken(at)}`);
    return new PathExpr([...this.#with('/').parts, at.dynamic]);
  }

  get isRoot(): boolean {
    return this.parts.length === 1 && typeof this.parts[0] !== 'string';
  }

  #with(text: string): PathExpr {
    const last = this.parts.at(-1);
    if (typeof last === 'string') return new PathExpr([...this.parts.slice(0, -1), last + text]);
    return new PathExpr([...this.parts, text]);
  }

  toExpr(): Expr {
    return chain(
      '+',
      this.parts.map((part) => (typeof part === 'string' ? str(part) : part)),
    );
  }
}
