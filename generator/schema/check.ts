import type { Expr, FunctionDeclaration, Identifier, Param, Stmt } from '../emit/ast.js';
import { bool, call, id, importFrom, kw, param, ret, str, typeRef } from '../emit/build.js';
import type { Schema, SchemaNode } from '../model/schema.js';
import { FunctionScope, NodeContext } from './check-context.js';
import { emitNode } from './check-node.js';
import { PathExpr } from './check-path.js';
import { CheckModuleScope } from './check-scope.js';
import { HELPERS, ISSUE_SINK } from './helpers.js';
import type { Direction } from './keyword.js';
import { repeatedStructures, structureOf } from './repeats.js';
import { referencedIds } from './walk.js';

export interface CheckModuleOptions {
  /** The name of a named schema's check function, wherever it is declared. */
  functionOf(id: string): string;
  /** Where the runtime helpers are imported from (`../runtime/index.js`). */
  readonly helpersFrom: string;
}

/** How one check is written: `request` lets a `format: binary` string be binary data; `json` is plain JSON Schema. */
export interface AddOptions {
  readonly direction?: Direction;
  /** Exported for the package's other modules (default), or private to this one. */
  readonly exported?: boolean;
}

/**
 * The check functions of one output module: `function name(value, sink?, path = ''): boolean` per
 * schema added, plus what they share (the helper import, hoisted constants, branch functions).
 * Without a sink a check stops at the first broken rule and allocates nothing; with one it records
 * every problem (path, keyword, ajv's message) and goes on. Public `isX`/`validateX`/`assertX`
 * wrappers are the renderer's: each is one runtime call around one check.
 */
export class CheckModule {
  readonly #options: CheckModuleOptions;
  readonly #added: {
    readonly name: string;
    readonly schema: Schema;
    readonly exported: boolean;
    readonly direction: Direction;
  }[] = [];
  #built: { readonly statements: Stmt[]; readonly referenced: ReadonlySet<string> } | undefined;

  constructor(options: CheckModuleOptions) {
    this.#options = options;
  }

  /** A check named `name` for `schema`: exported for the package's other modules unless told otherwise, `json` by default. */
  add(name: string, schema: Schema, options: AddOptions = {}): void {
    if (this.#built !== undefined) throw new Error('CheckModule: add() after statements()');
    this.#added.push({ name, schema, exported: options.exported ?? true, direction: options.direction ?? 'json' });
  }

  /** The import, the constants, then each check followed by its branch functions. */
  statements(): Stmt[] {
    return this.#build().statements;
  }

  /** Named schema ids whose check functions (declared elsewhere) the caller must import. */
  get referencedSchemas(): ReadonlySet<string> {
    return this.#build().referenced;
  }

  #build(): { statements: Stmt[]; referenced: ReadonlySet<string> } {
    if (this.#built !== undefined) return this.#built;
    const own = new Set(this.#added.map((entry) => entry.name));
    const scope = new CheckModuleScope((target) => this.#options.functionOf(target), [...own, ...this.#calledNames()]);
    scope.shareRepeats(
      repeatedStructures(this.#added),
      this.#added.flatMap(({ name, schema, direction }) =>
        schema.kind === 'ref' ? [] : [[structureOf(schema, direction), name] as const],
      ),
    );
    const functions: Stmt[] = [];
    for (const { name, schema, exported, direction } of this.#added) {
      functions.push(writeFunction(name, schema, { owner: name, scope, exported, direction }));
      for (let next = scope.pending.shift(); next !== undefined; next = scope.pending.shift())
        functions.push(
          writeFunction(next.name, next.schema, {
            owner: next.owner,
            scope,
            exported: false,
            direction: next.direction,
          }),
        );
    }
    const referenced = new Set([...scope.called].filter((target) => !own.has(this.#options.functionOf(target))));
    this.#built = { statements: [...preamble(scope, this.#options.helpersFrom), ...functions], referenced };
    return this.#built;
  }

  /** Names of the named checks the added schemas may call: claimed before any local or constant is named. */
  #calledNames(): string[] {
    const ids = new Set<string>();
    for (const { schema } of this.#added) referencedIds(schema, ids);
    return [...ids].map((target) => this.#options.functionOf(target));
  }
}

function preamble(scope: CheckModuleScope, from: string): Stmt[] {
  const helpers = [...scope.helpers].map((name) => HELPERS[name]).sort();
  return [importFrom(from, [...helpers, { name: ISSUE_SINK, typeOnly: true }]), ...scope.constants];
}

interface FunctionOptions {
  /** The function of the schema being written: the stem of its branch functions' names. */
  readonly owner: string;
  readonly scope: CheckModuleScope;
  readonly exported: boolean;
  readonly direction: Direction;
}

function writeFunction(
  name: string,
  schema: Schema,
  { owner, scope, exported, direction }: FunctionOptions,
): FunctionDeclaration {
  const fn = new FunctionScope(scope, owner, direction);
  if (schema.kind === 'ref')
    fn.emit([ret(call(id(scope.functionOf(schema.target)), [id('value'), id('sink'), id('path')]))]);
  else {
    emitNode(schema as SchemaNode, new NodeContext(fn, id('value'), PathExpr.root, schema as SchemaNode, emitNode));
    fn.emit([ret(bool(true))]);
  }
  const used = identifiersIn(fn.body);
  return {
    kind: 'function',
    name,
    params: checkParams(used),
    returns: kw('boolean'),
    body: fn.body,
    // Exported for the package's other modules (validators, other units), not part of its API.
    ...(exported ? { exported, internal: true } : {}),
  };
}

/** `(value: unknown, sink?: IssueSink, path = '')`; a parameter the body never reads starts with `_`. */
function checkParams(used: ReadonlySet<string>): Param[] {
  const named = (name: string): string => (used.has(name) ? name : `_${name}`);
  return [
    param(named('value'), kw('unknown')),
    param(named('sink'), typeRef(ISSUE_SINK), { optional: true }),
    param(named('path'), kw('string'), { default: str('') }),
  ];
}

/** Every identifier in a tree of AST nodes. */
function identifiersIn(nodes: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(nodes)) for (const node of nodes) identifiersIn(node, into);
  else if (typeof nodes === 'object' && nodes !== null) {
    const node = nodes as Identifier | Expr;
    if (node.kind === 'identifier') into.add(node.name);
    else for (const value of Object.values(nodes)) if (typeof value === 'object') identifiersIn(value, into);
  }
  return into;
}
