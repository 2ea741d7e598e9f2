/**
 * The printing context: where in the tree the node being printed sits (Prettier's AstPath) and
 * how to print a child. Layout rules ask about parents and grandparents ("is this binary the
 * test of an if?"), so the printer keeps the chain of ancestors as it descends. Node printers
 * receive this object and print children through it; print-node.ts supplies the dispatch, which
 * keeps the node printers free of imports of each other.
 */
import type { Doc } from './doc.js';

/** How an assignment-like parent lays out its right side (Prettier's assignment layouts). */
export type AssignmentLayout =
  | 'break-after-operator'
  | 'never-break-after-operator'
  | 'fluid'
  | 'break-lhs'
  | 'chain'
  | 'chain-tail'
  | 'chain-tail-arrow-chain'
  | 'only-left';

/** What a parent tells the child it prints, as Prettier's `args`. */
export interface PrintArgs {
  /** The node is the hugged last (or first) argument of a call. */
  readonly expandLastArg?: boolean;
  readonly expandFirstArg?: boolean;
  readonly assignmentLayout?: AssignmentLayout;
}

/** An ancestor: the node, its kind (pseudo-kinds for parameters and the like), and where it hangs. */
export interface Frame {
  readonly node: object;
  readonly kind: string;
  readonly key: string;
}

export type Dispatch = (p: Printer, args: PrintArgs) => Doc;

function kindOf(node: object): string {
  const { kind } = node as { kind?: unknown };
  if (typeof kind !== 'string') throw new Error('emit: a node without a kind needs one given');
  return kind;
}

export class Printer {
  private readonly frames: Frame[] = [];
  /** Docs a hugged argument's plain printing leaves for its expanded printing (print-function.ts). */
  readonly expansions = new WeakMap<object, unknown>();

  /**
   * `javascript`: the output is read by Prettier's babel parser, which unquotes numeric keys.
   * `expanded`: object literals and types to print expanded because an earlier layout expanded
   * them (Prettier keeps an object expanded when its text breaks after `{`; see print.ts).
   */
  constructor(
    readonly javascript: boolean,
    private readonly dispatch: Dispatch,
    readonly expanded: ReadonlySet<object> = new Set(),
  ) {}

  /** The ancestor `depth` levels up: 0 is the node being printed, 1 its parent. */
  frame(depth = 0): Frame | undefined {
    return this.frames[this.frames.length - 1 - depth];
  }

  get node(): object {
    return this.frame()!.node;
  }

  get key(): string {
    return this.frame()!.key;
  }

  /** The kind of the ancestor `depth` levels up, or '' above the root. */
  kind(depth = 0): string {
    return this.frame(depth)?.kind ?? '';
  }

  parent<T extends object>(depth = 1): T | undefined {
    return this.frame(depth)?.node as T | undefined;
  }

  /** The nearest ancestor (parent first) for which `test` holds, with its depth. */
  findAncestor(test: (frame: Frame) => boolean): { frame: Frame; depth: number } | undefined {
    for (let depth = 1; depth < this.frames.length; depth++) {
      const frame = this.frame(depth)!;
      if (test(frame)) return { frame, depth };
    }
    return undefined;
  }

  print(node: object, key: string, args: PrintArgs = {}, kind = kindOf(node)): Doc {
    return this.within(node, key, () => this.dispatch(this, args), kind);
  }

  /** Runs `fn` with `node` pushed as the current node, without printing it. */
  within<T>(node: object, key: string, fn: () => T, kind = kindOf(node)): T {
    this.frames.push({ node, kind, key });
    try {
      return fn();
    } finally {
      this.frames.pop();
    }
  }
}
