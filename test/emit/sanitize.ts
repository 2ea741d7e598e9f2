/**
 * Makes a random module a valid program that both parsers accept, so a property failure is
 * about layout and never about input no renderer would produce: declared names unique,
 * `await` only in async functions (functions that contain one become async), `return` only in
 * functions, `break` and `continue` only in loops, assignable assignment targets, `const` with
 * an initialiser, exports naming distinct things, and declaration-file requirements met
 * (exported functions typed, exported variables typed or literal).
 */
import type {
  ClassDeclaration,
  Expr,
  FunctionDeclaration,
  Getter,
  If,
  ImportSpecifier,
  MethodDefinition,
  Module,
  ObjectMember,
  Param,
  Stmt,
  TypeNode,
  TypeParam,
  VariableDeclaration,
} from '../../generator/emit/ast.js';
import { safeTypeArgs, sanitizeExpr, type Sanitizing, type Scope } from './sanitize-expr.js';

const isDeclaration = (statement: Stmt): boolean =>
  ['import', 'exportFrom', 'exportNames', 'function', 'variable', 'typeAlias', 'interface', 'class'].includes(
    statement.kind,
  );

const TOP: Scope = { inFunction: false, inLoop: false, awaitAllowed: false, sawAwait: { value: false } };
const VOID: TypeNode = { kind: 'keywordType', name: 'void' };
const UNKNOWN: TypeNode = { kind: 'keywordType', name: 'unknown' };

class Sanitizer implements Sanitizing {
  private counter = 0;
  private readonly exportedNames = new Set<string>();
  private readonly localValues: string[] = [];

  /** A declared name made unique by a numeric suffix. */
  fresh(name: string): string {
    this.counter += 1;
    return `${name}${this.counter}`;
  }

  module(module: Module): Module {
    const body = module.body.flatMap((statement) =>
      isDeclaration(statement) ? [this.topLevel(statement)] : this.statements([statement], TOP),
    );
    return {
      body: body.map((statement) => this.exportNames(statement)).filter((statement) => statement !== undefined),
    };
  }

  private topLevel(statement: Stmt): Stmt {
    switch (statement.kind) {
      case 'import':
        return { ...statement, ...this.importSpecifiers(statement.names, statement.namespace) };
      case 'exportFrom':
        return this.exportFrom(statement);
      case 'function':
        return this.functionDeclaration(statement);
      case 'variable':
        return this.exportedVariable(this.variable(statement, TOP));
      case 'typeAlias':
        return {
          ...statement,
          name: this.fresh(statement.name),
          type: this.type(statement.type),
          ...this.typeParams(statement.typeParams),
        };
      case 'interface': {
        const heritage = statement.extends?.map((type) =>
          type.kind === 'typeReference' && type.args !== undefined ? { ...type, args: safeTypeArgs(type.args) } : type,
        );
        const base = { ...statement, name: this.fresh(statement.name), ...this.typeParams(statement.typeParams) };
        return heritage === undefined ? base : { ...base, extends: heritage };
      }
      case 'class':
        return this.classDeclaration(statement);
      default:
        return this.statement(statement, TOP);
    }
  }

  private importSpecifiers(names: readonly ImportSpecifier[] | undefined, namespace: string | undefined) {
    if (namespace !== undefined) return { namespace: this.fresh(namespace) };
    if (names === undefined) return {};
    return {
      names: names.map((specifier) =>
        specifier.alias === undefined
          ? { ...specifier, name: this.fresh(specifier.name) }
          : { ...specifier, alias: this.fresh(specifier.alias) },
      ),
    };
  }

  private exportFrom(statement: Stmt & { kind: 'exportFrom' }): Stmt {
    if (statement.names === undefined) {
      return statement.namespace === undefined
        ? statement
        : { ...statement, namespace: this.exported(statement.namespace) };
    }
    const names = statement.names.map(({ alias, ...specifier }): ImportSpecifier => ({
      ...specifier,
      alias: this.exported(alias ?? specifier.name),
    }));
    return { ...statement, names };
  }

  /** A fresh name recorded as exported, so no two exports share one. */
  private exported(name: string): string {
    const unique = this.fresh(name);
    this.exportedNames.add(unique);
    return unique;
  }

  /** `export { a, b as c }` names the module's own unexported values, each once. */
  private exportNames(statement: Stmt): Stmt | undefined {
    if (statement.kind !== 'exportNames') return statement;
    const names = statement.names.slice(0, this.localValues.length).map((specifier, index): ImportSpecifier => {
      const local = this.localValues[index]!;
      return specifier.alias === undefined ? { name: local } : { name: local, alias: this.exported(specifier.alias) };
    });
    this.localValues.splice(0, names.length);
    return names.length === 0 ? undefined : { kind: 'exportNames', names };
  }

  private functionDeclaration(node: FunctionDeclaration): Stmt {
    const name = this.fresh(node.name);
    if (node.exported !== true) this.localValues.push(name);
    const overloads = node.overloads?.map((overload) => ({
      ...overload,
      params: this.params(overload.params, TOP),
      ...this.typeParams(overload.typeParams),
    }));
    const { body, async, params } = this.functionParts(node.params, node.body, node.async);
    const returns = node.returns ?? (node.exported === true ? VOID : undefined);
    const result: FunctionDeclaration = { ...node, name, params, body, ...this.typeParams(node.typeParams) };
    return {
      ...result,
      ...(overloads === undefined ? {} : { overloads }),
      ...(async ? { async: true } : {}),
      ...(returns === undefined ? {} : { returns }),
    };
  }

  /** Parameters and body of a function; `async` when its body kept an `await`. */
  functionParts(params: readonly Param[], body: readonly Stmt[], async: boolean | undefined) {
    const scope: Scope = { inFunction: true, inLoop: false, awaitAllowed: true, sawAwait: { value: async === true } };
    const sanitizedParams = this.params(params, TOP);
    const sanitizedBody = this.statements(body, scope);
    return { params: sanitizedParams, body: sanitizedBody, async: scope.sawAwait.value };
  }

  params(params: readonly Param[], scope: Scope): Param[] {
    const restIndex = params.findIndex((param) => param.rest === true);
    const kept = restIndex === -1 ? params : params.slice(0, restIndex + 1);
    return kept.map(({ default: fallback, optional, rest, ...param }) => {
      const base: Param = { ...param, name: this.fresh(param.name) };
      if (rest === true) return { ...base, rest: true };
      if (fallback !== undefined) return { ...base, default: this.expr(fallback, { ...scope, awaitAllowed: false }) };
      return optional === true ? { ...base, optional: true } : base;
    });
  }

  typeParams(params: readonly TypeParam[] | undefined): { typeParams?: TypeParam[] } {
    if (params === undefined) return {};
    return { typeParams: params.map((param) => ({ ...param, name: this.fresh(param.name) })) };
  }

  /** Types pass through: the arbitrary builds them valid already. */
  type(type: TypeNode): TypeNode {
    return type;
  }

  variable(node: VariableDeclaration, scope: Scope): VariableDeclaration {
    const name = this.fresh(node.name);
    const init =
      node.init === undefined
        ? node.declare === 'const'
          ? { kind: 'null' as const }
          : undefined
        : this.expr(node.init, scope);
    const { init: _init, ...rest } = node;
    return init === undefined ? { ...rest, name } : { ...rest, name, init };
  }

  /** What a declaration file needs: a type, or a literal initialiser on a `const`. */
  private exportedVariable(node: VariableDeclaration): Stmt {
    if (node.exported !== true) {
      this.localValues.push(node.name);
      return node;
    }
    const literal = node.init !== undefined && ['string', 'number', 'boolean'].includes(node.init.kind);
    if (node.type !== undefined || (literal && node.declare === 'const')) return node;
    return { ...node, type: UNKNOWN };
  }

  private classDeclaration(node: ClassDeclaration): Stmt {
    const name = this.fresh(node.name);
    if (node.exported !== true) this.localValues.push(name);
    const members = node.members.map((member) => this.classMember(member, node.exported === true));
    return { ...node, name, members };
  }

  private classMember(member: MethodDefinition | Getter, exported: boolean): MethodDefinition | Getter {
    const name = member.name === 'constructor' ? 'ctor' : member.name;
    const returns = member.returns ?? (exported ? VOID : undefined);
    const withReturns = returns === undefined ? {} : { returns };
    if (member.kind === 'getter') {
      const scope: Scope = { inFunction: true, inLoop: false, awaitAllowed: false, sawAwait: { value: false } };
      return { ...member, name, body: this.statements(member.body, scope), ...withReturns };
    }
    const { params, body, async } = this.functionParts(member.params, member.body, member.async);
    const { async: _async, ...rest } = member;
    return { ...rest, name, params, body, ...withReturns, ...(async ? { async: true } : {}) };
  }

  statements(statements: readonly Stmt[], scope: Scope): Stmt[] {
    return statements.flatMap((statement) => {
      if ((statement.kind === 'break' || statement.kind === 'continue') && !scope.inLoop) return [];
      if (statement.kind === 'return' && !scope.inFunction) {
        return statement.value === undefined ? [] : [{ kind: 'expression', expr: this.expr(statement.value, scope) }];
      }
      return [this.statement(statement, scope)];
    });
  }

  statement(statement: Stmt, scope: Scope): Stmt {
    const loop = { ...scope, inLoop: true };
    switch (statement.kind) {
      case 'if':
        return this.ifStatement(statement, scope);
      case 'for': {
        const { init, test, update, ...rest } = statement;
        return {
          ...rest,
          body: this.statements(rest.body, loop),
          ...(init === undefined ? {} : { init: this.variable(init, scope) }),
          ...(test === undefined ? {} : { test: this.expr(test, scope) }),
          ...(update === undefined ? {} : { update: this.expr(update, scope) }),
        };
      }
      case 'forOf': {
        const isAwait = statement.await === true && scope.awaitAllowed;
        if (isAwait) scope.sawAwait.value = true;
        const { await: _await, ...rest } = statement;
        const forOf = {
          ...rest,
          name: this.fresh(rest.name),
          iterable: this.expr(rest.iterable, scope),
          body: this.statements(rest.body, loop),
        };
        return isAwait ? { ...forOf, await: true } : forOf;
      }
      case 'forIn':
        return {
          ...statement,
          name: this.fresh(statement.name),
          object: this.expr(statement.object, scope),
          body: this.statements(statement.body, loop),
        };
      case 'while':
        return { ...statement, test: this.expr(statement.test, scope), body: this.statements(statement.body, loop) };
      case 'return':
        return statement.value === undefined ? statement : { kind: 'return', value: this.expr(statement.value, scope) };
      case 'throw':
        return { kind: 'throw', value: this.expr(statement.value, scope) };
      case 'expression':
        return { kind: 'expression', expr: this.expr(statement.expr, scope) };
      case 'variable':
        return this.variable(statement, scope);
      case 'block':
        return { kind: 'block', body: this.statements(statement.body, scope) };
      case 'try':
        return this.tryStatement(statement, scope);
      default:
        return statement;
    }
  }

  private ifStatement(node: If, scope: Scope): If {
    const base: If = { ...node, test: this.expr(node.test, scope), then: this.statements(node.then, scope) };
    if (node.else === undefined) return base;
    const otherwise = Array.isArray(node.else)
      ? this.statements(node.else as readonly Stmt[], scope)
      : this.ifStatement(node.else as If, scope);
    return { ...base, else: otherwise };
  }

  private tryStatement(node: Stmt & { kind: 'try' }, scope: Scope): Stmt {
    const { catchParam, catchBody, finallyBody, ...rest } = node;
    const handler = catchBody ?? (finallyBody === undefined ? [] : undefined);
    return {
      ...rest,
      body: this.statements(rest.body, scope),
      ...(handler === undefined ? {} : { catchBody: this.statements(handler, scope) }),
      ...(handler === undefined || catchParam === undefined ? {} : { catchParam: this.fresh(catchParam) }),
      ...(finallyBody === undefined ? {} : { finallyBody: this.statements(finallyBody, scope) }),
    };
  }

  expr(expr: Expr, scope: Scope): Expr {
    return sanitizeExpr(this, expr, scope);
  }

  member(member: ObjectMember, scope: Scope): ObjectMember {
    switch (member.kind) {
      case 'property':
        return {
          ...member,
          key: typeof member.key === 'string' ? member.key : this.expr(member.key, scope),
          value: this.expr(member.value, scope),
        };
      case 'spreadAssignment':
        return { kind: 'spreadAssignment', expr: this.expr(member.expr, scope) };
      case 'method': {
        const { params, body, async } = this.functionParts(member.params, member.body, member.async);
        const { async: _async, ...rest } = member;
        return { ...rest, params, body, ...(async ? { async: true } : {}) };
      }
      case 'getter': {
        const getterScope: Scope = { inFunction: true, inLoop: false, awaitAllowed: false, sawAwait: { value: false } };
        return { ...member, body: this.statements(member.body, getterScope) };
      }
      default:
        return member;
    }
  }
}

export const sanitize = (module: Module): Module => new Sanitizer().module(module);
