/**
 * Binary and logical expressions (Prettier's print/binaryish.js): operators of one precedence
 * flatten into one group that breaks after every operator at once; where the chain sits decides
 * whether its continuation lines are indented.
 */
import type { Binary, Expr } from './ast.js';
import { group, indent, line, softline, type Doc, type DocNode } from './doc.js';
import { estreeType, shouldFlatten, shouldInlineLogical } from './predicates.js';
import type { Printer } from './printer.js';

export function printBinaryish(p: Printer, node: Binary): Doc {
  const parentKind = p.kind(1);
  const key = p.key;
  const isInsideParenthesis = key !== 'body' && (parentKind === 'if' || parentKind === 'while');
  const parts = printBinaryishParts(p, node, isInsideParenthesis);
  // `if (` and `while (` own the group: the condition breaks as one with its parentheses.
  if (isInsideParenthesis) return parts;
  if (
    (key === 'callee' && (parentKind === 'call' || parentKind === 'new')) ||
    parentKind === 'unary' ||
    parentKind === 'typeof' ||
    parentKind === 'member'
  ) {
    return group([indent([softline, ...parts]), softline]);
  }
  if (shouldNotIndent(p) || isInlineChain(node) || (!shouldInlineLogical(node) && shouldIndentIfInlining(p))) {
    return group(parts);
  }
  const firstGroupIndex = parts.findIndex(isGroup);
  const headParts = parts.slice(0, firstGroupIndex === -1 ? 1 : firstGroupIndex + 1);
  return group([...headParts, indent(parts.slice(headParts.length))], { id: Symbol('logicalChain') });
}

/** `a || [x] || { y }`: every link of the chain keeps its object or array on the operator's line. */
function isInlineChain(node: Binary): boolean {
  return flattenedSpine(node).every(shouldInlineLogical);
}

const isGroup = (part: Doc): boolean =>
  typeof part === 'object' && !Array.isArray(part) && (part as DocNode).type === 'group';

/** Contexts that already indent, or that read better without the extra level. */
function shouldNotIndent(p: Printer): boolean {
  const parentKind = p.kind(1);
  if (parentKind === 'return' || parentKind === 'throw') return true;
  if (parentKind === 'arrow' && p.key === 'body') return true;
  if (parentKind === 'for' && p.key !== 'body') return true;
  if (parentKind === 'conditional') {
    const grandparentKind = p.kind(2);
    return !['return', 'throw', 'call', 'new'].includes(grandparentKind);
  }
  // `Boolean(a && b)`
  if (p.key === 'args' && parentKind === 'call') {
    const call = p.parent<Expr & { kind: 'call' }>()!;
    return (
      call.optional !== true &&
      call.args.length === 1 &&
      call.callee.kind === 'identifier' &&
      call.callee.name === 'Boolean'
    );
  }
  return false;
}

/** Right sides of `=` and `:` indent themselves when they break after the operator. */
function shouldIndentIfInlining(p: Printer): boolean {
  const parentKind = p.kind(1);
  return parentKind === 'assign' || parentKind === 'variable' || parentKind === 'property';
}

/** The operands and operators of one precedence level, flattened left to right. */
/** The left spine of a chain: `node`, then each left operand flattened into it. */
function flattenedSpine(node: Binary): Binary[] {
  const spine = [node];
  for (let current = node; current.left.kind === 'binary' && shouldFlatten(current.operator, current.left.operator);) {
    current = current.left;
    spine.push(current);
  }
  return spine;
}

/**
 * The operands and operators of one precedence level, flattened left to right. Iterative down
 * the spine (with the path entered at each level), so a chain of thousands of conditions, as a
 * large enum's check makes, does not exhaust the stack.
 */
function printBinaryishParts(p: Printer, node: Binary, isInsideParenthesis: boolean): Doc[] {
  const spine = flattenedSpine(node);
  const innermost = spine[spine.length - 1]!;
  for (let index = 1; index < spine.length; index++) p.enter(spine[index]!, 'left');
  try {
    const parts: Doc[] = [group(p.print(innermost.left, 'left'))];
    for (let index = spine.length - 1; index >= 0; index--) {
      parts.push(' ', printRight(p, spine[index]!, isInsideParenthesis));
      if (index > 0) p.leave();
    }
    return parts;
  } catch (error) {
    // Leave the levels still entered (the loop leaves one per level it finishes).
    while (p.node !== node) p.leave();
    throw error;
  }
}

/** `&& right`, grouped alone when it is the only operator of its kind around. */
function printRight(p: Printer, node: Binary, isInsideParenthesis: boolean): Doc {
  const rightDoc = p.print(node.right, 'right');
  const right: Doc = shouldInlineLogical(node) ? [node.operator, ' ', rightDoc] : [node.operator, line, rightDoc];
  const type = estreeType(node);
  const parentType = p.kind(1) === 'binary' ? estreeType(p.parent<Binary>()!) : p.kind(1);
  const shouldGroup =
    !(isInsideParenthesis && type === 'LogicalExpression') &&
    parentType !== type &&
    estreeType(node.left) !== type &&
    estreeType(node.right) !== type;
  return shouldGroup ? group(right) : right;
}
