/**
 * The `dts` view of a module: what a declaration file keeps. Exported functions become
 * `declare function` signatures (one per overload), exported variables `declare const` with
 * their declared type (or a literal initialiser), exported classes `declare class` with method
 * signatures; those marked `internal` (exported only for the package's other modules) are left out.
 * Types, interfaces, type imports and re-exports stay; everything else goes. Nothing is
 * inferred: a missing type is a generator bug and throws.
 */
import type {
  ClassDeclaration,
  Expr,
  FunctionDeclaration,
  FunctionOverload,
  Getter,
  ImportDeclaration,
  MethodDefinition,
  Param,
  Stmt,
  VariableDeclaration,
} from './ast.js';

export function declarationsOf(statement: Stmt): Stmt[] {
  switch (statement.kind) {
    case 'import':
      return typeImports(statement);
    case 'exportFrom':
    case 'exportNames':
    case 'typeAlias':
    case 'interface':
    case 'comment':
    case 'blank':
      return [statement];
    case 'function':
      return statement.exported === true && statement.internal !== true ? functionSignatures(statement) : [];
    case 'variable':
      return statement.exported === true && statement.internal !== true ? [ambientVariable(statement)] : [];
    case 'class':
      return statement.exported === true ? [ambientClass(statement)] : [];
    default:
      // Statements that run code have no place in a declaration file.
      return [];
  }
}

/**
 * Declarations name types only, so a declaration file keeps the type imports and drops the value
 * ones: a value imported for code (a check exported only for sibling modules) may not even be
 * declared where it comes from.
 */
function typeImports(node: ImportDeclaration): Stmt[] {
  if (node.typeOnly === true) return [node];
  if (node.names === undefined) return [];
  const types = node.names.filter((name) => name.typeOnly === true);
  return types.length === 0 ? [] : [{ ...node, names: types.map(({ typeOnly: _, ...name }) => name), typeOnly: true }];
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
