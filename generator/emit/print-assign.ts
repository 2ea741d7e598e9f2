/**
 * `left = right` in all its forms (variables, assignments, object properties, type aliases) and
 * Prettier's choice of where it breaks (print/assignment.js): after the operator, inside the
 * right side, or first in the left side.
 */
import type { Expr, TypeAlias, TypeNode, VariableDeclaration } from './ast.js';
import { canBreak, flatText, group, indent, indentIfBreak, line, type Doc } from './doc.js';
import { isLongMemberChain } from './member-chain-groups.js';
import { isLoneShortArgument, shouldInlineLogical } from './predicates.js';
import type { AssignmentLayout, Printer } from './printer.js';
import { shouldHugUnionType, typeWillBreak } from './type-predicates.js';

type Right = { readonly node: Expr | TypeNode; readonly key: string };

/** Prints the current node (`p.node`) as `leftDoc operator right`. */
export function printAssignment(p: Printer, leftDoc: Doc, operator: Doc, right: Right | undefined): Doc {
  const layout = chooseLayout(p, leftDoc, right?.node);
  const rightDoc = right === undefined ? '' : p.print(right.node, right.key, { assignmentLayout: layout });
  switch (layout) {
    case 'break-after-operator':
      return group([group(leftDoc), operator, group(indent([line, rightDoc]))]);
    case 'never-break-after-operator':
      return group([group(leftDoc), operator, ' ', rightDoc]);
    case 'fluid': {
      const id = Symbol('assignment');
      return group([group(leftDoc), operator, group(indent(line), { id }), indentIfBreak(rightDoc, id)]);
    }
    case 'break-lhs':
      return group([leftDoc, operator, ' ', group(rightDoc)]);
    case 'chain':
      return [group(leftDoc), operator, line, rightDoc];
    case 'chain-tail':
      return [group(leftDoc), operator, indent([line, rightDoc])];
    case 'chain-tail-arrow-chain':
      return [group(leftDoc), operator, rightDoc];
    case 'only-left':
      return leftDoc;
  }
}

function chooseLayout(p: Printer, leftDoc: Doc, right: Expr | TypeNode | undefined): AssignmentLayout {
  if (right === undefined) return 'only-left';
  const isTail = right.kind !== 'assign';
  if (usesChainFormatting(p, isTail)) {
    if (!isTail) return 'chain';
    return right.kind === 'arrow' && !Array.isArray(right.body) && (right.body as Expr).kind === 'arrow'
      ? 'chain-tail-arrow-chain'
      : 'chain-tail';
  }
  const isHeadOfLongChain = right.kind === 'assign' && right.value.kind === 'assign';
  if (isHeadOfLongChain || (right.kind === 'union' && !shouldHugUnionType(right))) return 'break-after-operator';
  if (right.kind === 'call' && right.callee.kind === 'identifier' && right.callee.name === 'require') {
    return 'never-break-after-operator';
  }
  const canBreakLeftDoc = canBreak(leftDoc);
  if (hasComplexTypeAnnotation(p.node) || (isArrowFunctionVariable(p.node) && canBreakLeftDoc)) return 'break-lhs';
  const hasShortKey = p.kind() === 'property' && (flatText(leftDoc)?.length ?? Infinity) < 5;
  if (shouldBreakAfterOperator(right, hasShortKey, p.expanded)) return 'break-after-operator';
  if (isComplexTypeAliasParams(p)) return 'break-lhs';
  if (!canBreakLeftDoc && (hasShortKey || right.kind === 'boolean' || right.kind === 'number')) {
    return 'never-break-after-operator';
  }
  return 'fluid';
}

/** `a = b = c = d`: three or more segments break as a chain. */
function usesChainFormatting(p: Printer, isTail: boolean): boolean {
  if (p.kind() !== 'assign') return false;
  const parentKind = p.kind(1);
  if (parentKind === 'variable') return !isTail;
  return parentKind === 'assign' && (!isTail || p.kind(2) !== 'expression');
}

export const isArrowFunctionVariable = (node: object): boolean =>
  (node as { kind?: string }).kind === 'variable' && (node as VariableDeclaration).init?.kind === 'arrow';

/** `const x: Map<string, Array<number>> = ...` breaks in its type before its value. */
function hasComplexTypeAnnotation(node: object): boolean {
  const { kind, type } = node as Partial<VariableDeclaration>;
  if (kind !== 'variable' || type?.kind !== 'typeReference' || type.args === undefined) return false;
  return (
    type.args.length > 1 &&
    type.args.some((arg) => (arg.kind === 'typeReference' && arg.args !== undefined) || arg.kind === 'conditionalType')
  );
}

function isComplexTypeAliasParams(p: Printer): boolean {
  if (p.kind() !== 'typeAlias') return false;
  const params = (p.node as TypeAlias).typeParams ?? [];
  return params.length > 1 && params.some((param) => param.constraint !== undefined || param.default !== undefined);
}

const isGenericType = (type: TypeNode): boolean =>
  (type.kind === 'typeReference' && type.args !== undefined) ||
  (type.kind === 'functionType' && type.typeParams !== undefined);

function shouldBreakAfterOperator(
  right: Expr | TypeNode,
  hasShortKey: boolean,
  expanded: ReadonlySet<object>,
): boolean {
  if (right.kind === 'binary' && !shouldInlineLogical(right)) return true;
  if (right.kind === 'conditionalType') return isGenericType(right.check) || isGenericType(right.extends);
  if (right.kind === 'conditional') return right.test.kind === 'binary' && !shouldInlineLogical(right.test);
  if (hasShortKey) return false;
  let node: Expr | TypeNode = right;
  while (node.kind === 'unary' || node.kind === 'typeof' || node.kind === 'await' || node.kind === 'nonNull') {
    node = node.kind === 'nonNull' ? node.expr : node.operand;
  }
  return node.kind === 'string' || isPoorlyBreakableMemberOrCallChain(node as Expr, false, expanded);
}

/**
 * A chain with no calls, or whose calls have no arguments or one short one, and that is not
 * printed as a member chain: breaking inside it would look worse than breaking after `=`.
 */
function isPoorlyBreakableMemberOrCallChain(node: Expr, deep: boolean, expanded: ReadonlySet<object>): boolean {
  if (node.kind === 'call') {
    if (isLongMemberChain(node)) return false;
    const [first] = node.args;
    const isPoorlyBreakableCall = node.args.length === 0 || (node.args.length === 1 && isLoneShortArgument(first!));
    if (!isPoorlyBreakableCall || hasComplexTypeArguments(node.typeArgs, expanded)) return false;
    return isPoorlyBreakableMemberOrCallChain(node.callee, true, expanded);
  }
  if (node.kind === 'member' || node.kind === 'element')
    return isPoorlyBreakableMemberOrCallChain(node.object, true, expanded);
  return deep && node.kind === 'identifier';
}

function hasComplexTypeArguments(typeArgs: readonly TypeNode[] | undefined, expanded: ReadonlySet<object>): boolean {
  if (typeArgs === undefined || typeArgs.length === 0) return false;
  if (typeArgs.length > 1) return true;
  const [first] = typeArgs;
  if (first!.kind === 'union' || first!.kind === 'intersection' || first!.kind === 'objectType') return true;
  return typeWillBreak(first!, expanded);
}
