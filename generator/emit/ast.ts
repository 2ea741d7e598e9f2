/**
 * The subset of TypeScript the generator emits, as data. Renderers build these nodes; the printer
 * (print.ts) turns one module into text three ways: TypeScript (`ts`), JavaScript with the types
 * erased (`js`), and a declaration file (`dts`). No renderer concatenates code as strings, so a
 * spec string can only ever become a string literal, and the printed layout is the printer's
 * alone: it prints exactly what Prettier 3 prints with the project's settings (printWidth 120,
 * singleQuote), so formatting costs one pass and no Prettier.
 *
 * Names (`Identifier.name`, declaration names) must be identifiers: the printer checks and throws.
 * Property names may be anything: the printer quotes them when they are not identifier names.
 */

// ---------------------------------------------------------------------------------------------
// Comments
// ---------------------------------------------------------------------------------------------

/**
 * A JSDoc block (`/** ... *\/`), one entry per line, without the leading ` * `. An empty string
 * is an empty line. The printer escapes `*\/` and line terminators inside entries.
 */
export type Doc = readonly string[];

// ---------------------------------------------------------------------------------------------
// Types (printed in `ts` and `dts`; erased in `js`)
// ---------------------------------------------------------------------------------------------

export type TypeNode =
  | KeywordType
  | LiteralType
  | TypeReference
  | UnionType
  | IntersectionType
  | ArrayType
  | TupleType
  | ObjectType
  | FunctionType
  | IndexedAccessType
  | TypeQuery
  | TypePredicate
  | KeyofType
  | MappedType
  | ConditionalType
  | InferType
  | TemplateLiteralType;

export interface KeywordType {
  readonly kind: 'keywordType';
  readonly name:
    | 'string'
    | 'number'
    | 'boolean'
    | 'bigint'
    | 'unknown'
    | 'never'
    | 'void'
    | 'undefined'
    | 'null'
    | 'object'
    | 'any'
    | 'symbol'
    | 'this';
}

export interface LiteralType {
  readonly kind: 'literalType';
  readonly value: string | number | boolean;
}

/** `Name`, `Name<A, B>`, or a qualified `ns.Name` (dotted identifiers). */
export interface TypeReference {
  readonly kind: 'typeReference';
  readonly name: string;
  readonly args?: readonly TypeNode[];
}

export interface UnionType {
  readonly kind: 'union';
  readonly types: readonly TypeNode[];
}

export interface IntersectionType {
  readonly kind: 'intersection';
  readonly types: readonly TypeNode[];
}

/** `T[]` or `readonly T[]`. */
export interface ArrayType {
  readonly kind: 'arrayType';
  readonly element: TypeNode;
  readonly readonly?: boolean;
}

export interface TupleElement {
  readonly type: TypeNode;
  readonly optional?: boolean;
  /** `...T[]` */
  readonly rest?: boolean;
  readonly name?: string;
}

export interface TupleType {
  readonly kind: 'tupleType';
  readonly elements: readonly TupleElement[];
  readonly readonly?: boolean;
}

export type TypeMember = PropertySignature | IndexSignature | MethodSignature | CallSignature;

export interface PropertySignature {
  readonly kind: 'propertySignature';
  /** Any string: quoted when it is not an identifier name. */
  readonly name: string;
  readonly type: TypeNode;
  readonly optional?: boolean;
  readonly readonly?: boolean;
  /**
   * A name such as `200` printed bare, as a number: TypeScript tells `200` and `'200'` apart
   * (openapi-fetch looks up response status codes by number).
   */
  readonly numeric?: boolean;
  readonly doc?: Doc;
}

export interface IndexSignature {
  readonly kind: 'indexSignature';
  readonly keyName: string;
  readonly keyType: TypeNode;
  readonly type: TypeNode;
  readonly readonly?: boolean;
  readonly doc?: Doc;
}

export interface MethodSignature {
  readonly kind: 'methodSignature';
  readonly name: string;
  readonly typeParams?: readonly TypeParam[];
  readonly params: readonly Param[];
  readonly returns: TypeNode;
  readonly optional?: boolean;
  readonly doc?: Doc;
}

export interface CallSignature {
  readonly kind: 'callSignature';
  readonly typeParams?: readonly TypeParam[];
  readonly params: readonly Param[];
  readonly returns: TypeNode;
  readonly doc?: Doc;
}

/** `{ a: string; readonly b?: number }`. `multiline` keeps it expanded even when it would fit. */
export interface ObjectType {
  readonly kind: 'objectType';
  readonly members: readonly TypeMember[];
  readonly multiline?: boolean;
}

export interface FunctionType {
  readonly kind: 'functionType';
  readonly typeParams?: readonly TypeParam[];
  readonly params: readonly Param[];
  readonly returns: TypeNode;
}

/** `T['key']` */
export interface IndexedAccessType {
  readonly kind: 'indexedAccess';
  readonly object: TypeNode;
  readonly index: TypeNode;
}

/** `typeof name` (a dotted identifier path). */
export interface TypeQuery {
  readonly kind: 'typeQuery';
  readonly name: string;
}

/** `value is T` or `asserts value is T`: only as a return type. */
export interface TypePredicate {
  readonly kind: 'typePredicate';
  readonly param: string;
  readonly type: TypeNode;
  readonly asserts?: boolean;
}

export interface KeyofType {
  readonly kind: 'keyof';
  readonly type: TypeNode;
}

/** `{ readonly [K in Keys]?: T }` */
export interface MappedType {
  readonly kind: 'mappedType';
  readonly param: string;
  readonly constraint: TypeNode;
  readonly type: TypeNode;
  readonly readonly?: boolean;
  readonly optional?: boolean | '-';
}

/** `A extends B ? C : D` */
export interface ConditionalType {
  readonly kind: 'conditionalType';
  readonly check: TypeNode;
  readonly extends: TypeNode;
  readonly then: TypeNode;
  readonly else: TypeNode;
}

export interface InferType {
  readonly kind: 'inferType';
  readonly name: string;
  readonly constraint?: TypeNode;
}

/** `` `${A}/${B}` ``: `parts` alternate literal text and types, starting and ending with text. */
export interface TemplateLiteralType {
  readonly kind: 'templateLiteralType';
  readonly texts: readonly string[];
  readonly types: readonly TypeNode[];
}

export interface TypeParam {
  readonly name: string;
  readonly constraint?: TypeNode;
  readonly default?: TypeNode;
}

// ---------------------------------------------------------------------------------------------
// Expressions
// ---------------------------------------------------------------------------------------------

export type Expr =
  | Identifier
  | StringLiteral
  | NumberLiteral
  | BooleanLiteral
  | NullLiteral
  | RegExpLiteral
  | ArrayLiteral
  | ObjectLiteral
  | Member
  | ElementAccess
  | Call
  | New
  | Binary
  | Unary
  | Conditional
  | Arrow
  | FunctionExpr
  | AsExpression
  | NonNull
  | Assign
  | Update
  | Spread
  | Typeof
  | Await;

export interface Identifier {
  readonly kind: 'identifier';
  readonly name: string;
}

export interface StringLiteral {
  readonly kind: 'string';
  readonly value: string;
}

/** Finite numbers only; negative numbers print as a unary minus. */
export interface NumberLiteral {
  readonly kind: 'number';
  readonly value: number;
}

export interface BooleanLiteral {
  readonly kind: 'boolean';
  readonly value: boolean;
}

export interface NullLiteral {
  readonly kind: 'null';
}

/** `/source/flags`: the printer checks that `source` parses with `flags`. */
export interface RegExpLiteral {
  readonly kind: 'regexp';
  readonly source: string;
  readonly flags: string;
}

export interface ArrayLiteral {
  readonly kind: 'array';
  readonly items: readonly Expr[];
}

export type ObjectMember = PropertyAssignment | ShorthandProperty | SpreadAssignment | MethodDefinition | Getter;

/** `key: value`; `key` is any string (quoted when needed) or, with `computed`, an expression. */
export interface PropertyAssignment {
  readonly kind: 'property';
  readonly key: string | Expr;
  readonly computed?: boolean;
  readonly value: Expr;
  readonly doc?: Doc;
}

export interface ShorthandProperty {
  readonly kind: 'shorthand';
  readonly name: string;
}

export interface SpreadAssignment {
  readonly kind: 'spreadAssignment';
  readonly expr: Expr;
}

export interface MethodDefinition {
  readonly kind: 'method';
  readonly name: string;
  readonly params: readonly Param[];
  readonly returns?: TypeNode;
  readonly body: readonly Stmt[];
  readonly async?: boolean;
  readonly doc?: Doc;
}

export interface Getter {
  readonly kind: 'getter';
  readonly name: string;
  readonly returns?: TypeNode;
  readonly body: readonly Stmt[];
  readonly doc?: Doc;
}

/**
 * `{ a: 1, b }`. `multiline` prints it expanded whatever its width (Prettier keeps an object
 * expanded when its source has a line break after `{`); otherwise it breaks only when too long.
 */
export interface ObjectLiteral {
  readonly kind: 'object';
  readonly members: readonly ObjectMember[];
  readonly multiline?: boolean;
}

/** `object.name`; `optional` gives `object?.name`. `name` must be an identifier name. */
export interface Member {
  readonly kind: 'member';
  readonly object: Expr;
  readonly name: string;
  readonly optional?: boolean;
}

/** `object[index]` */
export interface ElementAccess {
  readonly kind: 'element';
  readonly object: Expr;
  readonly index: Expr;
  readonly optional?: boolean;
}

/** `callee(args)`; `pure` prefixes `/* @__PURE__ *\/` so bundlers may drop an unused result. */
export interface Call {
  readonly kind: 'call';
  readonly callee: Expr;
  readonly args: readonly Expr[];
  readonly typeArgs?: readonly TypeNode[];
  readonly pure?: boolean;
  readonly optional?: boolean;
}

export interface New {
  readonly kind: 'new';
  readonly callee: Expr;
  readonly args: readonly Expr[];
  readonly typeArgs?: readonly TypeNode[];
}

export type BinaryOperator =
  | '||'
  | '&&'
  | '??'
  | '==='
  | '!=='
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '**'
  | '&'
  | '|'
  | '^'
  | '<<'
  | '>>'
  | '>>>'
  | 'in'
  | 'instanceof';

/** Parentheses are the printer's business: it adds exactly those precedence needs (and Prettier keeps). */
export interface Binary {
  readonly kind: 'binary';
  readonly operator: BinaryOperator;
  readonly left: Expr;
  readonly right: Expr;
}

export interface Unary {
  readonly kind: 'unary';
  readonly operator: '!' | '-' | '+' | '~' | 'void';
  readonly operand: Expr;
}

export interface Typeof {
  readonly kind: 'typeof';
  readonly operand: Expr;
}

export interface Await {
  readonly kind: 'await';
  readonly operand: Expr;
}

export interface Conditional {
  readonly kind: 'conditional';
  readonly test: Expr;
  readonly then: Expr;
  readonly else: Expr;
}

export interface Param {
  readonly name: string;
  readonly type?: TypeNode;
  readonly optional?: boolean;
  readonly default?: Expr;
  readonly rest?: boolean;
}

/** An arrow function: an expression body, or statements. */
export interface Arrow {
  readonly kind: 'arrow';
  readonly typeParams?: readonly TypeParam[];
  readonly params: readonly Param[];
  readonly returns?: TypeNode;
  readonly body: Expr | readonly Stmt[];
  readonly async?: boolean;
}

export interface FunctionExpr {
  readonly kind: 'functionExpr';
  readonly name?: string;
  readonly params: readonly Param[];
  readonly returns?: TypeNode;
  readonly body: readonly Stmt[];
  readonly async?: boolean;
  readonly generator?: boolean;
}

/** `expr as T` in `ts`; `expr` alone in `js`. */
export interface AsExpression {
  readonly kind: 'as';
  readonly expr: Expr;
  readonly type: TypeNode;
}

/** `expr!` in `ts`; `expr` alone in `js`. */
export interface NonNull {
  readonly kind: 'nonNull';
  readonly expr: Expr;
}

export interface Assign {
  readonly kind: 'assign';
  readonly operator: '=' | '+=' | '-=' | '||=' | '&&=' | '??=';
  readonly target: Expr;
  readonly value: Expr;
}

export interface Update {
  readonly kind: 'update';
  readonly operator: '++' | '--';
  readonly operand: Expr;
  readonly prefix?: boolean;
}

/** `...expr` in an array literal or a call's arguments. */
export interface Spread {
  readonly kind: 'spread';
  readonly expr: Expr;
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

export type Stmt =
  | ImportDeclaration
  | ExportFrom
  | ExportNames
  | FunctionDeclaration
  | VariableDeclaration
  | TypeAlias
  | InterfaceDeclaration
  | ClassDeclaration
  | If
  | For
  | ForOf
  | ForIn
  | While
  | Return
  | Throw
  | ExpressionStatement
  | Block
  | Break
  | Continue
  | Try
  | Blank
  | CommentBlock;

export interface ImportSpecifier {
  readonly name: string;
  readonly alias?: string;
  /** `type X` inside a value import. */
  readonly typeOnly?: boolean;
}

/**
 * `import { a, type B } from './x.js'`, `import type { B } from './x.js'`, or `import * as ns`.
 * In `js`, type-only specifiers are dropped, and so is a declaration left with none.
 * In `dts`, value specifiers no declaration uses are kept: the printer does not analyse usage.
 */
export interface ImportDeclaration {
  readonly kind: 'import';
  readonly from: string;
  readonly names?: readonly ImportSpecifier[];
  readonly namespace?: string;
  readonly typeOnly?: boolean;
}

/** `export { a, type B } from './x.js'` or `export * from './x.js'` (no `names`). */
export interface ExportFrom {
  readonly kind: 'exportFrom';
  readonly from: string;
  readonly names?: readonly ImportSpecifier[];
  readonly typeOnly?: boolean;
  /** `export * as ns from` */
  readonly namespace?: string;
}

/** `export { a, b as c };` for local declarations. */
export interface ExportNames {
  readonly kind: 'exportNames';
  readonly names: readonly ImportSpecifier[];
  readonly typeOnly?: boolean;
}

/**
 * In `dts` an exported function prints as `export declare function f(...): R;` (a function with
 * overloads: one line per overload, no implementation), and an unexported one is left out.
 * `overloads` print before the implementation in `ts`, and alone in `dts`; `js` ignores them.
 */
export interface FunctionDeclaration {
  readonly kind: 'function';
  readonly name: string;
  readonly typeParams?: readonly TypeParam[];
  readonly params: readonly Param[];
  readonly returns?: TypeNode;
  readonly body: readonly Stmt[];
  readonly exported?: boolean;
  /** Exported for the package's other modules, but not part of its API: left out of `dts`. */
  readonly internal?: boolean;
  readonly async?: boolean;
  readonly generator?: boolean;
  readonly doc?: Doc;
  readonly overloads?: readonly FunctionOverload[];
  /** `declare function f(...): R;`: a signature without a body (the `dts` transform sets it). */
  readonly ambient?: boolean;
}

export interface FunctionOverload {
  readonly typeParams?: readonly TypeParam[];
  readonly params: readonly Param[];
  readonly returns: TypeNode;
  readonly doc?: Doc;
}

/**
 * `const x: T = init;`. In `dts` an exported one prints as `export declare const x: T;` and needs
 * `type` (isolated declarations: the printer infers nothing) unless `init` is a literal; an
 * unexported one is left out.
 */
export interface VariableDeclaration {
  readonly kind: 'variable';
  readonly declare: 'const' | 'let';
  readonly name: string;
  readonly type?: TypeNode;
  readonly init?: Expr;
  readonly exported?: boolean;
  /** Exported for the package's other modules, but not part of its API: left out of `dts`. */
  readonly internal?: boolean;
  readonly doc?: Doc;
  /** `declare const x: T;` (the `dts` transform sets it). */
  readonly ambient?: boolean;
}

/** Kept in `ts` and `dts` (exported or not: a declaration file may hold local types); gone in `js`. */
export interface TypeAlias {
  readonly kind: 'typeAlias';
  readonly name: string;
  readonly typeParams?: readonly TypeParam[];
  readonly type: TypeNode;
  readonly exported?: boolean;
  readonly doc?: Doc;
}

export interface InterfaceDeclaration {
  readonly kind: 'interface';
  readonly name: string;
  readonly typeParams?: readonly TypeParam[];
  readonly extends?: readonly TypeNode[];
  readonly members: readonly TypeMember[];
  readonly exported?: boolean;
  readonly doc?: Doc;
}

/** Only what the generator needs: a class with typed fields and methods is not emitted today. */
export interface ClassDeclaration {
  readonly kind: 'class';
  readonly name: string;
  readonly extends?: Expr;
  readonly members: readonly (MethodDefinition | Getter)[];
  readonly exported?: boolean;
  readonly doc?: Doc;
  /** `declare class C { m(): R; }`: members print as signatures (the `dts` transform sets it). */
  readonly ambient?: boolean;
}

export interface If {
  readonly kind: 'if';
  readonly test: Expr;
  readonly then: readonly Stmt[];
  /** An `If` here prints as `else if`. */
  readonly else?: readonly Stmt[] | If;
  /**
   * A `then` of exactly one statement and no `else` prints without braces (`if (x) return false;`)
   * when this is true; otherwise always with braces. A declaration (which JavaScript does not
   * allow unbraced there) or a lone comment keeps its braces.
   */
  readonly bare?: boolean;
}

/** `for (let i = 0; i < n; i++)` and the like. */
export interface For {
  readonly kind: 'for';
  readonly init?: VariableDeclaration;
  readonly test?: Expr;
  readonly update?: Expr;
  readonly body: readonly Stmt[];
}

export interface ForOf {
  readonly kind: 'forOf';
  readonly declare: 'const' | 'let';
  readonly name: string;
  readonly iterable: Expr;
  readonly body: readonly Stmt[];
  readonly await?: boolean;
}

export interface ForIn {
  readonly kind: 'forIn';
  readonly declare: 'const' | 'let';
  readonly name: string;
  readonly object: Expr;
  readonly body: readonly Stmt[];
}

export interface While {
  readonly kind: 'while';
  readonly test: Expr;
  readonly body: readonly Stmt[];
}

export interface Return {
  readonly kind: 'return';
  readonly value?: Expr;
}

export interface Throw {
  readonly kind: 'throw';
  readonly value: Expr;
}

export interface ExpressionStatement {
  readonly kind: 'expression';
  readonly expr: Expr;
}

export interface Block {
  readonly kind: 'block';
  readonly body: readonly Stmt[];
}

export interface Break {
  readonly kind: 'break';
}

export interface Continue {
  readonly kind: 'continue';
}

export interface Try {
  readonly kind: 'try';
  readonly body: readonly Stmt[];
  readonly catchParam?: string;
  readonly catchBody?: readonly Stmt[];
  readonly finallyBody?: readonly Stmt[];
}

/** One empty line between two statements (Prettier keeps at most one). */
export interface Blank {
  readonly kind: 'blank';
}

/** A standalone JSDoc-style block, such as a file header. */
export interface CommentBlock {
  readonly kind: 'comment';
  readonly doc: Doc;
}

/** One output file. */
export interface Module {
  readonly body: readonly Stmt[];
}

export type PrintMode = 'ts' | 'js' | 'dts';
