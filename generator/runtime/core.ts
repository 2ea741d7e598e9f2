/**
 * The engine behind every generated SDK method. Generated code describes each operation with an
 * OperationDescriptor and calls `core.call` / `core.list`; everything that is the same for every
 * operation (auth, validation, retries, timeouts, envelope, errors, pagination) lives here.
 *
 * openapi-fetch builds and sends the request (URL and parameter serialisation, header merging);
 * the core asks it for the body as a stream so it can read it with a size limit.
 */
import createClient, { type Client } from 'openapi-fetch';
import { Attempt } from './attempt.js';
import {
  credentialHeaders,
  defaultCredentialHeaders,
  describeAlternatives,
  operationHeaderPatch,
  pickAlternative,
  redactor,
  resolveCredentials,
  type HeaderPatch,
} from './auth.js';
import { decodeUtf8, excerpt, readBytes } from './body.js';
import { warnDeprecated, type Logger } from './deprecation.js';
import { apiError, hasResult, reportsFailure, unwrap } from './envelope.js';
import {
  APIUserAbortError,
  CloudflareAPIError,
  CloudflareError,
  InvalidResponseError,
  MissingCredentialsError,
  ResponseValidationError,
  type InvalidResponseReason,
  type RequestTarget,
} from './errors.js';
import { checkHeaders, count, MAX_TIMER_MS, platformHeaders } from './options.js';
import { itemsAt, PagePromise, type PageSource } from './pagination.js';
import { describeIssues, fillPath, requestValidationError, splitParams, type SplitParams } from './params.js';
import { isRetryable, retryDelay, sleep } from './retry.js';
import { boundedFetch, checkBaseUrl, redirectDetail } from './transport.js';
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

type AnyOperation = OperationDescriptor<unknown, unknown>;

/** The slice of openapi-fetch the core uses, without the per-path typing it cannot use. */
interface UntypedClient {
  request(
    method: string,
    path: string,
    init: Record<string, unknown>,
  ): Promise<{ error?: unknown; response: Response }>;
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
export type ResponseValidators = readonly (readonly [OperationDescriptor<unknown, unknown>, Validator<unknown>])[];

export function createCore<Paths extends {}>(
  api: ApiDescriptor,
  options: BaseClientOptions,
  responseValidators?: ResponseValidators,
): Core<Paths> {
  const maxRetries = count(options.maxRetries, 2, 0, 'maxRetries');
  const timeoutMs = count(options.timeoutMs, 60_000, 1, 'timeoutMs', MAX_TIMER_MS);
  const maxPages = count(options.maxPages, 1000, 1, 'maxPages');
  const maxResponseBytes = count(options.maxResponseBytes, 10 * 1024 * 1024, 1, 'maxResponseBytes');
  const retryBaseDelayMs = count(options.retryBaseDelayMs, 500, 0, 'retryBaseDelayMs', MAX_TIMER_MS);
  const validateResponses = options.validateResponses === true;
  if (validateResponses && responseValidators === undefined) {
    throw new CloudflareError(
      'validateResponses needs the response validators, which this lite client leaves out: create the full client instead',
    );
  }
  const responseValidator = new Map(responseValidators);
  const logger = options.warnOnDeprecated === false ? undefined : (options.logger ?? globalThis.console);
  const packageName = api.userAgent.split('/')[0] ?? api.userAgent;
  const baseUrl = options.baseUrl ?? api.baseUrl;
  checkBaseUrl(baseUrl, options.allowInsecureHttp === true);
  const credentials = resolveCredentials(api.credentials, options as Readonly<Record<string, unknown>>);
  const redact = redactor(credentials);
  const defaultAuth = defaultCredentialHeaders(api, credentials);
  /** Per operation: the header patch for its credentials, or null when none can be satisfied. */
  const authCache = new WeakMap<AnyOperation, HeaderPatch | null>();

  const raw = createClient<Paths>({
    baseUrl,
    fetch: boundedFetch(options.fetch, maxResponseBytes),
    headers: { ...platformHeaders(api.userAgent), ...checkHeaders(options.headers, 'option headers'), ...defaultAuth },
    // Never let the runtime follow redirects: it would forward X-Auth-Key to whatever host a
    // Location names. The core turns every 3xx into a RedirectError; raw callers see the 3xx.
    redirect: 'manual',
  });
  const client = raw as unknown as UntypedClient;

  function authFor(op: AnyOperation): HeaderPatch {
    let patch = authCache.get(op);
    if (patch === undefined) {
      const alternative = op.security.length === 0 ? [] : pickAlternative(op.security, credentials);
      patch =
        alternative && operationHeaderPatch(defaultAuth, credentialHeaders(api.credentials, alternative, credentials));
      authCache.set(op, patch ?? null);
    }
    if (!patch)
      throw new MissingCredentialsError(
        `${op.method} ${op.path} needs credentials: pass ${describeAlternatives(api.credentials, op.security)}`,
      );
    return patch;
  }

  /** Checks, sends with retries, and returns the validated body of a 2xx response. */
  async function fetchBody(op: AnyOperation, params: unknown, call?: RequestOptions): Promise<unknown> {
    if (op.deprecated && logger) warnDeprecated(op, packageName, logger);
    const auth = authFor(op);
    const checked = op.validateParams(params);
    if (!checked.ok) throw requestValidationError(op, checked.errors);
    const split = splitParams(op, checked.value);
    const headers = call?.headers ? { ...auth, ...checkHeaders(call.headers, 'request option headers') } : auth;
    const signal = call?.signal;
    const retries = count(call?.maxRetries, maxRetries, 0, 'maxRetries');
    const timeout = count(call?.timeoutMs, timeoutMs, 1, 'timeoutMs', MAX_TIMER_MS);
    for (let attempt = 1; ; attempt++) {
      let failure: CloudflareError;
      const scope = new Attempt(signal, timeout);
      try {
        return await send(op, split, headers, scope.signal, attempt);
      } catch (thrown) {
        failure = thrown instanceof CloudflareError ? thrown : scope.toError(thrown, where(op, split), attempt);
      } finally {
        scope.finish();
      }
      if (failure instanceof APIUserAbortError || attempt > retries || !isRetryable(failure)) throw failure;
      const delay = retryDelay(
        attempt,
        failure instanceof CloudflareAPIError ? failure.retryAfterMs : null,
        retryBaseDelayMs,
      );
      if (delay < 0) throw failure;
      if (await sleep(delay, signal)) throw new APIUserAbortError(where(op, split));
    }
  }

  /** One attempt. Errors from fetch and the body stream propagate raw; the caller maps them. */
  async function send(
    op: AnyOperation,
    split: SplitParams,
    headers: HeaderPatch,
    signal: AbortSignal,
    attempt: number,
  ): Promise<unknown> {
    const { error, response } = await client.request(op.method, op.path, {
      params: split,
      headers,
      signal,
      parseAs: 'stream',
    });
    if (response.ok) return readBody(op, split, response, attempt);
    // A 3xx under redirect: 'manual', or status 0 with type 'opaqueredirect' in browsers.
    const redirected = response.status < 200 || (response.status >= 300 && response.status < 400);
    throw apiError(
      response,
      error,
      where(op, split),
      attempt,
      redact,
      redirected ? redirectDetail(response, baseUrl) : undefined,
    );
  }

  async function readBody(op: AnyOperation, split: SplitParams, response: Response, attempt: number): Promise<unknown> {
    const bytes = await readBytes(response, maxResponseBytes, false);
    if (!bytes) throw invalid(op, split, response, 'too_large', `is over maxResponseBytes (${maxResponseBytes})`);
    // An operation without an envelope may answer 204, or with something that is not JSON.
    if (op.unwrap === 'body' && bytes.length === 0) return undefined;
    const text = decodeUtf8(bytes);
    if (text === null) throw invalid(op, split, response, 'invalid_utf8', 'is not UTF-8');
    if (op.unwrap === 'body' && !JSON_TYPE.test(response.headers.get('content-type') ?? '')) return text;
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw text.trim()
        ? invalid(op, split, response, 'invalid_json', 'is not JSON', text)
        : invalid(op, split, response, 'empty', 'is empty');
    }
    if (reportsFailure(op, body)) throw apiError(response, body, where(op, split), attempt, redact);
    const validate = validateResponses ? responseValidator.get(op) : undefined;
    if (validate) {
      const checked = validate(body);
      if (!checked.ok) {
        const info = where(op, split);
        throw new ResponseValidationError(
          `Response of ${info.method} ${info.path} does not match the schema: ${describeIssues(checked.errors, false)}`,
          {
            ...info,
            status: response.status,
            requestId: response.headers.get('cf-ray'),
            issues: checked.errors,
          },
        );
      }
      body = checked.value;
    }
    if (!hasResult(op, body)) throw invalid(op, split, response, 'not_envelope', 'has no result');
    const list = op.pagination?.items;
    if (list && !itemsAt(body, list))
      throw invalid(op, split, response, 'not_envelope', `has no list at ${list.join('.')}`);
    return body;
  }

  function invalid(
    op: AnyOperation,
    split: SplitParams,
    response: Response,
    reason: InvalidResponseReason,
    problem: string,
    text = '',
  ): InvalidResponseError {
    const info = where(op, split);
    const shown = redact(excerpt(text));
    return new InvalidResponseError(
      `The ${response.status} response body of ${info.method} ${info.path} ${problem}${shown && `: ${shown}`}`,
      {
        ...info,
        status: response.status,
        requestId: response.headers.get('cf-ray'),
        reason,
        excerpt: shown,
      },
    );
  }

  async function call(op: AnyOperation, params: unknown, options?: RequestOptions): Promise<unknown> {
    return unwrap(op, await fetchBody(op, params, options));
  }

  const source: PageSource = { call, fetchBody, unwrap, maxPages };
  return {
    raw,
    call: call as Core<Paths>['call'],
    list: (op, params, options) => new PagePromise(source, op, params, options),
  };
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;

function where(op: AnyOperation, split: SplitParams): RequestTarget {
  return { method: op.method, path: fillPath(op.path, split.path) };
}
