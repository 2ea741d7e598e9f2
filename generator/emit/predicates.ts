/**
 * Questions Prettier's layout rules ask about nodes (its `utilities/*.js`), asked of our AST.
 * Where Prettier distinguishes ESTree types we do not have (LogicalExpression and
 * BinaryExpression share our `binary`), the helpers here draw its line.
 */
import type { BinaryOperator, Binary, Expr, TypeNode } from './ast.js';
import { printString } from './literals.js';

export const isLogicalOperator = (operator: BinaryOperator): boolean =>
  operator === '&&' || operator === '||' || operator === '??';

/** Prettier's ESTree type of an expression, where its rules compare `parent.type === node.type`. */
export function estreeType(expr: Expr): string {
  switch (expr.kind) {
    case 'binary':
      return isLogicalOperator(expr.operator) ? 'LogicalExpression' : 'BinaryExpression';
    case 'unary':
    case 'typeof':
      return 'UnaryExpression';
    default:
      return expr.kind;
  }
}

const PRECEDENCE = new Map<string, number>(
  [
    ['??'],
    ['||'],
    ['&&'],
    ['|'],
    ['^'],
    ['&'],
    ['==', '===', '!=', '!=='],
    ['<', '>', '<=', '>=', 'in', 'instanceof'],
    ['>>', '<<', '>>>'],
    ['+', '-'],
    ['*', '/', '%'],
    ['**'],
  ].flatMap((operators, index) => operators.map((operator) => [operator, index] as const)),
);

export const precedence = (operator: BinaryOperator): number => PRECEDENCE.get(operator)!;

const EQUALITY = new Set(['==', '!=', '===', '!==']);
const MULTIPLICATIVE = new Set(['*', '/', '%']);
const BITSHIFT = new Set(['>>', '>>>', '<<']);

export const isBitwiseOperator = (operator: BinaryOperator): boolean =>
  BITSHIFT.has(operator) || operator === '|' || operator === '^' || operator === '&';

/** Whether `a op1 b op2 c` prints as one flat chain (Prettier's shouldFlatten). */
export function shouldFlatten(parentOp: BinaryOperator, nodeOp: BinaryOperator): boolean {
  if (precedence(nodeOp) !== precedence(parentOp)) return false;
  if (parentOp === '**') return false;
  if (EQUALITY.has(parentOp) && EQUALITY.has(nodeOp)) return false;
  if ((nodeOp === '%' && MULTIPLICATIVE.has(parentOp)) || (parentOp === '%' && MULTIPLICATIVE.has(nodeOp)))
    return false;
  if (nodeOp !== parentOp && MULTIPLICATIVE.has(nodeOp) && MULTIPLICATIVE.has(parentOp)) return false;
  if (BITSHIFT.has(parentOp) && BITSHIFT.has(nodeOp)) return false;
  return true;
}

export const isMemberish = (expr: Expr): boolean => expr.kind === 'member' || expr.kind === 'element';

export const isObjectWithMembers = (expr: Expr): boolean => expr.kind === 'object' && expr.members.length > 0;
export const isArrayWithItems = (expr: Expr): boolean => expr.kind === 'array' && expr.items.length > 0;

/** `-1`, `+2`: a number behind a sign (negative numbers are a unary minus in our AST). */
export const isSignedNumber = (expr: Expr): boolean =>
  expr.kind === 'unary' && (expr.operator === '-' || expr.operator === '+') && expr.operand.kind === 'number';

export const isLiteral = (expr: Expr): boolean =>
  expr.kind === 'string' ||
  expr.kind === 'number' ||
  expr.kind === 'boolean' ||
  expr.kind === 'null' ||
  expr.kind === 'regexp';

/**
 * Prettier's shouldInlineLogicalExpression: `a && { ... }` keeps the object on the operator's
 * line. The right operand is taken as in the left-nested chain (see leftNestedLogical).
 */
export function shouldInlineLogical(expr: Expr): boolean {
  if (expr.kind !== 'binary' || !isLogicalOperator(expr.operator)) return false;
  let right = expr.right;
  while (right.kind === 'binary' && right.operator === expr.operator) right = right.right;
  return isObjectWithMembers(right) || isArrayWithItems(right);
}

const stripNonNull = (expr: Expr): Expr => (expr.kind === 'nonNull' ? stripNonNull(expr.expr) : expr);

/** Prettier's isSimpleCallArgument: small enough not to be worth breaking a call for. */
export function isSimpleCallArgument(node: Expr, depth = 2): boolean {
  if (depth <= 0) return false;
  const expr = stripNonNull(node);
  switch (expr.kind) {
    case 'regexp':
      return expr.source.length <= 5;
    case 'string':
    case 'number':
    case 'boolean':
    case 'null':
    case 'identifier':
      return true;
    case 'object':
      return expr.members.every(
        (member) =>
          member.kind === 'shorthand' ||
          (member.kind === 'property' && member.computed !== true && isSimpleCallArgument(member.value, depth - 1)),
      );
    case 'array':
      return expr.items.every((item) => isSimpleCallArgument(item, depth - 1));
    case 'call':
    case 'new':
      return (
        isSimpleCallArgument(expr.callee, depth) &&
        expr.args.length <= depth &&
        expr.args.every((arg) => isSimpleCallArgument(arg, depth - 1))
      );
    case 'member':
      return isSimpleCallArgument(expr.object, depth);
    case 'element':
      return isSimpleCallArgument(expr.object, depth) && isSimpleCallArgument(expr.index, depth);
    case 'unary':
      return expr.operator !== 'void' && isSimpleCallArgument(expr.operand, depth);
    case 'update':
      return isSimpleCallArgument(expr.operand, depth);
    default:
      return false;
  }
}

const LONE_SHORT_ARGUMENT_THRESHOLD = 120 * 0.25;

/** Prettier's isLoneShortArgument: an argument too short to be worth a line of its own. */
export function isLoneShortArgument(expr: Expr): boolean {
  if (expr.kind === 'call' && expr.pure === true) return false;
  switch (expr.kind) {
    case 'identifier':
      return expr.name === 'this' || expr.name.length <= LONE_SHORT_ARGUMENT_THRESHOLD;
    case 'regexp':
      return expr.source.length <= LONE_SHORT_ARGUMENT_THRESHOLD;
    case 'string':
      return printString(expr.value).length <= LONE_SHORT_ARGUMENT_THRESHOLD;
    case 'unary':
    case 'typeof':
      return isSignedNumber(expr) || isLoneShortArgument(expr.operand);
    case 'call':
      // An optional call is an OptionalCallExpression or ChainExpression to Prettier, not a CallExpression.
      return (
        expr.optional !== true &&
        expr.args.length === 0 &&
        expr.callee.kind === 'identifier' &&
        expr.callee.name.length <= LONE_SHORT_ARGUMENT_THRESHOLD - 2
      );
    default:
      return isLiteral(expr);
  }
}

/**
 * Whether the leftmost token of `expr` belongs to a node `test` accepts (Prettier's
 * startsWithNoLookaheadToken): an object literal there would read as a block.
 */
export function startsWith(expr: Expr, test: (node: Expr) => boolean): boolean {
  for (let current = expr; ;) {
    const next = leftmostChild(current);
    if (next === null) return false;
    if (next === undefined) return test(current);
    current = next;
  }
}

/**
 * The child an expression's first token comes from; undefined when it is the expression's own,
 * null when the expression starts with a parenthesis anyway (an immediately invoked function).
 */
function leftmostChild(expr: Expr): Expr | null | undefined {
  switch (expr.kind) {
    case 'binary':
      return expr.left;
    case 'assign':
      return expr.target;
    case 'member':
    case 'element':
      return expr.object;
    case 'call':
      return expr.callee.kind === 'functionExpr' ? null : expr.callee;
    case 'conditional':
      return expr.test;
    case 'update':
      return expr.prefix === true ? null : expr.operand;
    case 'nonNull':
    case 'as':
      return expr.expr;
    default:
      return undefined;
  }
}

/** Prettier's isSimpleType: keyword, `this`, literal and template literal types, and bare references. */
export const isSimpleType = (type: TypeNode): boolean =>
  type.kind === 'keywordType' ||
  type.kind === 'literalType' ||
  type.kind === 'templateLiteralType' ||
  (type.kind === 'typeReference' && type.args === undefined);

/** Prettier's isObjectType: a type literal or a mapped type. */
export const isObjectType = (type: TypeNode): boolean => type.kind === 'objectType' || type.kind === 'mappedType';

/**
 * `a && (b && c)` as `(a && b) && c`. Prettier prints a logical operand of the same operator
 * without parentheses and reads the result back left-nested, so the printer lays it out that
 * way from the start. The operators are associative, so the meaning is the same.
 */
export function leftNestedLogical(node: Binary): Binary {
  if (!isLogicalOperator(node.operator) || !hasRightNestedOperand(node)) return node;
  const operands: Expr[] = [];
  const collect = (expr: Expr): void => {
    if (expr.kind === 'binary' && expr.operator === node.operator) {
      collect(expr.left);
      collect(expr.right);
    } else operands.push(expr);
  };
  collect(node);
  const { operator } = node;
  let result: Binary = { kind: 'binary', operator, left: operands[0]!, right: operands[1]! };
  for (const operand of operands.slice(2)) result = { kind: 'binary', operator, left: result, right: operand };
  return result;
}

function hasRightNestedOperand(node: Binary): boolean {
  for (
    let current: Expr = node;
    current.kind === 'binary' && current.operator === node.operator;
    current = current.left
  ) {
    if (current.right.kind === 'binary' && current.right.operator === node.operator) return true;
  }
  return false;
}
