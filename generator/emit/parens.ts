/**
 * Where parentheses go: exactly where Prettier's needs-parentheses.js puts them, which is where
 * the grammar needs them plus a few for clarity that Prettier keeps (`(a && b) || c`,
 * `(a ?? b) ? c : d`, `(a + b) | c`, `x ? (y as T) : z`).
 */
import type { Binary, Expr, Stmt, TypeNode } from './ast.js';
import type { Printer } from './printer.js';
import { estreeType, isBitwiseOperator, precedence, shouldFlatten, startsWith } from './predicates.js';

const EXPRESSION_KINDS = new Set([
  'identifier',
  'string',
  'number',
  'boolean',
  'null',
  'regexp',
  'array',
  'object',
  'member',
  'element',
  'call',
  'new',
  'binary',
  'unary',
  'conditional',
  'arrow',
  'functionExpr',
  'as',
  'nonNull',
  'assign',
  'update',
  'spread',
  'typeof',
  'await',
]);

export const isExpressionKind = (kind: string): boolean => EXPRESSION_KINDS.has(kind);

/** Whether the expression or type being printed needs parentheses around it. */
export function needsParens(p: Printer): boolean {
  if (isExpressionKind(p.kind())) return exprNeedsParens(p, p.node as Expr);
  return typeNeedsParens(p, p.node as TypeNode);
}

/** The expression statement or arrow body the node starts, if it starts one (`({}).x;`, `() => ({})`). */
function startsStatementOrArrowBody(p: Printer, node: Expr): boolean {
  const statement = p.findAncestor((frame) => frame.kind === 'expression');
  const isLeftmost = (leftmost: Expr): boolean => leftmost === node;
  if (node.kind === 'object' || node.kind === 'functionExpr') {
    const expr = (statement?.frame.node as (Stmt & { kind: 'expression' }) | undefined)?.expr;
    if (expr !== undefined && startsWith(expr, isLeftmost)) return true;
  }
  if (node.kind === 'object') {
    const arrow = p.findAncestor((frame) => frame.kind === 'arrow');
    const body = (arrow?.frame.node as (Expr & { kind: 'arrow' }) | undefined)?.body;
    if (body !== undefined && !Array.isArray(body) && (body as Expr).kind !== 'assign') {
      if (startsWith(body as Expr, isLeftmost)) return true;
    }
  }
  return false;
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
const isMemberObject = (p: Printer): boolean =>
  p.key === 'object' && (p.kind(1) === 'member' || p.kind(1) === 'element');

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
  for (let depth = 1; p.frame(depth) !== undefined; depth++) {
    if (p.kind(depth) === 'for') return p.frame(depth - 1)!.key === 'init';
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

function typeNeedsParens(p: Printer, node: TypeNode): boolean {
  const parentKind = p.kind(1);
  const key = p.key;
  switch (node.kind) {
    case 'functionType':
      if (parentKind === 'arrow' && key === 'returns') return true;
      return compositeTypeNeedsParens(p, node);
    case 'conditionalType':
      if (key === 'extends' && parentKind === 'conditionalType') return true;
      if (key === 'constraint' && (parentKind === 'typeParam' || parentKind === 'inferType')) return true;
      return compositeTypeNeedsParens(p, node);
    case 'union':
    case 'intersection':
      return parentKind === 'union' || parentKind === 'intersection' || typeOperandNeedsParens(p);
    case 'inferType':
      if (node.constraint !== undefined && (parentKind === 'union' || parentKind === 'intersection')) return true;
      return typeOperandNeedsParens(p);
    case 'keyof':
      return typeOperandNeedsParens(p);
    case 'arrayType':
      return node.readonly === true && typeOperandNeedsParens(p);
    case 'tupleType':
      return node.readonly === true && typeOperandNeedsParens(p);
    case 'typeQuery':
      return (key === 'object' && parentKind === 'indexedAccess') || (key === 'element' && parentKind === 'arrayType');
    default:
      return false;
  }
}

/** Function and conditional types: where they would capture what follows or be captured. */
function compositeTypeNeedsParens(p: Printer, node: TypeNode): boolean {
  const parentKind = p.kind(1);
  if (p.key === 'check' && parentKind === 'conditionalType') return true;
  if (node.kind === 'functionType' && p.key === 'extends' && parentKind === 'conditionalType') {
    const returns = node.returns;
    const inner = returns.kind === 'typePredicate' ? returns.type : returns;
    if (inner.kind === 'inferType' && inner.constraint !== undefined) return true;
  }
  if (parentKind === 'union' || parentKind === 'intersection') return true;
  return typeOperandNeedsParens(p);
}

/** Positions that bind tighter than any operator type: `(A | B)[]`, `(A | B)['k']`, `keyof (A | B)`. */
function typeOperandNeedsParens(p: Printer): boolean {
  const parentKind = p.kind(1);
  return (
    (parentKind === 'arrayType' && p.key === 'element') ||
    (parentKind === 'tupleElement' && isOptionalOrRestElement(p)) ||
    (parentKind === 'indexedAccess' && p.key === 'object') ||
    parentKind === 'keyof'
  );
}

/** An optional (`T?`) or unnamed rest (`...T`) tuple member: TypeScript's TSOptionalType / TSRestType. */
function isOptionalOrRestElement(p: Printer): boolean {
  const element = p.parent<{ optional?: boolean; rest?: boolean; name?: string }>()!;
  return element.name === undefined && (element.optional === true || element.rest === true);
}
