/** Sanitising expressions for sanitize.ts: what the grammar and TypeScript's parser accept. */
import type { Expr, ObjectMember, Param, Stmt, TypeNode, TypeParam } from '../../generator/emit/ast.js';

export interface Scope {
  /** Inside a function body (where `return` is allowed). */
  readonly inFunction: boolean;
  readonly inLoop: boolean;
  /** Whether `await` may stay: inside a function that can become async. */
  readonly awaitAllowed: boolean;
  /** Set when an `await` is kept, so the enclosing function is made async. */
  readonly sawAwait: { value: boolean };
}

/** What expression sanitising needs of the module-wide sanitiser (fresh names, nested bodies). */
export interface Sanitizing {
  fresh(name: string): string;
  params(params: readonly Param[], scope: Scope): Param[];
  typeParams(params: readonly TypeParam[] | undefined): { typeParams?: TypeParam[] };
  statements(statements: readonly Stmt[], scope: Scope): Stmt[];
  functionParts(
    params: readonly Param[],
    body: readonly Stmt[],
    async: boolean | undefined,
  ): { params: Param[]; body: Stmt[]; async: boolean };
  member(member: ObjectMember, scope: Scope): ObjectMember;
}

/** Strips optional links from a chain (a `new` callee or assignment target cannot hold one). */
function withoutOptional(expr: Expr): Expr {
  switch (expr.kind) {
    case 'member':
    case 'element': {
      const { optional, ...rest } = expr;
      return { ...rest, object: withoutOptional(rest.object) } as Expr;
    }
    case 'call': {
      const { optional, ...rest } = expr;
      return { ...rest, callee: withoutOptional(rest.callee) };
    }
    case 'nonNull':
      return { kind: 'nonNull', expr: withoutOptional(expr.expr) };
    default:
      return expr;
  }
}

/** An expression that may be assigned to; anything else becomes a plain identifier. */
function assignable(expr: Expr): Expr {
  const inner = expr.kind === 'as' || expr.kind === 'nonNull' ? expr.expr : expr;
  if (inner.kind === 'identifier' && inner.name !== 'this') return expr;
  if (inner.kind === 'member' || inner.kind === 'element') return withoutOptional(expr);
  return { kind: 'identifier', name: 'target' };
}

const isRelational = (expr: Expr): boolean => expr.kind === 'binary' && ['<', '>', '<=', '>='].includes(expr.operator);

export function sanitizeExpr(s: Sanitizing, expr: Expr, scope: Scope): Expr {
  const recurse = (inner: Expr): Expr => sanitizeExpr(s, inner, scope);
  switch (expr.kind) {
    case 'await':
      if (!scope.awaitAllowed) return recurse(expr.operand);
      scope.sawAwait.value = true;
      return { kind: 'await', operand: recurse(expr.operand) };
    case 'binary': {
      // `a < b > (c)` would read as a generic call in TypeScript: keep `<` for `x < 100` only.
      const operator = expr.operator === '<' && expr.right.kind !== 'number' ? '<=' : expr.operator;
      const left = recurse(expr.left);
      // TypeScript misreads `<<` before a generic call or a parenthesised comparison
      // (`x << f<A, B>()`, `x << (a > b)`); `>>` lays out the same (one precedence level).
      if (operator === '<<') return { kind: 'binary', operator: '>>', left, right: recurse(expr.right) };
      return {
        kind: 'binary',
        operator: isRelational(left) && ['<', '>', '<=', '>='].includes(operator) ? '+' : operator,
        left,
        right: recurse(expr.right),
      };
    }
    case 'assign':
      return { ...expr, target: assignable(recurse(expr.target)), value: recurse(expr.value) };
    case 'update':
      return { ...expr, operand: assignable(recurse(expr.operand)) };
    case 'new':
      return { kind: 'new', callee: withoutOptional(recurse(expr.callee)), args: expr.args.map(recurse) };
    case 'arrow': {
      const body = expr.body;
      const functionScope: Scope = {
        inFunction: true,
        inLoop: false,
        awaitAllowed: true,
        sawAwait: { value: expr.async === true },
      };
      const params = s.params(expr.params, scope);
      const sanitizedBody = Array.isArray(body)
        ? s.statements(body as readonly Stmt[], functionScope)
        : sanitizeExpr(s, body as Expr, functionScope);
      const { async, ...rest } = expr;
      return {
        ...rest,
        params,
        body: sanitizedBody,
        ...s.typeParams(expr.typeParams),
        ...(functionScope.sawAwait.value ? { async: true } : {}),
      };
    }
    case 'functionExpr': {
      const { params, body, async } = s.functionParts(expr.params, expr.body, expr.async);
      const { async: _async, name, ...rest } = expr;
      return {
        ...rest,
        params,
        body,
        ...(name === undefined ? {} : { name: s.fresh(name) }),
        ...(async ? { async: true } : {}),
      };
    }
    default:
      return sanitizeChildren(s, expr, scope);
  }
}

function sanitizeChildren(s: Sanitizing, expr: Expr, scope: Scope): Expr {
  const recurse = (inner: Expr): Expr => sanitizeExpr(s, inner, scope);
  switch (expr.kind) {
    case 'array':
      return { kind: 'array', items: expr.items.map(recurse) };
    case 'object':
      return { ...expr, members: expr.members.map((member) => s.member(member, scope)) };
    case 'member':
      return { ...expr, object: recurse(expr.object) };
    case 'element':
      return { ...expr, object: recurse(expr.object), index: recurse(expr.index) };
    case 'call': {
      const call = { ...expr, callee: recurse(expr.callee), args: expr.args.map(recurse) };
      // Type arguments go on named callees (`f<T>()`, `a.f<T>()`): after a literal, TypeScript reads `<` as less-than.
      if (expr.typeArgs === undefined) return call;
      if (call.callee.kind !== 'identifier' && call.callee.kind !== 'member') {
        const { typeArgs, ...rest } = call;
        return rest;
      }
      return { ...call, typeArgs: safeTypeArgs(expr.typeArgs) };
    }
    case 'conditional':
      return { kind: 'conditional', test: recurse(expr.test), then: recurse(expr.then), else: recurse(expr.else) };
    case 'unary':
    case 'typeof':
      return { ...expr, operand: recurse(expr.operand) } as Expr;
    case 'as':
      return { ...expr, expr: recurse(expr.expr) };
    case 'nonNull':
    case 'spread':
      return { ...expr, expr: recurse(expr.expr) };
    default:
      return expr;
  }
}

/**
 * In expression context (call type arguments, `extends` clauses) TypeScript scans `<<` as a
 * shift: a first type argument cannot itself start with `<`, so it loses its type parameters.
 */
export function safeTypeArgs(args: readonly TypeNode[]): TypeNode[] {
  return args.map((arg, index) => {
    if (index > 0 || arg.kind !== 'functionType' || arg.typeParams === undefined) return arg;
    const { typeParams, ...rest } = arg;
    return rest;
  });
}
