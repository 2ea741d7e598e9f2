/** Questions layout rules ask of docs: will it break, can it break, its text if it is only text. */
import type { Doc, DocNode } from './doc-types.js';

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
