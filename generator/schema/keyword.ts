import type { Doc, Expr, Identifier, PropertySignature, Stmt, TypeNode } from '../emit/ast.js';
import type { Json } from '../model/at.js';
import type { SpecIssueCode } from '../model/issue.js';
import type { KeywordName, Keywords, Schema, SchemaNode } from '../model/schema.js';
import type { HelperName } from './helpers.js';

/**
 * What one JSON-Schema keyword is, in one object, as ajv's `lib/vocabularies/*` define theirs: how
 * it is read from the spec, which values it constrains, the code that checks it, the same rule
 * interpreted at generation time, what it does to the TypeScript type and how docs say it. The
 * registry (`keywords/index.ts`) needs one for every keyword of the model's `Keywords`.
 *
 * Keyword files import only this file's types, `helpers.ts`, `read-values.ts`, `messages.ts`,
 * `json.ts` and the emitter's constructors: never the reader, the emitter or each other's code
 * (the few tied keywords, such as `if`/`then`/`else`, share a file instead).
 */
export interface KeywordDefinition<K extends KeywordName> {
  readonly keyword: K;
  /**
   * The kind of value the keyword constrains; every other value passes it (JSON Schema's
   * applicability: `maxLength` says nothing about a number). `format` depends on the format.
   */
  readonly applies: Applies | ((value: Defined<K>) => Applies);
  /** Spec keys besides `keyword` that this definition reads (OpenAPI 3.0's `nullable`...). */
  readonly alsoReads?: readonly string[];
  /** Reads and normalises the keyword; warns (never refuses) about what it cannot use. */
  read(raw: RawSchema, cx: ReadContext): Keywords[K] | undefined;
  /** The subschemas the keyword holds, for walks over a schema tree. */
  subschemas?(value: Defined<K>): readonly Schema[];
  /** Whether this value constrains nothing here (`minLength: 0`): no code, no test. */
  trivial?(value: Defined<K>, schema: SchemaNode, cx: { alwaysValid(schema: Schema): boolean }): boolean;
  /** Emits the check, where `cx.data` already holds a value of the kind the keyword applies to. */
  check?(value: Defined<K>, cx: CheckContext): void;
  /** The generation-time interpreter of the same rule: the first problem, or undefined. */
  test?(value: Defined<K>, data: unknown, cx: TestContext): Issue | undefined;
  /** What the keyword does to the TypeScript type; most keywords do nothing to it. */
  type?(value: Defined<K>, cx: TypeContext, schema: SchemaNode): TypeEffect | undefined;
  /** A short phrase for JSDoc and README: `at most 30 characters`. */
  doc?(value: Defined<K>, schema: SchemaNode): string | undefined;
}

export type Defined<K extends KeywordName> = NonNullable<Keywords[K]>;

export type Applies = 'any' | 'string' | 'number' | 'object' | 'array';

export type Direction = 'json' | 'request';

/** A schema object as written in the spec. */
export type RawSchema = Readonly<Record<string, unknown>>;

// ---- reading ----

export interface ReadContext {
  /** The schema object's pointer. */
  readonly pointer: string;
  readonly openapi30: boolean;
  /** Keywords read so far, in registry order: `enum` sees `type`. */
  readonly sofar: Readonly<Partial<Keywords>>;
  /** The model of the subschema at `pointer` + `tokens`. */
  schema(...tokens: readonly (string | number)[]): Schema;
  /** A located warning at `pointer` + `tokens`. */
  warn(code: SpecIssueCode, message: string, ...tokens: readonly (string | number)[]): void;
  /** True the first time it is asked about `key` in this read: one warning per unknown format. */
  firstTime(key: string): boolean;
  /** Whether a (valid) regular expression can backtrack super-linearly: a ReDoS risk. */
  superLinear(source: string): boolean;
}

// ---- checks ----

export interface Failure {
  readonly keyword: string;
  /** A literal message, or an expression evaluated only once the rule is broken. */
  readonly message: string | Expr;
  /** The value the runtime's `fail` builds ajv's message from (helpers.ts FAIL_KEYWORDS). */
  readonly param?: Expr;
}

/** Where below the current value a problem is: a property name known now, or a token known at run time. */
export type PathStep = string | { readonly dynamic: Expr };

export interface CheckContext {
  /** The value, narrowed to the kind the keyword applies to. */
  readonly data: Expr;
  /** The whole schema node, for keywords that read their siblings (`additionalProperties`). */
  readonly schema: SchemaNode;
  readonly direction: Direction;
  emit(...statements: readonly Stmt[]): void;
  /** The statements `write` emits, instead of emitting them here. */
  collect(write: () => void): Stmt[];
  /** `if (broken && reject(sink, path, keyword, message)) return false;` */
  fail(broken: Expr, failure: Failure, at?: PathStep): void;
  /** Fails unconditionally: `if (reject(...)) return false;`. */
  failNow(failure: Failure, at?: PathStep): void;
  /** `if (broken) <fail> else { otherwise }`: later checks run where `broken` is known false. */
  failElse(broken: Expr, failure: Failure, otherwise: () => void): void;
  helper(name: HelperName): Identifier;
  /** A module-level constant; one per `key` in the whole module. */
  constant(hint: string, key: string, init: () => Expr, type?: TypeNode): Identifier;
  /** `const <fresh name> = init;` in the current function. */
  local(hint: string, init: Expr, type?: TypeNode): Identifier;
  /** A fresh local name that is not declared yet (a loop variable). */
  fresh(hint: string): string;
  /** Checks `data` against `schema` inline, reporting problems at `at` below the current path. */
  sub(schema: Schema, data: Expr, at?: PathStep): void;
  /** `f(data)`: whether `data` matches `schema` (named check or hoisted branch); records nothing. */
  matches(schema: Schema, data: Expr, keyword: string): Expr;
  alwaysValid(schema: Schema): boolean;
}

// ---- the interpreter ----

export interface Issue {
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
}

export interface TestContext {
  readonly path: string;
  readonly schema: SchemaNode;
  readonly direction: Direction;
  issue(keyword: string, message: string, at?: string | number): Issue;
  /** The first problem of `data` against `schema`, at `at` below the current path. */
  sub(schema: Schema, data: unknown, at?: string | number): Issue | undefined;
  matches(schema: Schema, data: unknown): boolean;
}

// ---- types ----

export interface TypeContext {
  of(schema: Schema): TypeNode;
  /**
   * The type of an allOf member under its parent's `required`: a property the member declares and
   * the parent requires is required (openapi-typescript reads allOf the same way).
   */
  requiring(schema: Schema, names: readonly string[]): TypeNode;
  /** The JSDoc of a property's schema (its description, rules, deprecation), if it has any. */
  doc(schema: Schema): Doc | undefined;
  readonly direction: Direction;
}

/** What a keyword contributes to the type; `type.ts` puts the contributions together. */
export type TypeEffect =
  /** enum, const: the value is one of these. */
  | { readonly kind: 'literals'; readonly values: readonly Json[] }
  /** properties: named members of the object type. */
  | { readonly kind: 'members'; readonly members: readonly PropertySignature[] }
  /** additionalProperties, patternProperties: what other keys hold (`never` when none may exist). */
  | { readonly kind: 'index'; readonly type: TypeNode }
  /** prefixItems: the first items of a tuple. */
  | { readonly kind: 'prefix'; readonly types: readonly TypeNode[] }
  /** items: every (other) item. */
  | { readonly kind: 'items'; readonly type: TypeNode }
  /** allOf: every member's type at once. */
  | { readonly kind: 'intersection'; readonly types: readonly TypeNode[] }
  /** anyOf, oneOf: one member's type at least. */
  | { readonly kind: 'union'; readonly types: readonly TypeNode[] };
