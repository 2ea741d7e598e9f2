import type { Expr, Identifier, Stmt, TypeNode } from '../emit/ast.js';
import { and, bool, call, constDecl, id, ifThen, kw, not, ret, str } from '../emit/build.js';
import type { Schema, SchemaNode } from '../model/schema.js';
import { alwaysValid } from './always-valid.js';
import type { CheckModuleScope } from './check-scope.js';
import { PathExpr } from './check-path.js';
import { FAIL_KEYWORDS, failHelper, PARAMLESS_KEYWORDS, type HelperName } from './helpers.js';
import type { CheckContext, Direction, Failure, PathStep } from './keyword.js';
import { Namer } from './namer.js';

/** One generated function: its statements, as a stack of blocks, and its locals. */
export class FunctionScope {
  readonly namer: Namer;
  readonly #blocks: Stmt[][] = [[]];
  /** Identifiers typed `unknown` that no check has narrowed for good: a subschema may test them as they are. */
  readonly unknowns = new Set<string>(['value']);

  constructor(
    readonly module: CheckModuleScope,
    /** The function of the schema being written: the stem of its branch functions' names. */
    readonly owner: string,
    readonly direction: Direction,
  ) {
    this.namer = new Namer(['value', 'sink', 'path'], module.namer);
  }

  emit(statements: readonly Stmt[]): void {
    this.#blocks.at(-1)!.push(...statements);
  }

  collect(write: () => void): Stmt[] {
    this.#blocks.push([]);
    write();
    return this.#blocks.pop()!;
  }

  get body(): readonly Stmt[] {
    return this.#blocks[0]!;
  }
}

/** Emits the checks of one schema node into a function: what keyword definitions are handed. */
export type NodeEmitter = (node: SchemaNode, cx: NodeContext) => void;

/**
 * The CheckContext of one value: where it is (`data`, `path`), the node being checked, and how to
 * write a rule. Every failure goes through `reject(sink, path, keyword, message)`: without a sink
 * it says stop (return false) and nothing is allocated; with one it records and the check goes on.
 */
export class NodeContext implements CheckContext {
  constructor(
    readonly fn: FunctionScope,
    readonly data: Expr,
    readonly path: PathExpr,
    readonly schema: SchemaNode,
    readonly emitNode: NodeEmitter,
  ) {}

  get direction(): Direction {
    return this.fn.direction;
  }

  /** The same place, with the value in another variable (an alias narrowed to an object). */
  withData(data: Expr): NodeContext {
    return new NodeContext(this.fn, data, this.path, this.schema, this.emitNode);
  }

  emit(...statements: readonly Stmt[]): void {
    this.fn.emit(statements);
  }

  collect(write: () => void): Stmt[] {
    return this.fn.collect(write);
  }

  fail(broken: Expr, failure: Failure, at?: PathStep): void {
    this.emit(ifThen(and(broken, this.#reject(failure, at)), [ret(bool(false))]));
  }

  failNow(failure: Failure, at?: PathStep): void {
    this.emit(ifThen(this.#reject(failure, at), [ret(bool(false))]));
  }

  failElse(broken: Expr, failure: Failure, otherwise: () => void): void {
    const rest = this.collect(otherwise);
    if (rest.length === 0) return this.fail(broken, failure);
    const failed = this.collect(() => this.failNow(failure));
    this.emit({ kind: 'if', test: broken, then: failed, else: rest });
  }

  helper(name: HelperName): Identifier {
    return this.fn.module.helper(name);
  }

  constant(hint: string, key: string, init: () => Expr, type?: TypeNode): Identifier {
    return this.fn.module.constant(hint, key, init, type);
  }

  local(hint: string, init: Expr, type?: TypeNode): Identifier {
    const name = this.fn.namer.fresh(hint);
    this.emit(constDecl(name, init, type === undefined ? {} : { type }));
    if (type?.kind === 'keywordType' && type.name === 'unknown') this.fn.unknowns.add(name);
    return id(name);
  }

  fresh(hint: string): string {
    return this.fn.namer.fresh(hint);
  }

  sub(schema: Schema, data: Expr, at?: PathStep): void {
    const path = this.path.below(at);
    if (schema.kind === 'ref') {
      const check = id(this.fn.module.functionOf(schema.target));
      this.emit(ifThen(not(call(check, [data, id('sink'), pathArgument(path)])), [ret(bool(false))]));
      return;
    }
    if (alwaysValid(schema)) return;
    // The same structure elsewhere in the module: one function, called from each place.
    const repeat = this.fn.module.repeat(schema, this.fn.direction);
    if (repeat !== undefined) {
      this.emit(ifThen(not(call(id(repeat), [data, id('sink'), pathArgument(path)])), [ret(bool(false))]));
      return;
    }
    // A subschema's type test narrows the variable it tests: it gets one of its own, typed unknown.
    const value =
      data.kind === 'identifier' && this.fn.unknowns.has(data.name) ? data : this.local('value', data, kw('unknown'));
    this.emitNode(schema, new NodeContext(this.fn, value, path, schema, this.emitNode));
  }

  matches(schema: Schema, data: Expr, keyword: string): Expr {
    if (schema.kind === 'ref') return call(id(this.fn.module.functionOf(schema.target)), [data]);
    if (alwaysValid(schema)) return bool(true);
    return call(id(this.fn.module.branch(schema, this.fn.owner, keyword, this.fn.direction)), [data]);
  }

  alwaysValid(schema: Schema): boolean {
    return alwaysValid(schema);
  }

  /** `failMaximum(sink, path, 50)` when the runtime knows the message, else `reject(..., message)`. */
  #reject(failure: Failure, at: PathStep | undefined): Expr {
    const path = this.path.below(at).toExpr();
    const { keyword, param } = failure;
    if (FAIL_KEYWORDS.has(keyword) && (param !== undefined || PARAMLESS_KEYWORDS.has(keyword)))
      return call(this.helper(failHelper(keyword)), [id('sink'), path, ...(param === undefined ? [] : [param])]);
    const message = typeof failure.message === 'string' ? str(failure.message) : failure.message;
    return call(this.helper('reject'), [id('sink'), path, str(keyword), message]);
  }
}

/** The path handed to another check: built only when there is a sink to record problems in. */
function pathArgument(path: PathExpr): Expr {
  return path.isRoot ? path.toExpr() : and(id('sink'), path.toExpr());
}
