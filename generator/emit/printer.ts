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

export type Dispatch = (p: Printer, args: PrintArgs) => Doc;

/** The arguments of a plain print: shared, so printing a child allocates none. */
export const NO_ARGS: PrintArgs = Object.freeze({});

function kindOf(node: object): string {
  const { kind } = node as { kind?: unknown };
  if (typeof kind !== 'string') throw new Error('emit: a node without a kind needs one given');
  return kind;
}

export class Printer {
  // The ancestor chain as three parallel stacks: a node, its kind (pseudo-kinds for parameters
  // and the like), and the key it hangs from in its parent. Arrays, not frame objects, because
  // every printed node pushes one.
  private readonly nodes: object[] = [];
  private readonly kinds: string[] = [];
  private readonly keys: string[] = [];
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
  ) {}

  private readonly expandedNodes = new Set<object>();

  get expanded(): ReadonlySet<object> {
    return this.expandedNodes;
  }

  /** Marks object literals and types as expanded for the printing that follows. */
  expand(nodes: readonly object[]): void {
    for (const node of nodes) this.expandedNodes.add(node);
  }

  /** How many ancestors the current node has, itself included. */
  get depth(): number {
    return this.nodes.length;
  }

  get node(): object {
    return this.nodes[this.nodes.length - 1]!;
  }

  /** The key the current node (or the ancestor `depth` levels up) hangs from in its parent. */
  get key(): string {
    return this.keys[this.keys.length - 1]!;
  }

  keyAt(depth: number): string {
    return this.keys[this.keys.length - 1 - depth] ?? '';
  }

  /** The kind of the ancestor `depth` levels up (0: the current node), or '' above the root. */
  kind(depth = 0): string {
    return this.kinds[this.kinds.length - 1 - depth] ?? '';
  }

  parent<T extends object>(depth = 1): T | undefined {
    return this.nodes[this.nodes.length - 1 - depth] as T | undefined;
  }

  /** The depth of the nearest ancestor (parent first) whose kind `test` accepts, or -1. */
  ancestorWhere(test: (kind: string) => boolean): number {
    for (let depth = 1; depth < this.kinds.length; depth++) {
      if (test(this.kinds[this.kinds.length - 1 - depth]!)) return depth;
    }
    return -1;
  }

  print(node: object, key: string, args: PrintArgs = NO_ARGS, kind = kindOf(node)): Doc {
    this.enter(node, key, kind);
    try {
      return this.dispatch(this, args);
    } finally {
      this.leave();
    }
  }

  /** Runs `fn` with `node` pushed as the current node, without printing it. */
  within<T>(node: object, key: string, fn: () => T, kind = kindOf(node)): T {
    this.enter(node, key, kind);
    try {
      return fn();
    } finally {
      this.leave();
    }
  }

  /** Makes `node` the current node, as `within` does; every `enter` needs its `leave`. */
  enter(node: object, key: string, kind = kindOf(node)): void {
    this.nodes.push(node);
    this.kinds.push(kind);
    this.keys.push(key);
  }

  leave(): void {
    this.nodes.pop();
    this.kinds.pop();
    this.keys.pop();
  }
}
