/**
 * The `dts` view of a module: what a declaration file keeps. Exported functions become
 * `declare function` signatures (one per overload), exported variables `declare const` with
 * their declared type (or a literal initialiser), exported classes `declare class` with method
 * signatures. Types, interfaces, imports and re-exports stay; everything else goes. Nothing is
 * inferred: a missing type is a generator bug and throws.
 */
import type {
  ClassDeclaration,
  Expr,
  FunctionDeclaration,
  FunctionOverload,
  Getter,
  MethodDefinition,
  Module,
  Param,
  Stmt,
  VariableDeclaration,
} from './ast.js';

export const toDeclarations = (module: Module): Module => ({ body: module.body.flatMap(declarationsOf) });

function declarationsOf(statement: Stmt): Stmt[] {
  switch (statement.kind) {
    case 'import':
    case 'exportFrom':
    case 'exportNames':
    case 'typeAlias':
    case 'interface':
    case 'comment':
    case 'blank':
      return [statement];
    case 'function':
      return statement.exported === true ? functionSignatures(statement) : [];
    case 'variable':
      return statement.exported === true ? [ambientVariable(statement)] : [];
    case 'class':
      return statement.exported === true ? [ambientClass(statement)] : [];
    default:
      // Statements that run code have no place in a declaration file.
      return [];
  }
}

/** A parameter with a default is optional to callers; the default itself is an implementation detail. */
function ambientParam(param: Param): Param {
  const { default: fallback, ...rest } = param;
  return fallback === undefined ? rest : { ...rest, optional: true };
}

function functionSignatures(node: FunctionDeclaration): FunctionDeclaration[] {
  const signatures: readonly FunctionOverload[] =
    node.overloads !== undefined && node.overloads.length > 0 ? node.overloads : [node as FunctionOverload];
  return signatures.map((signature) => {
    if (signature.returns === undefined) throw new Error(`emit: exported function ${node.name} has no return type`);
    const declaration: FunctionDeclaration = {
      kind: 'function',
      name: node.name,
      params: signature.params.map(ambientParam),
      returns: signature.returns,
      body: [],
      exported: true,
      ambient: true,
    };
    return {
      ...declaration,
      ...(signature.typeParams === undefined ? {} : { typeParams: signature.typeParams }),
      ...(signature.doc === undefined ? {} : { doc: signature.doc }),
    };
  });
}

/** `-1`, `'a'`, `true`: initialisers a declaration file may keep on a `const`. */
function isLiteralInitialiser(expr: Expr): boolean {
  if (expr.kind === 'unary' && expr.operator === '-') return expr.operand.kind === 'number';
  return expr.kind === 'string' || expr.kind === 'number' || expr.kind === 'boolean';
}

function ambientVariable(node: VariableDeclaration): VariableDeclaration {
  const { init, ...rest } = node;
  if (node.type !== undefined) return { ...rest, ambient: true };
  if (node.declare === 'const' && init !== undefined && isLiteralInitialiser(init))
    return { ...rest, init, ambient: true };
  throw new Error(`emit: exported ${node.declare} ${node.name} needs a type for its declaration`);
}

function ambientMember(className: string, member: MethodDefinition | Getter): MethodDefinition | Getter {
  if (member.returns === undefined) throw new Error(`emit: ${className}.${member.name} has no return type`);
  if (member.kind === 'getter') return { ...member, body: [] };
  const { async, ...rest } = member;
  return { ...rest, params: rest.params.map(ambientParam), body: [] };
}

function ambientClass(node: ClassDeclaration): ClassDeclaration {
  return { ...node, ambient: true, members: node.members.map((member) => ambientMember(node.name, member)) };
}
