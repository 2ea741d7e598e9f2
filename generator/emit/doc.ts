/**
 * The document algebra the printer builds and layout.ts lays out: Wadler's "prettier printer" as
 * Prettier 3 implements it. The node shapes are Prettier's own (`{ type: 'group', ... }`), so a
 * doc we build can be handed to Prettier's doc printer or debug formatter in tests and compared.
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

export const line: Line = { type: 'line' };
/** A line after an opening `{` whose breaking layout reports, keyed by `mark`. */
export const markedLine = (mark: object): Line => ({ type: 'line', mark });
export const softline: Line = { type: 'line', soft: true };
export const breakParent: BreakParent = { type: 'break-parent' };
const hardlineWithoutBreakParent: Line = { type: 'line', hard: true };
/** A newline that also breaks every enclosing group. */
export const hardline: Doc = [hardlineWithoutBreakParent, breakParent];

/**
 * Bits of what a doc holds: HARD, a hard break that breaks the group around it; LIVE, anything
 * that lays out two ways; COMPLEX, anything that needs the full layout even where the group
 * around it is flat (hard lines, fills, alternatives, if-breaks that ask another group).
 */
const HARD = 1;
const LIVE = 2;
const COMPLEX = 4;
const ALL = HARD | LIVE | COMPLEX;

/**
 * A group breaks when told to or when it holds a hard break (Prettier's propagateBreaks, done as
 * the doc is built rather than in a pass over the whole doc before layout). A group with nothing
 * that could lay out two ways (no line, if-break or fill inside) is marked inert: layout need
 * not measure it, whichever way it would choose prints the same. A group with nothing complex
 * inside is marked simple: when it lays out flat, layout writes it out directly.
 */
export function group(contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Group {
  const bits = scan(contents);
  const doc: Group = { type: 'group', contents, break: options.shouldBreak === true || (bits & HARD) !== 0 };
  if ((bits & LIVE) === 0) doc.inert = true;
  if ((bits & COMPLEX) === 0) doc.simple = true;
  if (options.id !== undefined) doc.id = options.id;
  return doc;
}

/**
 * The bits of a doc, looking into arrays and wrappers but not into nested groups, which have
 * answered for their own contents when they were built.
 */
function scan(doc: Doc): number {
  if (typeof doc === 'string') return 0;
  if (Array.isArray(doc)) {
    let bits = 0;
    for (let index = 0; index < doc.length && bits !== ALL; index++) {
      const part = (doc as readonly Doc[])[index]!;
      if (typeof part !== 'string') bits |= scan(part);
    }
    return bits;
  }
  const node = doc as DocNode;
  switch (node.type) {
    case 'break-parent':
      return HARD;
    case 'line':
      return node.hard === true ? LIVE | COMPLEX : LIVE;
    case 'group':
      return (
        (node.break !== false ? HARD : 0) |
        (node.inert === true ? 0 : LIVE) |
        (node.simple === true && node.expandedStates === undefined ? 0 : COMPLEX)
      );
    case 'fill':
      return LIVE | COMPLEX | (scan(node.parts) & HARD);
    case 'if-break':
      return LIVE | (node.groupId === undefined ? 0 : COMPLEX) | scan(node.breakContents) | scan(node.flatContents);
    case 'indent-if-break':
      return LIVE | COMPLEX | (scan(node.contents) & HARD);
    case 'indent':
    case 'align':
    case 'label':
      return scan(node.contents);
  }
}

/** Alternatives from flattest to most expanded; breaks inside do not propagate out (as in Prettier). */
export function conditionalGroup(states: readonly [Doc, ...Doc[]]): Group {
  const doc: Group = { type: 'group', contents: states[0], break: false, expandedStates: states };
  if (willBreak(states[0])) doc.firstStateWillBreak = true;
  return doc;
}

export const indent = (contents: Doc): Indent => ({ type: 'indent', contents });
export const align = (n: number, contents: Doc): Align => ({ type: 'align', contents, n });

export function ifBreak(breakContents: Doc, flatContents: Doc = '', groupId?: symbol): IfBreak {
  const doc: IfBreak = { type: 'if-break', breakContents, flatContents };
  return groupId === undefined ? doc : { ...doc, groupId };
}

export const indentIfBreak = (contents: Doc, groupId: symbol): IndentIfBreak => ({
  type: 'indent-if-break',
  contents,
  groupId,
});

export const fill = (parts: readonly Doc[]): Fill => ({ type: 'fill', parts });

export const memberChainLabel = (contents: Doc): Label => ({
  type: 'label',
  label: { memberChain: true },
  contents,
});

export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  const parts: Doc[] = [];
  docs.forEach((doc, index) => {
    if (index > 0) parts.push(separator);
    parts.push(doc);
  });
  return parts;
}

export function isMemberChain(doc: Doc): boolean {
  return typeof doc === 'object' && 'type' in doc && doc.type === 'label';
}

/** Keeps a doc's label when wrapping it (parentheses, comments), as Prettier's inheritLabel. */
export function inheritLabel(doc: Doc, wrap: (doc: Doc) => Doc): Doc {
  return typeof doc === 'object' && 'type' in doc && doc.type === 'label'
    ? memberChainLabel(wrap(doc.contents))
    : wrap(doc);
}

/** The children layout and the queries below descend into (conditional groups: the first state). */
function children(doc: Doc): readonly Doc[] {
  if (typeof doc === 'string') return [];
  if (Array.isArray(doc)) return doc as readonly Doc[];
  const node = doc as DocNode;
  switch (node.type) {
    case 'fill':
      return node.parts;
    case 'if-break':
      return [node.breakContents, node.flatContents];
    case 'group':
    case 'indent':
    case 'align':
    case 'indent-if-break':
    case 'label':
      return [node.contents];
    default:
      return [];
  }
}

function some(doc: Doc, test: (doc: DocNode) => boolean): boolean {
  const stack: Doc[] = [doc];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current === 'object' && !Array.isArray(current) && test(current as DocNode)) return true;
    const parts = children(current);
    for (let index = parts.length - 1; index >= 0; index--) stack.push(parts[index]!);
  }
  return false;
}

/**
 * Whether the doc is certain to print on several lines (Prettier's `willBreak`). A group
 * answers from its flag, set when it was built (a group without the flag holds no hard break:
 * see `group`), and a conditional group from the answer kept for its first state, so asking
 * never walks into nested groups and nested hugged calls cost linear time.
 */
export function willBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (Array.isArray(doc)) {
    for (const part of doc as readonly Doc[]) if (typeof part !== 'string' && willBreak(part)) return true;
    return false;
  }
  const node = doc as DocNode;
  switch (node.type) {
    case 'group':
      return node.break !== false || node.firstStateWillBreak === true;
    case 'line':
      return node.hard === true;
    case 'break-parent':
      return true;
    case 'fill':
      return node.parts.some(willBreak);
    case 'if-break':
      return willBreak(node.breakContents) || willBreak(node.flatContents);
    default:
      return willBreak(node.contents);
  }
}

/** Whether the doc holds any line break at all (Prettier's `canBreak`). */
export function canBreak(doc: Doc): boolean {
  return some(doc, (node) => node.type === 'line');
}

/**
 * The doc forced flat: lines become spaces, soft lines nothing, if-breaks their flat side
 * (Prettier's `removeLines`, used for the parameters of a hugged last argument).
 */
export function removeLines(doc: Doc): Doc {
  if (typeof doc === 'string') return doc;
  if (Array.isArray(doc)) return (doc as readonly Doc[]).map(removeLines);
  const node = doc as DocNode;
  switch (node.type) {
    case 'line':
      return node.hard === true ? node : node.soft === true ? '' : ' ';
    case 'if-break':
      return removeLines(node.flatContents);
    case 'group':
      return node.expandedStates === undefined
        ? { ...node, contents: removeLines(node.contents) }
        : {
            ...node,
            contents: removeLines(node.expandedStates[0]!),
            expandedStates: node.expandedStates.map(removeLines),
          };
    case 'fill':
      return { ...node, parts: node.parts.map(removeLines) };
    case 'indent':
    case 'align':
    case 'indent-if-break':
    case 'label':
      return { ...node, contents: removeLines(node.contents) };
    default:
      return node;
  }
}

/** The text of a doc made only of strings and arrays, else undefined (Prettier's cleanDoc test). */
export function flatText(doc: Doc): string | undefined {
  if (typeof doc === 'string') return doc;
  if (!Array.isArray(doc)) return undefined;
  let text = '';
  for (const part of doc as readonly Doc[]) {
    const partText = flatText(part);
    if (partText === undefined) return undefined;
    text += partText;
  }
  return text;
}
