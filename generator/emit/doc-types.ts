/**
 * The shapes of the document algebra (Prettier's own: `{ type: 'group', ... }`), so a doc we
 * build can be handed to Prettier's doc printer or debug formatter in tests and compared.
 */
export type Doc = string | readonly Doc[] | DocNode;

export type DocNode = Group | Indent | Align | Line | BreakParent | IfBreak | IndentIfBreak | Fill | Label;

export interface Group {
  readonly type: 'group';
  readonly contents: Doc;
  /** Set by the builder: `shouldBreak`, or a hard break inside (Prettier's "propagated"). */
  break: boolean | 'propagated';
  id?: symbol;
  /** Nothing inside lays out two ways, so layout never measures it (see `group`). */
  inert?: true;
  /** Nothing inside needs the full layout when the group is flat (see `group`). */
  simple?: true;
  /** A conditional group whose first state holds a hard break (what `willBreak` finds inside it). */
  firstStateWillBreak?: true;
  /** Alternatives from flattest to most expanded: the first that fits wins (a "conditional group"). */
  readonly expandedStates?: readonly Doc[];
}

export interface Indent {
  readonly type: 'indent';
  readonly contents: Doc;
}

/** Indents by `n` spaces instead of one level (ternary branches, union members). */
export interface Align {
  readonly type: 'align';
  readonly contents: Doc;
  readonly n: number;
}

export interface Line {
  readonly type: 'line';
  readonly hard?: true;
  readonly soft?: true;
  /** Reported by layout when this line breaks: the node whose opening brace it follows. */
  readonly mark?: object;
}

export interface BreakParent {
  readonly type: 'break-parent';
}

export interface IfBreak {
  readonly type: 'if-break';
  readonly breakContents: Doc;
  readonly flatContents: Doc;
  readonly groupId?: symbol;
}

export interface IndentIfBreak {
  readonly type: 'indent-if-break';
  readonly contents: Doc;
  readonly groupId: symbol;
}

/** Content and separators alternating: packs as many items per line as fit (number arrays). */
export interface Fill {
  readonly type: 'fill';
  readonly parts: readonly Doc[];
}

/** Marks a doc with what produced it, so a parent can ask (a member chain, for assignments). */
export interface Label {
  readonly type: 'label';
  readonly label: { readonly memberChain: true };
  readonly contents: Doc;
}
