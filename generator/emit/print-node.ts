/**
 * The one place that knows every node printer: given the current node's kind, print it. The
 * Printer calls this for every child, so node printers never import each other's modules for
 * recursion and the module graph stays acyclic.
 */
import type { Expr, Module, ObjectMember, Param, Stmt, TypeNode, TypeParam } from './ast.js';
import { hardline, type Doc } from './doc.js';
import { bindingName } from './names.js';
import { isExpressionKind } from './parens.js';
import { printDeclaration } from './print-decl.js';
import { printExpression } from './print-expr.js';
import { printObjectMember } from './print-object.js';
import { printBlock, printStatement, printStatements } from './print-stmt.js';
import { printType, printTypeParam } from './print-types.js';
import type { PrintArgs, Printer } from './printer.js';

const TYPE_KINDS = new Set([
  'keywordType',
  'literalType',
  'typeReference',
  'union',
  'intersection',
  'arrayType',
  'tupleType',
  'objectType',
  'functionType',
  'indexedAccess',
  'typeQuery',
  'typePredicate',
  'keyof',
  'mappedType',
  'conditionalType',
  'inferType',
  'templateLiteralType',
]);

const DECLARATION_KINDS = new Set([
  'import',
  'exportFrom',
  'exportNames',
  'function',
  'typeAlias',
  'interface',
  'class',
]);

const OBJECT_MEMBER_KINDS = new Set(['property', 'shorthand', 'spreadAssignment', 'method', 'getter']);

export function printNode(p: Printer, args: PrintArgs): Doc {
  const kind = p.kind();
  const node = p.node;
  if (isExpressionKind(kind)) return printExpression(p, node as Expr, args);
  if (TYPE_KINDS.has(kind)) return printType(p, node as TypeNode, args);
  if (DECLARATION_KINDS.has(kind)) return printDeclaration(p, node as Stmt);
  if (OBJECT_MEMBER_KINDS.has(kind)) return printObjectMember(p, node as ObjectMember);
  switch (kind) {
    case 'variable':
      return printDeclaration(p, node as Stmt);
    case 'param':
      return printParam(p, node as Param);
    case 'typeParam':
      return printTypeParam(p, node as TypeParam);
    case 'statements':
      return printBlock(p, node as readonly Stmt[]);
    case 'module':
      return printModuleBody(p, node as Module);
    default:
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

function printModuleBody(p: Printer, node: Module): Doc {
  const body = printStatements(p, node.body, 'body');
  return body.length === 0 ? '' : [body, hardline];
}
