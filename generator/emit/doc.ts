/**
 * The document algebra the printer builds and layout.ts lays out: Wadler's "prettier printer" as
 * Prettier 3 implements it. The node shapes are Prettier's own (`{ type: 'group', ... }`), so a
 * doc we build can be handed to Prettier's doc printer or debug formatter in tests and compared.
 */
import type {
  Align,
  BreakParent,
  Doc,
  DocNode,
  Fill,
  Group,
  IfBreak,
  Indent,
  IndentIfBreak,
  Label,
  Line,
} from './doc-types.js';
import { willBreak } from './doc-queries.js';

export type * from './doc-types.js';
export { canBreak, flatText, removeLines, willBreak } from './doc-queries.js';

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
      if (typeof part === 'string') continue;
      // Groups and lines, the commonest parts, answer without a call.
      if (!Array.isArray(part) && (part as DocNode).type === 'group') bits |= groupBits(part as Group);
      else if (part === line || part === softline) bits |= LIVE;
      else bits |= scan(part);
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
      return groupBits(node);
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

/** The bits a nested group contributes, from the flags it was built with. */
function groupBits(node: Group): number {
  return (
    (node.break !== false ? HARD : 0) |
    (node.inert === true ? 0 : LIVE) |
    (node.simple === true && node.expandedStates === undefined ? 0 : COMPLEX)
  );
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
