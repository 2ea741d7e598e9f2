import type { Json, Schema, SchemaObject } from '../model.js';
import { escapeToken } from '../pointer.js';
import { _, type Code, CodeWriter, ident, join, type Names, str } from './codegen.js';

/**
 * The state shared while validators.ts is generated. Each schema gets one `checkX(value,
 * errors?, path?)`: without `errors` it returns false at the first broken rule and allocates
 * nothing (isX, and validateX's first pass); with `errors` it records every broken rule and goes
 * on (validateX's second pass, for a value that failed the first). One function instead of two
 * keeps the shipped code small; a broken rule costs the `reject` call only when it is broken.
 */

/** What the helpers in runtime/validation.ts are called; locals never take these names. */
export const RUNTIME_HELPERS = [
  'codePointLength',
  'deepEqual',
  'describeValidationIssues',
  'duplicateItems',
  'enumIncludes',
  'issuesOf',
  'matchesDate',
  'matchesDateTime',
  'matchesEmail',
  'matchesMultipleOf',
  'matchesTime',
  'matchesUri',
  'matchesUuid',
  'pointerToken',
  'reject',
  'ValidationError',
] as const;
export type RuntimeHelper = (typeof RUNTIME_HELPERS)[number];

/** The function that checks one named schema, called wherever it is referenced. */
export interface SchemaFunctions {
  readonly check: Code;
}

/** Module-level declarations: hoisted constants, helpers to import, and extra functions. */
export class ModuleScope {
  readonly helpers = new Set<RuntimeHelper>();
  readonly constants = new CodeWriter();
  /** Functions for inline anyOf/oneOf branches, waiting to be written after their owner. */
  readonly pending: { readonly name: Code; readonly schema: SchemaObject }[] = [];
  readonly #constantNames = new Map<string, Code>();
  readonly #constantCounts = new Map<string, number>();
  readonly #branchNames = new Map<SchemaObject, Code>();
  readonly #branchCounts = new Map<string, number>();

  constructor(
    readonly refs: ReadonlyMap<string, SchemaFunctions>,
    /** Every module-level name, so locals can avoid them. */
    readonly names: Names,
  ) {}

  helper(name: RuntimeHelper): Code {
    this.helpers.add(name);
    return ident(name);
  }

  /** A constant evaluated once at module load; equal constants are shared. */
  constant(kind: 'PATTERN' | 'VALUES' | 'CONST' | 'KEYS', declaration: (name: Code) => Code, identity: Json): Code {
    const key = `${kind} ${JSON.stringify(identity)}`;
    const existing = this.#constantNames.get(key);
    if (existing) return existing;
    const count = (this.#constantCounts.get(kind) ?? 0) + 1;
    this.#constantCounts.set(kind, count);
    const name = this.names.reserve(`${kind}_${count}`);
    this.constants.line(declaration(name));
    this.#constantNames.set(key, name);
    return name;
  }

  /** The functions of the named schema `name` (the spec's component name). */
  functionsOf(name: string): SchemaFunctions {
    const found = this.refs.get(name);
    if (!found) throw new Error(`validators: no schema named ${JSON.stringify(name)} in the model`);
    return found;
  }

  /** The function for an inline anyOf/oneOf branch of `owner`, written after the owner's functions. */
  branch(owner: string, keyword: string, schema: SchemaObject): Code {
    const existing = this.#branchNames.get(schema);
    if (existing) return existing;
    const count = (this.#branchCounts.get(owner) ?? 0) + 1;
    this.#branchCounts.set(owner, count);
    const name = this.names.reserve(`${owner}_${keyword}${count}`);
    this.#branchNames.set(schema, name);
    this.pending.push({ name, schema });
    return name;
  }
}

/** An RFC 6901 pointer built at run time: literal tokens fold together at generation time. */
export class PathExpr {
  constructor(readonly parts: readonly (Code | string)[]) {}

  /** A property whose name is known now. */
  child(name: string): PathExpr {
    return this.#with(`/${escapeToken(name)}`);
  }

  /** An array index or object key known only at run time (`i`, `pointerToken(key)`). */
  dynamic(token: Code): PathExpr {
    return new PathExpr([...this.#with('/').parts, token]);
  }

  #with(text: string): PathExpr {
    const last = this.parts.at(-1);
    if (typeof last === 'string') return new PathExpr([...this.parts.slice(0, -1), last + text]);
    return new PathExpr([...this.parts, text]);
  }

  toCode(): Code {
    return join(
      this.parts.map((part) => (typeof part === 'string' ? str(part) : part)),
      _` + `,
    );
  }
}

/** Where a check happens: the variable holding the value, and its path (built only for an error). */
export interface Site {
  readonly data: Code;
  readonly path: PathExpr;
}

/** One generated function being written. */
export interface FnScope {
  readonly w: CodeWriter;
  readonly locals: Names;
  readonly module: ModuleScope;
  /** The `checkX` function of the type being written: the stem of its branch functions' names. */
  readonly owner: string;
}

/** What a failed check reports: the keyword and a message (an expression, usually a literal). */
export interface Failure {
  readonly keyword: string;
  readonly message: Code | string;
}

/** `reject(errors, path, keyword, message)`: records the problem, or says to stop when not collecting. */
function reject(s: FnScope, site: Site, failure: Failure): Code {
  return _`${s.module.helper('reject')}(errors, ${site.path.toCode()}, ${failure.keyword}, ${failure.message})`;
}

/** `if (broken && reject(...)) return false;`: the path and message are built only once broken. */
export function check(s: FnScope, site: Site, broken: Code, failure: Failure): void {
  // `&&` binds tighter than `||`: a disjunction needs its parentheses before `&& reject(...)`.
  const condition = broken.toString().includes('||') ? _`(${broken})` : broken;
  s.w.line(_`if (${condition} && ${reject(s, site, failure)}) return false;`);
}

/** Fails unconditionally (a `false` schema, an extra property). */
export function fail(s: FnScope, site: Site, failure: Failure): void {
  s.w.line(_`if (${reject(s, site, failure)}) return false;`);
}

/** A check that later checks depend on (a type, a required property): they go in its `else`, where TypeScript has narrowed the value. */
export function checkThen(s: FnScope, site: Site, broken: Code, failure: Failure, then: () => void): void {
  s.w.ifElse(broken, () => fail(s, site, failure), then);
}

/** A path to pass to another check function: computed only when errors are being collected. */
export function pathArgument(site: Site): Code {
  const path = site.path.toCode();
  return path.toString() === 'path' ? path : _`errors && ${path}`;
}

const ANNOTATIONS: ReadonlySet<string> = new Set([
  'kind',
  'at',
  'title',
  'description',
  'deprecated',
  'default',
  'examples',
]);

/** Whether a schema constrains nothing (`{}`, or annotations only): it needs no code at all. */
export function alwaysValid(schema: Schema): boolean {
  if (schema.kind === 'ref') return false;
  return Object.entries(schema).every(
    ([key, value]) => ANNOTATIONS.has(key) || value === undefined || (key === 'additionalProperties' && value === true),
  );
}
