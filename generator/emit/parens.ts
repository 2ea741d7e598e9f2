/**
 * Where parentheses go around expressions: exactly where Prettier's needs-parentheses.js puts
 * them, which is where the grammar needs them plus a few for clarity that Prettier keeps
 * (`(a && b) || c`, `(a ?? b) ? c : d`, `(a + b) | c`, `x ? (y as T) : z`). Types: type-parens.ts.
 */
import type { Binary, Expr } from './ast.js';
import type { Printer } from './printer.js';
import { estreeType, isBitwiseOperator, precedence, shouldFlatten } from './predicates.js';

/** Whether the expression being printed needs parentheses around it. */
export const expressionNeedsParens = (p: Printer): boolean => exprNeedsParens(p, p.node as Expr);

/** Whether a child under `key` is where its parent's first token comes from. */
function isLeftmostEdge(p: Printer, depth: number): boolean {
  const key = p.keyAt(depth);
  switch (p.kind(depth + 1)) {
    case 'member':
    case 'element':
      return key === 'object';
    case 'call':
      // An immediately invoked function is parenthesised as a callee already.
      return key === 'callee' && p.kind(depth) !== 'functionExpr';
    case 'binary':
      return key === 'left';
    case 'assign':
      return key === 'target';
    case 'conditional':
      return key === 'test';
    case 'as':
    case 'nonNull':
      return key === 'expr';
    case 'update':
      return key === 'operand' && p.parent<{ prefix?: boolean }>(depth + 1)!.prefix !== true;
    default:
      return false;
  }
}

/**
 * `({}).x;`, `(function () {})();`, `() => ({})`: an object or function literal that would be
 * the first token of a statement, or an object literal that would open an arrow's body.
 */
function startsStatementOrArrowBody(p: Printer, node: Expr): boolean {
  if (node.kind !== 'object' && node.kind !== 'functionExpr') return false;
  let depth = 0;
  while (isLeftmostEdge(p, depth)) depth++;
  const parentKind = p.kind(depth + 1);
  if (parentKind === 'expression') return true;
  return node.kind === 'object' && parentKind === 'arrow' && p.keyAt(depth) === 'body' && p.kind(depth) !== 'assign';
}

function exprNeedsParens(p: Printer, node: Expr): boolean {
  if (startsStatementOrArrowBody(p, node)) return true;
  const parentKind = p.kind(1);
  const key = p.key;
  if (parentKind === 'class' && key === 'extends') return classHeritageNeedsParens(node);
  switch (node.kind) {
    case 'update':
      if (parentKind === 'unary') {
        const parent = p.parent<Expr & { kind: 'unary' }>()!;
        return (
          node.prefix === true &&
          ((node.operator === '++' && parent.operator === '+') || (node.operator === '--' && parent.operator === '-'))
        );
      }
      return unaryNeedsParens(p, node);
    case 'unary':
    case 'typeof':
      return unaryNeedsParens(p, node);
    case 'binary':
      if (parentKind === 'update') return true;
      if (node.operator === 'in' && isInForInit(p)) return true;
      return binaryishNeedsParens(p, node);
    case 'as':
      return binaryishNeedsParens(p, node);
    case 'await':
      return awaitNeedsParens(p);
    case 'conditional':
      return conditionalNeedsParens(p);
    case 'functionExpr':
      return isCallee(p);
    case 'arrow':
      return arrowNeedsParens(p);
    case 'assign':
      return !(
        (parentKind === 'expression' && key === 'expr') ||
        parentKind === 'assign' ||
        (parentKind === 'for' && (key === 'init' || key === 'update'))
      );
    case 'string':
      // A string statement first in a block would read as a directive (`'use strict'`).
      return parentKind === 'expression' && (p.kind(2) === 'module' || p.kind(2) === 'statements');
    case 'number':
      return key === 'object' && (parentKind === 'member' || parentKind === 'element');
    case 'call':
    case 'member':
    case 'element':
    case 'nonNull':
      return key === 'callee' && parentKind === 'new' && containsCall(node);
    default:
      return false;
  }
}

/** `class A extends (a || b)`: Prettier wraps any operator expression after `extends`. */
function classHeritageNeedsParens(node: Expr): boolean {
  const heritage = node.kind === 'nonNull' ? node.expr : node;
  return ['arrow', 'assign', 'await', 'binary', 'conditional', 'new', 'object', 'unary', 'typeof', 'update'].includes(
    heritage.kind,
  );
}

const isCallee = (p: Printer): boolean => p.key === 'callee' && (p.kind(1) === 'call' || p.kind(1) === 'new');
function unaryNeedsParens(p: Printer, node: Expr): boolean {
  const parentKind = p.kind(1);
  switch (parentKind) {
    case 'unary': {
      const parent = p.parent<Expr & { kind: 'unary' }>()!;
      return (
        node.kind === 'unary' && node.operator === parent.operator && (node.operator === '+' || node.operator === '-')
      );
    }
    case 'member':
    case 'element':
      return p.key === 'object';
    case 'call':
    case 'new':
      return p.key === 'callee';
    case 'binary': {
      const parent = p.parent<Binary>()!;
      if (
        p.key === 'left' &&
        node.kind !== 'update' &&
        (parent.operator === 'in' || parent.operator === 'instanceof')
      ) {
        return true;
      }
      return p.key === 'left' && parent.operator === '**';
    }
    case 'nonNull':
      return true;
    default:
      return false;
  }
}

/** Binary, logical and `as` expressions (Prettier's shared case for them). */
function binaryishNeedsParens(p: Printer, node: Expr & { kind: 'binary' | 'as' }): boolean {
  const parentKind = p.kind(1);
  switch (parentKind) {
    case 'as':
      return node.kind !== 'as';
    case 'conditional':
      return node.kind === 'as' || (node.kind === 'binary' && node.operator === '??');
    case 'call':
    case 'new':
      return p.key === 'callee';
    case 'spread':
    case 'spreadAssignment':
    case 'await':
    case 'nonNull':
    case 'update':
    case 'unary':
    case 'typeof':
      return true;
    case 'member':
    case 'element':
      return p.key === 'object';
    case 'assign':
      return p.key === 'target' && node.kind === 'as';
    case 'binary':
      return binaryInBinaryNeedsParens(p, node);
    default:
      return false;
  }
}

function binaryInBinaryNeedsParens(p: Printer, node: Expr & { kind: 'binary' | 'as' }): boolean {
  const parent = p.parent<Binary>()!;
  if (node.kind === 'as') return true;
  if (estreeType(node) === 'LogicalExpression' && estreeType(parent) === 'LogicalExpression') {
    return parent.operator !== node.operator;
  }
  const nodePrecedence = precedence(node.operator);
  const parentPrecedence = precedence(parent.operator);
  if (parentPrecedence > nodePrecedence) return true;
  if (p.key === 'right' && parentPrecedence === nodePrecedence) return true;
  if (parentPrecedence === nodePrecedence && !shouldFlatten(parent.operator, node.operator)) return true;
  if (
    parentPrecedence < nodePrecedence &&
    node.operator === '%' &&
    (parent.operator === '+' || parent.operator === '-')
  ) {
    return true;
  }
  return isBitwiseOperator(parent.operator);
}

/** `for (let x = (a in b); ...)`: an `in` anywhere in a for loop's initialiser (Prettier's rule). */
function isInForInit(p: Printer): boolean {
  for (let depth = 1; depth < p.depth; depth++) {
    if (p.kind(depth) === 'for') return p.keyAt(depth - 1) === 'init';
  }
  return false;
}

function awaitNeedsParens(p: Printer): boolean {
  switch (p.kind(1)) {
    case 'unary':
    case 'typeof':
    case 'spread':
    case 'spreadAssignment':
    case 'as':
    case 'nonNull':
    case 'binary':
      return true;
    case 'member':
    case 'element':
      return p.key === 'object';
    case 'call':
    case 'new':
      return p.key === 'callee';
    case 'conditional':
      return p.key === 'test';
    default:
      return false;
  }
}

function conditionalNeedsParens(p: Printer): boolean {
  switch (p.kind(1)) {
    case 'unary':
    case 'typeof':
    case 'spread':
    case 'spreadAssignment':
    case 'binary':
    case 'await':
    case 'as':
    case 'nonNull':
      return true;
    case 'call':
    case 'new':
      return p.key === 'callee';
    case 'conditional':
      return p.key === 'test';
    case 'member':
    case 'element':
      return p.key === 'object';
    default:
      return false;
  }
}

function arrowNeedsParens(p: Printer): boolean {
  switch (p.kind(1)) {
    case 'binary':
    case 'as':
    case 'nonNull':
    case 'unary':
    case 'typeof':
    case 'await':
      return true;
    case 'call':
    case 'new':
      return p.key === 'callee';
    case 'member':
    case 'element':
      return p.key === 'object';
    case 'conditional':
      return p.key === 'test';
    default:
      return false;
  }
}

/** `new (a.b())()`: a call anywhere down the callee's object chain must not bind to `new`. */
function containsCall(node: Expr): boolean {
  for (let current: Expr | undefined = node; current !== undefined;) {
    switch (current.kind) {
      case 'call':
        return true;
      case 'member':
      case 'element':
        current = current.object;
        break;
      case 'nonNull':
        current = current.expr;
        break;
      default:
        return false;
    }
  }
  return false;
}
