/**
 * The types that flow between the generator's stages.
 *
 * load -> LoadedSpec -> resolve -> ResolvedSpec -> buildModel -> ApiModel -> render* -> RenderedFile[]
 *   -> formatFiles -> RenderedFile[] -> compile -> RenderedFile[] -> writeOutput -> WriteReport
 *
 * Stages import their types from here and never from each other. The ApiModel is normalised:
 * defaults resolved, parameters grouped by location, SDK method paths final, every schema reduced
 * to the keywords the generator supports, so a renderer never re-reads the raw document.
 */

/** Where a node came from: a JSON pointer into the document and its 1-based line and column. */
export interface At {
  readonly file: string;
  readonly pointer: string;
  readonly line: number;
  readonly column: number;
}

/** Any JSON value, as found in a spec (enum members, const, defaults, examples). */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

// ---------------------------------------------------------------------------------------------
// Problems found in a spec
// ---------------------------------------------------------------------------------------------

export type SpecIssueCode =
  | 'yaml_syntax'
  | 'yaml_tab_indent'
  | 'yaml_duplicate_key'
  | 'yaml_alias_limit'
  | 'empty_document'
  | 'not_openapi'
  | 'unsupported_openapi_version'
  | 'ref_not_found'
  | 'ref_external'
  | 'ref_cycle'
  | 'duplicate_operation_id'
  | 'duplicate_sdk_method'
  | 'sdk_method_conflict'
  | 'invalid_sdk_method'
  | 'path_param_undeclared'
  | 'path_param_not_in_path'
  | 'path_param_optional'
  | 'duplicate_parameter'
  | 'unsupported_parameter'
  | 'unsupported_keyword'
  | 'unsupported_type'
  | 'unsupported_format'
  | 'invalid_schema'
  | 'enum_mixed_types'
  | 'min_gt_max'
  | 'security_scheme_undefined'
  | 'unsupported_security_scheme'
  | 'example_invalid'
  | 'missing_success_response'
  | 'unsupported_request_body'
  | 'invalid_path'
  | 'invalid_pagination'
  | 'operation_id_sanitised'
  | 'invalid_extension'
  | 'no_server';

export interface SpecIssue {
  readonly code: SpecIssueCode;
  /** `error` stops generation; `warning` is printed and generation goes on. */
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly at: At;
}

// ---------------------------------------------------------------------------------------------
// Stage outputs before the model
// ---------------------------------------------------------------------------------------------

/** A parsed document plus a way to locate any JSON pointer in its source text. */
export interface LoadedSpec {
  readonly file: string;
  readonly document: Json;
  /** The exact source text, kept for openapi-typescript, which re-reads the document itself. */
  readonly source: string;
  readonly locate: (pointer: string) => At;
  readonly warnings: readonly SpecIssue[];
}

/**
 * The document with every local `$ref` checked. References are not inlined (schemas may be
 * recursive): `refs` maps each `$ref` site's pointer to the pointer it targets.
 */
export interface ResolvedSpec extends LoadedSpec {
  readonly refs: ReadonlyMap<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Schemas: the subset of JSON Schema the generator understands, already validated
// ---------------------------------------------------------------------------------------------

export type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'object' | 'array';

/** Formats whose validation the generated code implements. */
export type StringFormat = 'date-time' | 'date' | 'time' | 'email' | 'uri' | 'uuid';

/** A reference to a named schema (`#/components/schemas/<name>`); kept by name so recursion works. */
export interface SchemaRef {
  readonly kind: 'ref';
  readonly name: string;
  readonly at: At;
}

export interface SchemaProperty {
  readonly name: string;
  readonly required: boolean;
  readonly schema: Schema;
}

export interface SchemaObject {
  readonly kind: 'schema';
  readonly at: At;
  /** Allowed JSON types; undefined means any. OpenAPI 3.0 `nullable: true` arrives here as 'null'. */
  readonly types?: readonly JsonType[];
  readonly enum?: readonly Json[];
  /** Wrapped so that `const: null` can be told apart from no const. */
  readonly const?: { readonly value: Json };
  // strings (lengths are in Unicode code points, as JSON Schema counts them)
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: StringFormat;
  // numbers; OpenAPI 3.0 boolean exclusive bounds are normalised to the 3.1 numeric form
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  // objects; `properties` keeps the spec's order
  readonly properties?: readonly SchemaProperty[];
  /** Required names that have no entry in `properties` (they must still be present). */
  readonly requiredOnly?: readonly string[];
  /** undefined and true both allow extra properties; a schema constrains them. */
  readonly additionalProperties?: boolean | Schema;
  // arrays
  readonly items?: Schema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly uniqueItems?: boolean;
  // composition
  readonly allOf?: readonly Schema[];
  readonly anyOf?: readonly Schema[];
  readonly oneOf?: readonly Schema[];
  // annotations
  readonly title?: string;
  readonly description?: string;
  readonly deprecated?: boolean;
  readonly default?: { readonly value: Json };
  readonly examples?: readonly Json[];
}

export type Schema = SchemaRef | SchemaObject;

export interface NamedSchema {
  /** The component name as written in the spec (`BillingHistory`). */
  readonly name: string;
  /** A TypeScript identifier for it (`BillingHistory`), unique among named schemas. */
  readonly typeName: string;
  readonly schema: Schema;
}

// ---------------------------------------------------------------------------------------------
// Operations
// ---------------------------------------------------------------------------------------------

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export type ParamLocation = 'path' | 'query' | 'header';

export interface Param {
  readonly name: string;
  readonly in: ParamLocation;
  readonly required: boolean;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly schema: Schema;
  readonly example?: { readonly value: Json };
  readonly at: At;
}

export interface ParamsByLocation {
  readonly path: readonly Param[];
  readonly query: readonly Param[];
  readonly header: readonly Param[];
}

/** One way to authenticate: every scheme named must be supplied together (an AND). */
export type SecurityRequirement = readonly string[];

export type SecurityScheme =
  | {
      readonly kind: 'bearer';
      readonly name: string;
      readonly description?: string;
      /** Environment variable the client falls back to (`x-sdk-env`). */
      readonly env?: string;
      readonly at: At;
    }
  | {
      readonly kind: 'apiKeyHeader';
      readonly name: string;
      /** The HTTP header the key travels in (`X-Auth-Key`). */
      readonly header: string;
      readonly description?: string;
      readonly env?: string;
      readonly at: At;
    };

/**
 * How to walk every page of a list. Declared in the spec with `x-sdk-pagination`; pointers are
 * RFC 6901 pointers into the response body.
 */
export interface Pagination {
  readonly style: 'page-number';
  readonly pageParam: string;
  readonly perPageParam: string;
  /** Where the items of one page are (`/result` or `/result/invoices`). */
  readonly itemsPointer: string;
  /** A boolean that says whether another page follows (`/result/pagination/has_more`). */
  readonly hasMorePointer?: string;
  /** The total number of items, used to stop when `has_more` is not given (`/result_info/total_count`). */
  readonly totalCountPointer?: string;
  readonly at: At;
}

export interface SuccessResponse {
  /** '200', '201', '2XX'... */
  readonly status: string;
  readonly contentType: string;
  readonly schema: Schema;
  /**
   * Whether the body is a Cloudflare envelope (`success`, `errors`, `messages`, `result`) that
   * the client unwraps to `result`.
   */
  readonly envelope: boolean;
  readonly description?: string;
  readonly examples: readonly { readonly name: string; readonly value: Json }[];
}

export interface Operation {
  /** The operationId as written in the spec. */
  readonly operationId: string;
  /** A TypeScript-safe camelCase name derived from the operationId (`listUserBillingHistory`). */
  readonly name: string;
  /** PascalCase of `name`, the stem of every type named after the operation. */
  readonly typeName: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** Where the method hangs on the client, from `x-sdk-method` (`['user', 'billing', 'history', 'list']`). */
  readonly sdkPath: readonly string[];
  readonly summary?: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  readonly params: ParamsByLocation;
  /** Alternatives (an OR); empty means no authentication. */
  readonly security: readonly SecurityRequirement[];
  /** Permissions named by `x-permissions`, for docs only. */
  readonly permissions: readonly string[];
  readonly success: SuccessResponse;
  readonly pagination?: Pagination;
  readonly at: At;
}

// ---------------------------------------------------------------------------------------------
// The whole model
// ---------------------------------------------------------------------------------------------

export interface SdkSettings {
  /** npm name of the generated package (`x-sdk.packageName`). */
  readonly packageName: string;
  readonly packageVersion: string;
  /** The exported factory (`createCloudflareBillingClient`). */
  readonly clientFactory: string;
  /** The same client without response validators, for the smallest bundles (`createCloudflareBillingClientLite`). */
  readonly liteClientFactory: string;
  /** The client's interface (`CloudflareBillingClient`) and its options (`CloudflareBillingClientOptions`). */
  readonly clientType: string;
  readonly optionsType: string;
  /** SPDX identifier or name from `info.license`, for the generated package.json. */
  readonly license: string;
  /** Default base URL, from the first server. */
  readonly baseUrl: string;
  /** Environment variables read as credential fallbacks, by scheme name. */
  readonly envFallbacks: readonly { readonly scheme: string; readonly variable: string }[];
}

export interface ApiModel {
  readonly title: string;
  readonly version: string;
  readonly description?: string;
  /** The spec's file name relative to the project, for generated headers. */
  readonly sourceName: string;
  readonly sdk: SdkSettings;
  readonly securitySchemes: readonly SecurityScheme[];
  /** In spec order, path then method. */
  readonly operations: readonly Operation[];
  /** `components.schemas`, in spec order. */
  readonly schemas: readonly NamedSchema[];
  readonly warnings: readonly SpecIssue[];
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

/** A file to write, its path relative to the output folder with `/` separators. */
export interface RenderedFile {
  readonly path: string;
  readonly contents: string;
}

/** What `--check` found: files that differ, that are missing, or that should no longer exist. */
export interface CheckReport {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly obsolete: readonly string[];
}

export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  /** Files present in the output folder that the generator did not produce. */
  readonly foreign: readonly string[];
  /** Files the generator produced before and no longer does (listed in its manifest). */
  readonly removed: readonly string[];
}
