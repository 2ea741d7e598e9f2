/**
 * The one place that knows every node printer: given the current node's kind, print it. The
 * Printer calls this for every child, so node printers never import each other's modules for
 * recursion and the module graph stays acyclic.
 */
import type { Expr, ObjectMember, Param, Stmt, TypeNode, TypeParam } from './ast.js';
import type { Doc } from './doc.js';
import { bindingName } from './names.js';
import { EXPRESSION_KINDS, TYPE_KINDS } from './kinds.js';
import { printDeclaration } from './print-decl.js';
import { printExpression } from './print-expr.js';
import { printObjectMember } from './print-object.js';
import { printBlock, printStatement } from './print-stmt.js';
import { printType, printTypeParam } from './print-types.js';
import type { PrintArgs, Printer } from './printer.js';

/** What printer a kind goes to: one lookup per printed node. */
type Category = 'expression' | 'type' | 'declaration' | 'member' | 'param' | 'typeParam' | 'statements' | 'statement';

const CATEGORIES = new Map<string, Category>([
  ...EXPRESSION_KINDS.map((kind) => [kind, 'expression'] as const),
  ...TYPE_KINDS.map((kind) => [kind, 'type'] as const),
  ...['import', 'exportFrom', 'exportNames', 'function', 'variable', 'typeAlias', 'interface', 'class'].map(
    (kind) => [kind, 'declaration'] as const,
  ),
  ...['property', 'shorthand', 'spreadAssignment', 'method', 'getter'].map((kind) => [kind, 'member'] as const),
  ['param', 'param'],
  ['typeParam', 'typeParam'],
  ['statements', 'statements'],
]);

export function printNode(p: Printer, args: PrintArgs): Doc {
  const node = p.node;
  switch (CATEGORIES.get(p.kind()) ?? 'statement') {
    case 'expression':
      return printExpression(p, node as Expr, args);
    case 'type':
      return printType(p, node as TypeNode, args);
    case 'declaration':
      return printDeclaration(p, node as Stmt);
    case 'member':
      return printObjectMember(p, node as ObjectMember);
    case 'param':
      return printParam(p, node as Param);
    case 'typeParam':
      return printTypeParam(p, node as TypeParam);
    case 'statements':
      return printBlock(p, node as readonly Stmt[]);
    case 'statement':
      return printStatement(p, node as Stmt);
  }
}

/** `a`, `a?: T`, `a: T = 1`, `...rest: T[]`. */
function printParam(p: Printer, param: Param): Doc {
  if (param.rest === true && (param.optional === true || param.default !== undefined)) {
    throw new Error(`emit: rest parameter ${param.name} cannot be optional or have a default`);
  }
  if (param.optional === true && param.default !== undefined) {
    throw new Error(`emit: parameter ${param.name} cannot be both optional and defaulted`);
  }
  const left: Doc = [
    param.rest === true ? '...' : '',
    bindingName(param.name),
    param.optional === true ? '?' : '',
    param.type === undefined ? '' : [': ', p.print(param.type, 'type')],
  ];
  return param.default === undefined ? left : [left, ' = ', p.print(param.default, 'default')];
}
