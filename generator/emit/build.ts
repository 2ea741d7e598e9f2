/**
 * Short constructors for the AST in ast.ts, so renderers read like the code they produce:
 * `ifThen(not(call(id('isX'), [id('value')])), [ret(bool(false))])`. Every spec-derived value
 * enters code through `literal` (any JSON value) or `str` (a string): there is no raw-code node.
 */
import type {
  ArrayType,
  Arrow,
  Binary,
  BinaryOperator,
  Call,
  Doc,
  Expr,
  ExpressionStatement,
  FunctionDeclaration,
  Identifier,
  If,
  ImportDeclaration,
  ImportSpecifier,
  IndexedAccessType,
  LiteralType,
  Member,
  ObjectLiteral,
  ObjectMember,
  Param,
  PropertyAssignment,
  PropertySignature,
  Return,
  Stmt,
  TypeMember,
  TypeNode,
  TypeReference,
  Unary,
  UnionType,
  VariableDeclaration,
  KeywordType,
  ObjectType,
} from './ast.js';

/** The JSON values a spec can hold. */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

// ---- expressions ----

export const id = (name: string): Identifier => ({ kind: 'identifier', name });
export const str = (value: string): Expr => ({ kind: 'string', value });
export const bool = (value: boolean): Expr => ({ kind: 'boolean', value });
export const nul: Expr = { kind: 'null' };
export const undef: Identifier = id('undefined');

/** A number literal; negative numbers become a unary minus, as they are in source. */
export function num(value: number): Expr {
  if (!Number.isFinite(value)) throw new Error(`emit: ${value} has no literal`);
  return value < 0 || Object.is(value, -0)
    ? { kind: 'unary', operator: '-', operand: { kind: 'number', value: -value } }
    : { kind: 'number', value };
}

/**
 * Any JSON value as an expression. An object with a `__proto__` key anywhere inside becomes
 * `JSON.parse('...')`: in an object literal that key would set the prototype instead.
 */
export function literal(value: JsonValue): Expr {
  if (hasProtoKey(value)) return call(member(id('JSON'), 'parse'), [str(JSON.stringify(value))]);
  return plainLiteral(value);
}

function plainLiteral(value: JsonValue): Expr {
  if (value === null) return nul;
  if (typeof value === 'string') return str(value);
  if (typeof value === 'number') return num(value);
  if (typeof value === 'boolean') return bool(value);
  if (Array.isArray(value)) return arr((value as readonly JsonValue[]).map(plainLiteral));
  const entries = Object.entries(value as { readonly [key: string]: JsonValue });
  return obj(entries.map(([key, item]) => prop(key, plainLiteral(item))));
}

function hasProtoKey(value: JsonValue): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return (value as readonly JsonValue[]).some(hasProtoKey);
  return Object.entries(value).some(([key, item]) => key === '__proto__' || hasProtoKey(item as JsonValue));
}

export const arr = (items: readonly Expr[]): Expr => ({ kind: 'array', items });

export function obj(members: readonly ObjectMember[], multiline = false): ObjectLiteral {
  return multiline ? { kind: 'object', members, multiline } : { kind: 'object', members };
}

export function prop(key: string, value: Expr, doc?: Doc): PropertyAssignment {
  return doc === undefined ? { kind: 'property', key, value } : { kind: 'property', key, value, doc };
}

export const member = (object: Expr, name: string): Member => ({ kind: 'member', object, name });
export const element = (object: Expr, index: Expr): Expr => ({ kind: 'element', object, index });

export function call(callee: Expr, args: readonly Expr[] = [], options: { pure?: boolean } = {}): Call {
  return options.pure ? { kind: 'call', callee, args, pure: true } : { kind: 'call', callee, args };
}

export const newExpr = (callee: Expr, args: readonly Expr[] = []): Expr => ({ kind: 'new', callee, args });
export const binary = (operator: BinaryOperator, left: Expr, right: Expr): Binary => ({
  kind: 'binary',
  operator,
  left,
  right,
});
export const eq = (left: Expr, right: Expr): Binary => binary('===', left, right);
export const neq = (left: Expr, right: Expr): Binary => binary('!==', left, right);
export const lt = (left: Expr, right: Expr): Binary => binary('<', left, right);
export const gt = (left: Expr, right: Expr): Binary => binary('>', left, right);
export const not = (operand: Expr): Unary => ({ kind: 'unary', operator: '!', operand });
export const typeOf = (operand: Expr): Expr => ({ kind: 'typeof', operand });

/** Left-associative chain: `a && b && c`. One operand is itself; none is an error. */
export function chain(operator: '&&' | '||' | '??' | '+', operands: readonly Expr[]): Expr {
  const [first, ...rest] = operands;
  if (first === undefined) throw new Error(`emit: an empty ${operator} chain`);
  return rest.reduce<Expr>((left, right) => binary(operator, left, right), first);
}
export const and = (...operands: readonly Expr[]): Expr => chain('&&', operands);
export const or = (...operands: readonly Expr[]): Expr => chain('||', operands);

export const conditional = (test: Expr, then: Expr, otherwise: Expr): Expr => ({
  kind: 'conditional',
  test,
  then,
  else: otherwise,
});
export const as = (expr: Expr, type: TypeNode): Expr => ({ kind: 'as', expr, type });
export const assign = (target: Expr, value: Expr): Expr => ({ kind: 'assign', operator: '=', target, value });

export function arrow(params: readonly Param[], body: Expr | readonly Stmt[], returns?: TypeNode): Arrow {
  return returns === undefined ? { kind: 'arrow', params, body } : { kind: 'arrow', params, body, returns };
}

export function param(name: string, type?: TypeNode, extra: Omit<Param, 'name' | 'type'> = {}): Param {
  return type === undefined ? { name, ...extra } : { name, type, ...extra };
}

// ---- statements ----

export const ret = (value?: Expr): Return => (value === undefined ? { kind: 'return' } : { kind: 'return', value });
export const exprStmt = (expr: Expr): ExpressionStatement => ({ kind: 'expression', expr });
export const blank: Stmt = { kind: 'blank' };
export const throwStmt = (value: Expr): Stmt => ({ kind: 'throw', value });

/** `if (test) stmt;` without braces when `then` is one statement and there is no else. */
export function ifThen(test: Expr, then: readonly Stmt[], otherwise?: readonly Stmt[] | If): If {
  if (otherwise !== undefined) return { kind: 'if', test, then, else: otherwise };
  return then.length === 1 ? { kind: 'if', test, then, bare: true } : { kind: 'if', test, then };
}

export function constDecl(
  name: string,
  init: Expr,
  options: { type?: TypeNode; exported?: boolean; doc?: Doc } = {},
): VariableDeclaration {
  return { kind: 'variable', declare: 'const', name, init, ...options };
}

export function fn(
  name: string,
  params: readonly Param[],
  body: readonly Stmt[],
  options: Omit<FunctionDeclaration, 'kind' | 'name' | 'params' | 'body'> = {},
): FunctionDeclaration {
  return { kind: 'function', name, params, body, ...options };
}

export function importFrom(
  from: string,
  names: readonly (string | ImportSpecifier)[],
  typeOnly = false,
): ImportDeclaration {
  const specifiers = names.map((name) => (typeof name === 'string' ? { name } : name));
  return typeOnly ? { kind: 'import', from, names: specifiers, typeOnly } : { kind: 'import', from, names: specifiers };
}

// ---- types ----

export const kw = (name: KeywordType['name']): KeywordType => ({ kind: 'keywordType', name });
export function typeRef(name: string, args?: readonly TypeNode[]): TypeReference {
  return args === undefined || args.length === 0
    ? { kind: 'typeReference', name }
    : { kind: 'typeReference', name, args };
}
export const litType = (value: string | number | boolean): LiteralType => ({ kind: 'literalType', value });

/** A union of one is that type; duplicates (by printed identity of literals and keywords) are dropped. */
export function union(types: readonly TypeNode[]): TypeNode {
  const unique = dedupe(types.flatMap((type) => (type.kind === 'union' ? type.types : [type])));
  if (unique.length === 0) return kw('never');
  return unique.length === 1 ? unique[0]! : ({ kind: 'union', types: unique } satisfies UnionType);
}

export function intersection(types: readonly TypeNode[]): TypeNode {
  const flat = types.flatMap((type) => (type.kind === 'intersection' ? type.types : [type]));
  if (flat.length === 0) return kw('unknown');
  return flat.length === 1 ? flat[0]! : { kind: 'intersection', types: flat };
}

function dedupe(types: readonly TypeNode[]): TypeNode[] {
  const seen = new Set<string>();
  return types.filter((type) => {
    const key =
      type.kind === 'literalType'
        ? `lit:${typeof type.value}:${String(type.value)}`
        : type.kind === 'keywordType'
          ? `kw:${type.name}`
          : type.kind === 'typeReference' && type.args === undefined
            ? `ref:${type.name}`
            : undefined;
    if (key === undefined) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function arrayType(element: TypeNode, readonly = false): ArrayType {
  return readonly ? { kind: 'arrayType', element, readonly } : { kind: 'arrayType', element };
}

export function objectType(members: readonly TypeMember[], multiline = false): ObjectType {
  return multiline ? { kind: 'objectType', members, multiline } : { kind: 'objectType', members };
}

export function propSig(
  name: string,
  type: TypeNode,
  options: { optional?: boolean; readonly?: boolean; numeric?: boolean; doc?: Doc } = {},
): PropertySignature {
  return { kind: 'propertySignature', name, type, ...options };
}

export const indexed = (object: TypeNode, index: TypeNode): IndexedAccessType => ({
  kind: 'indexedAccess',
  object,
  index,
});
