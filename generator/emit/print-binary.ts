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
  if (!shouldInlineLogical(node)) return false;
  return node.left.kind === 'binary' && shouldFlatten(node.operator, node.left.operator)
    ? isInlineChain(node.left)
    : true;
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
function printBinaryishParts(p: Printer, node: Binary, isInsideParenthesis: boolean): Doc[] {
  const parts: Doc[] =
    node.left.kind === 'binary' && shouldFlatten(node.operator, node.left.operator)
      ? p.within(node.left, 'left', () => printBinaryishParts(p, node.left as Binary, isInsideParenthesis))
      : [group(p.print(node.left, 'left'))];
  const inline = shouldInlineLogical(node);
  const rightDoc = p.print(node.right, 'right');
  let right: Doc = inline ? [node.operator, ' ', rightDoc] : [node.operator, line, rightDoc];
  const type = estreeType(node);
  const parentType = p.kind(1) === 'binary' ? estreeType(p.parent<Binary>()!) : p.kind(1);
  const shouldGroup =
    !(isInsideParenthesis && type === 'LogicalExpression') &&
    parentType !== type &&
    estreeType(node.left) !== type &&
    estreeType(node.right) !== type;
  if (shouldGroup) right = group(right);
  parts.push(' ', right);
  return parts;
}
