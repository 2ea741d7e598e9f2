import type { At, Json } from './at.js';

/**
 * Schemas as the build stage leaves them: every keyword read, checked and normalised once
 * (OpenAPI 3.0 `nullable` and boolean exclusive bounds folded into their 3.1 forms, `example`
 * into `examples`), so that renderers never see the raw document. What each keyword means for
 * types, checks and docs is defined once, in `generator/schema/keywords/`, one file per keyword.
 */

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';

/** A reference to a named schema (a component), kept by id so that recursion works. */
export interface SchemaRef {
  readonly kind: 'ref';
  /** The component's id: its name under `#/components/schemas`. */
  readonly target: string;
  readonly at: At;
}

export interface Property {
  readonly name: string;
  readonly schema: Schema;
}

export interface PatternProperty {
  /** An ECMAScript regular expression source (`u` flag). */
  readonly pattern: string;
  readonly schema: Schema;
  /** Keys are data too: as `Pattern.superLinear`, keys over the default bound are not tested. */
  readonly superLinear?: boolean;
}

export interface Dependent<T> {
  readonly property: string;
  readonly value: T;
}

/** A `pattern` with what the build stage learnt about it. */
export interface Pattern {
  readonly source: string;
  /**
   * Super-linear backtracking is possible (a ReDoS risk): the check refuses strings longer than
   * `maxLength` (or a default bound) before testing it.
   */
  readonly superLinear: boolean;
}

export interface Discriminator {
  readonly propertyName: string;
  /** Value -> named schema id, from `mapping` and, for unmapped `oneOf`/`anyOf` refs, their names. */
  readonly mapping: readonly { readonly value: string; readonly target: string }[];
}

/**
 * The validation keywords, each normalised. Absent means "not constrained". Adding a keyword:
 * one line here, and one file in `generator/schema/keywords/` (the registry is typed to need it).
 */
export interface Keywords {
  readonly type?: readonly JsonType[];
  readonly enum?: readonly Json[];
  readonly const?: { readonly value: Json };
  // strings (lengths in Unicode code points, as JSON Schema counts them)
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: Pattern;
  /** A format the generated code checks (as ajv-formats does); unknown formats never get here. */
  readonly format?: string;
  // numbers
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  // objects; `properties` keeps the spec's order
  readonly properties?: readonly Property[];
  readonly required?: readonly string[];
  readonly additionalProperties?: Schema;
  readonly patternProperties?: readonly PatternProperty[];
  readonly propertyNames?: Schema;
  readonly minProperties?: number;
  readonly maxProperties?: number;
  readonly dependentRequired?: readonly Dependent<readonly string[]>[];
  readonly dependentSchemas?: readonly Dependent<Schema>[];
  // arrays
  readonly prefixItems?: readonly Schema[];
  readonly items?: Schema;
  readonly contains?: Schema;
  readonly minContains?: number;
  readonly maxContains?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  // composition
  readonly allOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  readonly not?: Schema;
  readonly if?: Schema;
  readonly then?: Schema;
  readonly else?: Schema;
  readonly discriminator?: Discriminator;
}

export type KeywordName = keyof Keywords;

/** What a schema says about itself without constraining values. */
export interface Annotations {
  readonly title?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly readOnly?: boolean;
  readonly writeOnly?: boolean;
  readonly default?: { readonly value: Json };
  /** `examples`, or OpenAPI 3.0's single `example`. */
  readonly examples?: readonly Json[];
  /**
   * The `format` as written, checked or not (`int64`, `binary`...): types use it (a `binary`
   * string is a Blob in a request body) and docs show it.
   */
  readonly format?: string;
}

export interface SchemaNode {
  readonly kind: 'schema';
  readonly at: At;
  readonly keywords: Keywords;
  readonly annotations: Annotations;
}

export type Schema = SchemaRef | SchemaNode;

/** A component schema, with the one TypeScript name the whole output uses for it. */
export interface NamedSchema {
  /** The component name as written in the spec: its id. */
  readonly id: string;
  /** A unique PascalCase identifier (`BillingHistory`), decided in the build stage. */
  readonly typeName: string;
  readonly schema: Schema;
  readonly at: At;
  /**
   * Set on a direction variant (build/direction-variants.ts): the named schema `of` as a request
   * sends it (its readOnly properties optional) or a response carries it (writeOnly optional).
   * Its `id` is then `<of> (request)`, which no component has.
   */
  readonly variant?: { readonly of: string; readonly side: VariantSide };
}

/** Which direction a variant serves. */
export type VariantSide = 'request' | 'response';
