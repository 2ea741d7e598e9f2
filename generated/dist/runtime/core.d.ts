/**
 * The engine behind every generated SDK method. Generated code describes each operation with an
 * OperationDescriptor and calls `core.call` / `core.list`; everything that is the same for every
 * operation (auth, validation, retries, timeouts, envelope, errors, pagination) lives here.
 *
 * openapi-fetch builds and sends the request (URL and parameter serialisation, header merging);
 * the core asks it for the body as a stream so it can read it with a size limit.
 */
import { type Client } from 'openapi-fetch';
import { type Logger } from './deprecation.js';
import { PagePromise } from './pagination.js';
import type { Validator } from './validation.js';
export type HttpMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'OPTIONS' | 'HEAD' | 'PATCH' | 'TRACE';
/** One per security scheme in the spec. */
export interface CredentialSpec {
  readonly scheme: string;
  /** The client option holding it: `apiToken`. */
  readonly option: string;
  /** Read from `process.env` where that exists, when the option is not given. */
  readonly env?: string;
  readonly kind: 'bearer' | 'header';
  /** For kind 'header': `X-Auth-Email`. */
  readonly header?: string;
}
export interface ApiDescriptor {
  readonly baseUrl: string;
  /** `cloudflare-billing-client/0.1.0`; sent as User-Agent except in browsers. */
  readonly userAgent: string;
  readonly credentials: readonly CredentialSpec[];
  /**
   * The spec's security alternatives (top-level `security`, or the union over operations), for
   * `raw`: it sends the first one the client can satisfy. Without it: each bearer scheme alone,
   * then all header schemes together.
   */
  readonly security?: readonly (readonly string[])[];
}
export interface PaginationDescriptor {
  readonly pageParam: string;
  readonly perPageParam: string;
  /** Path into the response body to the items array: `['result']`, `['result', 'invoices']`. */
  readonly items: readonly string[];
  readonly hasMore?: readonly string[];
  readonly totalCount?: readonly string[];
}
/**
 * One operation, as the generated client describes it. `TBody` (the response body) is not read
 * here: it carries the body type from the generated code to `call` and `list`. Response
 * validators travel separately (`ResponseValidators`), so that a client without them does not
 * bundle them.
 */
export interface OperationDescriptor<TParams, TBody> {
  readonly method: HttpMethod;
  readonly path: string;
  readonly params: {
    readonly path: readonly string[];
    readonly query: readonly string[];
    readonly header: readonly string[];
  };
  /** Alternatives (OR) of scheme names that go together (AND); `[]` means no auth. */
  readonly security: readonly (readonly string[])[];
  readonly validateParams: Validator<TParams>;
  /** 'result': body.result; 'page': `{ result, result_info }`; 'body': the body as is. */
  readonly unwrap: 'result' | 'page' | 'body';
  readonly deprecated: boolean;
  readonly pagination?: PaginationDescriptor;
}
/** Every property also accepts `undefined` (= the default), for callers with exactOptionalPropertyTypes. */
export interface BaseClientOptions {
  /** Default: the spec's server, `https://api.cloudflare.com/client/v4`. */
  baseUrl?: string | undefined;
  /** Default: `globalThis.fetch`, looked up at call time. */
  fetch?: ((input: Request) => Promise<Response>) | undefined;
  /** Retries after the first attempt. Default 2. */
  maxRetries?: number | undefined;
  /** Per attempt, body included. Default 60 000. */
  timeoutMs?: number | undefined;
  headers?: Record<string, string> | undefined;
  /** Check 2xx bodies against the schema (ResponseValidationError). Default false. */
  validateResponses?: boolean | undefined;
  /** One console warning per deprecated operation per process. Default true. */
  warnOnDeprecated?: boolean | undefined;
  /** Allow http:// to a non-loopback host (credentials in clear text). Default false. */
  allowInsecureHttp?: boolean | undefined;
  /** Pages one auto-pagination run may fetch before PaginationLimitError. Default 1000. */
  maxPages?: number | undefined;
  /** Largest response body accepted, in bytes. Default 10 MiB. */
  maxResponseBytes?: number | undefined;
  /** First retry backoff; doubles per retry up to 8 s. Default 500. */
  retryBaseDelayMs?: number | undefined;
  /** Receives the deprecation warning. Default `console`. */
  logger?: Logger | undefined;
}
export interface RequestOptions {
  signal?: AbortSignal | undefined;
  timeoutMs?: number | undefined;
  maxRetries?: number | undefined;
  headers?: Record<string, string> | undefined;
}
export interface Core<Paths extends {}> {
  /** openapi-fetch client with base URL, credentials and fetch, for typed calls by path. */
  readonly raw: Client<Paths>;
  call<TParams, TBody, TValue>(
    op: OperationDescriptor<TParams, TBody>,
    params: TParams,
    options?: RequestOptions,
  ): Promise<TValue>;
  list<TParams, TBody, TValue, TItem>(
    op: OperationDescriptor<TParams, TBody>,
    params: TParams,
    options?: RequestOptions,
  ): PagePromise<TValue, TItem>;
}
/**
 * Build the engine for one client. Throws CloudflareError for unusable options: a credential or
 * header with control characters, an http:// base URL to a non-loopback host, bad numbers.
 *
 * `options` is the generated client's options object (an interface extending BaseClientOptions);
 * credentials are read from it by the option names in `api.credentials`.
 *
 * Written as a closure over per-client constants rather than a class: nothing is allocated per
 * call for it, and the constants minify to one-letter names where `this.maxResponseBytes` cannot.
 */
/** Each operation with the validator of its response body, for `validateResponses`. */
export type ResponseValidators = readonly (readonly [
  OperationDescriptor<unknown, unknown>,
  Validator<unknown>,
])[];
export declare function createCore<Paths extends {}>(
  api: ApiDescriptor,
  options: BaseClientOptions,
  responseValidators?: ResponseValidators,
): Core<Paths>;
