/**
 * Expressions: each kind to its printer, with the parentheses parens.ts asks for and the
 * `/* @__PURE__ *\/` annotation in front of a pure call (outside any parentheses, where
 * Prettier keeps a leading comment).
 */
import type { ElementAccess, Expr, Member } from './ast.js';
import { group, indent, inheritLabel, isMemberChain, memberChainLabel, softline, type Doc } from './doc.js';
import { printNumber, printRegExp, printString } from './literals.js';
import { referenceName } from './names.js';
import { expressionNeedsParens } from './parens.js';
import { printAssignment } from './print-assign.js';
import { printBinaryish } from './print-binary.js';
import { printCall } from './print-call.js';
import { printArrow, printFunctionExpr } from './print-function.js';
import { printMemberLookup } from './print-member-chain.js';
import { printArray, printObject } from './print-object.js';
import { printTernary } from './print-ternary.js';
import { leftNestedLogical, startsWith } from './predicates.js';
import type { PrintArgs, Printer } from './printer.js';

export function printExpression(p: Printer, node: Expr, args: PrintArgs): Doc {
  let doc = printBare(p, node, args);
  if (expressionNeedsParens(p)) doc = inheritLabel(doc, (inner) => ['(', inner, ')']);
  if (node.kind === 'call' && node.pure === true) doc = inheritLabel(doc, (inner) => ['/* @__PURE__ */ ', inner]);
  return doc;
}

function printBare(p: Printer, node: Expr, args: PrintArgs): Doc {
  switch (node.kind) {
    case 'identifier':
      return referenceName(node.name);
    case 'string':
      return printString(node.value);
    case 'number':
      return printNumber(node.value);
    case 'boolean':
      return String(node.value);
    case 'null':
      return 'null';
    case 'regexp':
      return printRegExp(node.source, node.flags);
    case 'array':
      return printArray(p, node);
    case 'object':
      return printObject(p, node);
    case 'member':
    case 'element':
      return printMemberExpression(p, node);
    case 'call':
    case 'new':
      return printCall(p, node);
    case 'binary':
      return printBinaryish(p, leftNestedLogical(node));
    case 'conditional':
      return printTernary(p, node);
    case 'arrow':
      return printArrow(p, node, args);
    case 'functionExpr':
      return printFunctionExpr(p, node, args);
    case 'assign':
      return printAssignment(p, p.print(node.target, 'target'), [' ', node.operator], {
        node: node.value,
        key: 'value',
      });
    default:
      return printOperator(p, node);
  }
}

/** Unary, update, `typeof`, `await`, `as`, `!`, spread. */
function printOperator(p: Printer, node: Expr): Doc {
  switch (node.kind) {
    case 'unary':
      return [node.operator, node.operator === 'void' ? ' ' : '', p.print(node.operand, 'operand')];
    case 'typeof':
      return ['typeof ', p.print(node.operand, 'operand')];
    case 'update': {
      const operand = p.print(node.operand, 'operand');
      return node.prefix === true ? [node.operator, operand] : [operand, node.operator];
    }
    case 'await':
      return printAwait(p, node);
    case 'as':
      return printBreakableInside(p, [p.print(node.expr, 'expr'), ' as ', p.print(node.type, 'type')]);
    case 'nonNull':
      return [p.print(node.expr, 'expr'), '!'];
    case 'spread':
      return ['...', p.print(node.expr, 'expr')];
    default:
      throw new Error(`emit: unknown expression kind ${(node as { kind: string }).kind}`);
  }
}

const isCalleeOrObject = (p: Printer): boolean =>
  (p.key === 'callee' && (p.kind(1) === 'call' || p.kind(1) === 'new')) ||
  (p.key === 'object' && (p.kind(1) === 'member' || p.kind(1) === 'element'));

/** `(x as T).y`, `(await x).y`: the parenthesised part may break inside its parentheses. */
function printBreakableInside(p: Printer, parts: Doc[]): Doc {
  return isCalleeOrObject(p) ? group([indent([softline, ...parts]), softline]) : parts;
}

function printAwait(p: Printer, node: Expr & { kind: 'await' }): Doc {
  const parts: Doc[] = ['await', ' ', p.print(node.operand, 'operand')];
  if (!isCalleeOrObject(p)) return parts;
  const wrapped: Doc = [indent([softline, ...parts]), softline];
  // `await (await x).y` keeps the inner await ungrouped.
  const enclosing = p.ancestorWhere(isAwaitOrBlock);
  if (enclosing !== -1 && p.kind(enclosing) === 'await') {
    const outer = p.parent<Expr & { kind: 'await' }>(enclosing)!;
    if (startsWith(outer.operand, (leftmost) => leftmost === node)) return wrapped;
  }
  return group(wrapped);
}

function printMemberExpression(p: Printer, node: Member | ElementAccess): Doc {
  const objectDoc = p.print(node.object, 'object');
  const lookupDoc = printMemberLookup(p, node);
  const shouldInline = shouldInlineMember(p, node, objectDoc);
  const doc: Doc = [objectDoc, shouldInline ? lookupDoc : group(indent([softline, lookupDoc]))];
  return isMemberChain(objectDoc) ? memberChainLabel(doc) : doc;
}

const isAwaitOrBlock = (kind: string): boolean => kind === 'await' || kind === 'statements';
const isNotMemberLink = (kind: string): boolean => kind !== 'member' && kind !== 'element' && kind !== 'nonNull';
const isNotNonNull = (kind: string): boolean => kind !== 'nonNull';

function shouldInlineMember(p: Printer, node: Member | ElementAccess, objectDoc: Doc): boolean {
  if (node.kind === 'element') return true;
  const firstNonMember = p.ancestorWhere(isNotMemberLink);
  // TypeScript's AST wraps an optional chain in a ChainExpression, which then is the parent.
  const isWrappedChain = !p.javascript && hasOptionalLink(p.parent<Expr>(firstNonMember - 1)!);
  if (firstNonMember !== -1 && p.kind(firstNonMember) === 'assign' && !isWrappedChain) {
    if (p.parent<Expr & { kind: 'assign' }>(firstNonMember)!.target.kind !== 'identifier') return true;
  }
  if (isNewCallee(p)) return true;
  const wrapperKind = p.kind(p.ancestorWhere(isNotNonNull));
  if (node.object.kind === 'identifier' && wrapperKind !== 'member' && wrapperKind !== 'element') return true;
  if (wrapperKind !== 'assign' && wrapperKind !== 'variable') return false;
  const object = node.object.kind === 'nonNull' ? node.object.expr : node.object;
  return (object.kind === 'call' && object.args.length > 0) || isMemberChain(objectDoc);
}

/** Whether a member chain holds an optional link (`a?.b`, `f?.()`, `a?.[0]`) anywhere down its spine. */
function hasOptionalLink(expr: Expr): boolean {
  for (let current: Expr | undefined = expr; current !== undefined;) {
    switch (current.kind) {
      case 'member':
      case 'element':
        if (current.optional === true) return true;
        current = current.object;
        break;
      case 'call':
        if (current.optional === true) return true;
        current = current.callee;
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

/** `new a.b.C()`: member accesses in the callee of `new` never break. */
function isNewCallee(p: Printer): boolean {
  for (let depth = 1; depth < p.depth; depth++) {
    const kind = p.kind(depth);
    const childKey = p.keyAt(depth - 1);
    if (
      ((kind === 'member' || kind === 'element') && childKey === 'object') ||
      (kind === 'nonNull' && childKey === 'expr')
    ) {
      continue;
    }
    return kind === 'new' && childKey === 'callee';
  }
  return false;
}
