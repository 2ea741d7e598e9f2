/**
 * The `js` view of a module: what TypeScript's type erasure leaves. Types, `as`, `!`, type
 * parameters and arguments, overloads, type aliases, interfaces and type-only imports and
 * exports go; so do the doc comments of declarations and members, which the `.d.ts` carries for
 * editors (they would otherwise double the JavaScript's size). A standalone comment block (a
 * file header) stays. Everything else stays as it is, so one printer prints both views. Fields are
 * dropped by destructuring, which keeps every other field exactly as it was.
 */
import type {
  ClassDeclaration,
  ExportFrom,
  ExportNames,
  Expr,
  Getter,
  If,
  ImportDeclaration,
  MethodDefinition,
  ObjectMember,
  Param,
  Stmt,
  VariableDeclaration,
} from './ast.js';

const eraseStatements = (statements: readonly Stmt[]): Stmt[] => statements.flatMap(eraseStatement);

export function eraseStatement(statement: Stmt): Stmt[] {
  switch (statement.kind) {
    case 'typeAlias':
    case 'interface':
      return [];
    case 'import':
    case 'exportFrom':
    case 'exportNames':
      return eraseModuleSyntax(statement);
    case 'function': {
      const { typeParams, returns, overloads, doc, ...rest } = statement;
      return [{ ...rest, params: rest.params.map(eraseParam), body: eraseStatements(rest.body) }];
    }
    case 'variable':
      return [eraseVariable(statement)];
    case 'class':
      return [eraseClass(statement)];
    default:
      return [eraseControl(statement)];
  }
}

function eraseModuleSyntax(statement: ImportDeclaration | ExportFrom | ExportNames): Stmt[] {
  if (statement.typeOnly === true) return [];
  if (statement.names === undefined) return [statement];
  const names = statement.names.filter((specifier) => specifier.typeOnly !== true);
  // A declaration that named only types goes with them.
  if (statement.names.length > 0 && names.length === 0) return [];
  return [{ ...statement, names }];
}

function eraseVariable(node: VariableDeclaration): VariableDeclaration {
  const { type, doc, ...rest } = node;
  return rest.init === undefined ? rest : { ...rest, init: eraseExpr(rest.init) };
}

function eraseClass(node: ClassDeclaration): ClassDeclaration {
  const { doc, ...rest } = node;
  const members = rest.members.map(eraseMethod);
  return rest.extends === undefined ? { ...rest, members } : { ...rest, members, extends: eraseExpr(rest.extends) };
}

function eraseMethod(member: MethodDefinition | Getter): MethodDefinition | Getter {
  if (member.kind === 'getter') {
    const { returns, doc, ...rest } = member;
    return { ...rest, body: eraseStatements(rest.body) };
  }
  const { returns, doc, ...rest } = member;
  return { ...rest, body: eraseStatements(rest.body), params: rest.params.map(eraseParam) };
}

function eraseParam(param: Param): Param {
  const { type, optional, ...rest } = param;
  return rest.default === undefined ? rest : { ...rest, default: eraseExpr(rest.default) };
}

const eraseStatementList = (statements: readonly Stmt[] | undefined): Stmt[] | undefined =>
  statements === undefined ? undefined : eraseStatements(statements);

function eraseControl(statement: Stmt): Stmt {
  switch (statement.kind) {
    case 'if':
      return eraseIf(statement);
    case 'for': {
      const { init, test, update, ...rest } = statement;
      const erased = { ...rest, body: eraseStatements(rest.body) };
      return {
        ...erased,
        ...(init === undefined ? {} : { init: eraseVariable(init) }),
        ...(test === undefined ? {} : { test: eraseExpr(test) }),
        ...(update === undefined ? {} : { update: eraseExpr(update) }),
      };
    }
    case 'forOf':
      return { ...statement, iterable: eraseExpr(statement.iterable), body: eraseStatements(statement.body) };
    case 'forIn':
      return { ...statement, object: eraseExpr(statement.object), body: eraseStatements(statement.body) };
    case 'while':
      return { ...statement, test: eraseExpr(statement.test), body: eraseStatements(statement.body) };
    case 'return':
      return statement.value === undefined ? statement : { kind: 'return', value: eraseExpr(statement.value) };
    case 'throw':
      return { kind: 'throw', value: eraseExpr(statement.value) };
    case 'expression':
      return { kind: 'expression', expr: eraseExpr(statement.expr) };
    case 'block':
      return { kind: 'block', body: eraseStatements(statement.body) };
    case 'try': {
      const { catchBody, finallyBody, ...rest } = statement;
      const catchErased = eraseStatementList(catchBody);
      const finallyErased = eraseStatementList(finallyBody);
      return {
        ...rest,
        body: eraseStatements(rest.body),
        ...(catchErased === undefined ? {} : { catchBody: catchErased }),
        ...(finallyErased === undefined ? {} : { finallyBody: finallyErased }),
      };
    }
    default:
      return statement;
  }
}

function eraseIf(node: If): If {
  const erased = { ...node, test: eraseExpr(node.test), then: eraseStatements(node.then) };
  if (node.else === undefined) return erased;
  return {
    ...erased,
    else: Array.isArray(node.else) ? eraseStatements(node.else as readonly Stmt[]) : eraseIf(node.else as If),
  };
}

function eraseMember(member: ObjectMember): ObjectMember {
  switch (member.kind) {
    case 'property': {
      const { doc, ...rest } = member;
      return {
        ...rest,
        key: typeof rest.key === 'string' ? rest.key : eraseExpr(rest.key),
        value: eraseExpr(rest.value),
      };
    }
    case 'spreadAssignment':
      return { kind: 'spreadAssignment', expr: eraseExpr(member.expr) };
    case 'method':
    case 'getter':
      return eraseMethod(member);
    default:
      return member;
  }
}

export function eraseExpr(expr: Expr): Expr {
  switch (expr.kind) {
    case 'as':
    case 'nonNull':
      return eraseExpr(expr.expr);
    case 'array':
      return { kind: 'array', items: expr.items.map(eraseExpr) };
    case 'object':
      return { ...expr, members: expr.members.map(eraseMember) };
    case 'member':
      return { ...expr, object: eraseExpr(expr.object) };
    case 'element':
      return { ...expr, object: eraseExpr(expr.object), index: eraseExpr(expr.index) };
    case 'call':
    case 'new': {
      const { typeArgs, ...rest } = expr;
      return { ...rest, callee: eraseExpr(rest.callee), args: rest.args.map(eraseExpr) };
    }
    case 'binary':
      return { ...expr, left: eraseExpr(expr.left), right: eraseExpr(expr.right) };
    case 'conditional':
      return {
        kind: 'conditional',
        test: eraseExpr(expr.test),
        then: eraseExpr(expr.then),
        else: eraseExpr(expr.else),
      };
    case 'arrow': {
      const { typeParams, returns, ...rest } = expr;
      const body = Array.isArray(rest.body)
        ? eraseStatements(rest.body as readonly Stmt[])
        : eraseExpr(rest.body as Expr);
      return { ...rest, params: rest.params.map(eraseParam), body };
    }
    case 'functionExpr': {
      const { returns, ...rest } = expr;
      return { ...rest, params: rest.params.map(eraseParam), body: eraseStatements(rest.body) };
    }
    default:
      return eraseOperand(expr);
  }
}

function eraseOperand(expr: Expr): Expr {
  switch (expr.kind) {
    case 'unary':
    case 'typeof':
    case 'await':
    case 'update':
      return { ...expr, operand: eraseExpr(expr.operand) } as Expr;
    case 'assign':
      return { ...expr, target: eraseExpr(expr.target), value: eraseExpr(expr.value) };
    case 'spread':
      return { kind: 'spread', expr: eraseExpr(expr.expr) };
    default:
      return expr;
  }
}
