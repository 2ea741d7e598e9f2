import type { At, Json } from './at.js';
import type { Schema, SchemaNode } from './schema.js';

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';
export type ParamLocation = 'path' | 'query' | 'header' | 'cookie';
export type ParamStyle = 'simple' | 'form' | 'spaceDelimited' | 'pipeDelimited' | 'deepObject' | 'label' | 'matrix';

export interface Param {
  /** The name on the wire. */
  readonly name: string;
  /**
   * Its key in the SDK method's one params object: the wire name, unless two parameters (or a
   * parameter and a body field) would share it; then a located warning says what it became.
   */
  readonly key: string;
  readonly in: ParamLocation;
  readonly required: boolean;
  readonly description?: string;
  readonly deprecated: boolean;
  readonly schema: Schema;
  readonly style: ParamStyle;
  readonly explode: boolean;
  /** A `content`-typed parameter: its value is sent as JSON text. */
  readonly json: boolean;
  readonly example?: { readonly value: Json };
  readonly at: At;
}

/**
 * How a body is serialised; see the runtime's BodyKind. `json` is `application/json` and any
 * `+json` type; anything not otherwise known is `binary`.
 */
export type BodyKind = 'json' | 'multipart' | 'form' | 'binary' | 'text';

export interface BodyMedia {
  readonly mediaType: string;
  readonly kind: BodyKind;
  /** `unknown` (an empty schema) when the spec gives none (a warning says so). */
  readonly schema: Schema;
  /**
   * Flattened: the body's properties sit beside the parameters in the params object (its schema
   * is an object with known properties and none clashes with a parameter's key). Otherwise the
   * whole body is the value of `bodyKey`.
   */
  readonly flat: boolean;
  readonly bodyKey: string;
  /** multipart: the Content-Type of parts by property (from `encoding`), for non-file values. */
  readonly partTypes: readonly { readonly property: string; readonly contentType: string }[];
  readonly examples: readonly NamedExample[];
  readonly at: At;
}

export interface RequestBody {
  readonly required: boolean;
  readonly description?: string;
  /** In spec order, except that JSON (when offered) comes first: it is the default. */
  readonly media: readonly BodyMedia[];
  readonly at: At;
}

export interface NamedExample {
  readonly name: string;
  readonly summary?: string;
  readonly value: Json;
}

export type ResponseKind = 'json' | 'text' | 'binary' | 'empty';

/** What the SDK method resolves to, and how it gets there from the body. */
export interface SuccessResponse {
  /** `200`, `2XX`, or `default` when the spec declares no 2XX (with a warning). */
  readonly status: string;
  readonly kind: ResponseKind;
  readonly mediaType?: string;
  /** The body's schema (kind `json`); for `text` a string schema; absent for binary and empty. */
  readonly schema?: Schema;
  /**
   * `result`: a Cloudflare envelope (`success`, `errors`, `messages`, `result`), resolved to its
   * `result`; `page`: resolved to `{ result, result_info }` (paginated lists); `none`: as is.
   */
  readonly unwrap: 'result' | 'page' | 'none';
  /** The schema of `result` when `unwrap` is not `none`. */
  readonly resultSchema?: Schema;
  /**
   * A JSON body, but another declared 2XX response has none (`202 Accepted`, `204`): the method
   * may resolve to undefined.
   */
  readonly orEmpty?: true;
  readonly description?: string;
  readonly examples: readonly NamedExample[];
  readonly at: At;
}

/** Every declared response, for the openapi-typescript-shaped `paths` types and the docs. */
export interface ResponseEntry {
  readonly status: string;
  readonly description?: string;
  readonly content: readonly { readonly mediaType: string; readonly schema: Schema }[];
  readonly at: At;
}

/** RFC 6901 pointers become key paths once checked: `/result_info/total_count` -> `['result_info', 'total_count']`. */
export type BodyPath = readonly string[];

export type Pagination =
  | {
      readonly style: 'page';
      /** Params keys. */
      readonly pageParam: string;
      readonly perPageParam?: string;
      readonly items: BodyPath;
      readonly hasMore?: BodyPath;
      readonly totalCount?: BodyPath;
      readonly totalPages?: BodyPath;
      /** `extension`: declared with x-sdk-pagination; `detected`: Cloudflare's result_info shape. */
      readonly source: 'extension' | 'detected';
      readonly at: At;
    }
  | {
      readonly style: 'cursor';
      readonly cursorParam: string;
      readonly items: BodyPath;
      readonly next: BodyPath;
      readonly source: 'extension' | 'detected';
      readonly at: At;
    };

/**
 * One way to call an operation: its params object, which holds the parameters (by key) and the
 * body for one media type (flattened, or under `bodyKey`). An operation without a body has one.
 */
export interface OperationInput {
  /** `ListUserBillingHistoryParams`; a media type after the default adds its kind: `CreateScriptMultipartParams`. */
  readonly typeName: string;
  readonly media?: BodyMedia;
  /** The whole params object as one object schema: what the method checks before sending. */
  readonly schema: SchemaNode;
}

/** One way to authenticate: every scheme named must be supplied together (an AND). */
export type SecurityRequirement = readonly string[];

export interface Operation {
  /** The operationId as written, or one derived from method and path (with a warning). */
  readonly operationId: string;
  /** PascalCase stem of every type named after the operation (`ListUserBillingHistory`); unique. */
  readonly typeName: string;
  /** The JavaScript const holding its descriptor (`listUserBillingHistory`); unique among generated values. */
  readonly descriptorName: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** Where the method hangs on the client: `['user', 'billing', 'history', 'list']`; unique. */
  readonly sdkPath: readonly string[];
  /** How `sdkPath` was chosen, for the docs and the change report. */
  readonly sdkPathSource: 'x-sdk-method' | 'x-fern' | 'path' | 'operationId';
  readonly summary?: string;
  readonly description?: string;
  readonly tags: readonly string[];
  readonly deprecated: boolean;
  /** Path, query, header and cookie parameters, path first, then in spec order. */
  readonly params: readonly Param[];
  readonly body?: RequestBody;
  /** The default way to call it first (JSON when the body offers it). */
  readonly inputs: readonly OperationInput[];
  readonly success: SuccessResponse;
  readonly responses: readonly ResponseEntry[];
  /** Alternatives (OR); empty means no credentials. */
  readonly security: readonly SecurityRequirement[];
  /** `x-permissions` (or Cloudflare's `x-cfPermissionsRequired`), for the docs. */
  readonly permissions: readonly string[];
  readonly pagination?: Pagination;
  readonly externalDocs?: { readonly url: string; readonly description?: string };
  readonly at: At;
}
