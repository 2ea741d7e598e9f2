/**
 * The engine behind every generated SDK method. Generated code describes each operation with an
 * OperationDescriptor and calls `core.call` / `core.list`; everything that is the same for every
 * operation (auth, validation, retries, timeouts, envelope, errors, pagination) lives here.
 *
 * openapi-fetch builds and sends the request (URL and parameter serialisation, header merging);
 * the core asks it for the body as a stream so it can read it with a size limit.
 */
import createClient from 'openapi-fetch';
import { Attempt } from './attempt.js';
import {
  credentialHeaders,
  defaultCredentialHeaders,
  describeAlternatives,
  operationHeaderPatch,
  pickAlternative,
  redactor,
  resolveCredentials,
} from './auth.js';
import { decodeUtf8, excerpt, readBytes } from './body.js';
import { warnDeprecated } from './deprecation.js';
import { apiError, hasResult, reportsFailure, unwrap } from './envelope.js';
import {
  APIUserAbortError,
  CloudflareAPIError,
  CloudflareError,
  InvalidResponseError,
  MissingCredentialsError,
  ResponseValidationError,
} from './errors.js';
import { checkHeaders, count, MAX_TIMER_MS, platformHeaders } from './options.js';
import { itemsAt, PagePromise } from './pagination.js';
import { describeIssues, fillPath, requestValidationError, splitParams } from './params.js';
import { isRetryable, retryDelay, sleep } from './retry.js';
import { boundedFetch, checkBaseUrl, redirectDetail } from './transport.js';
export function createCore(api, options, responseValidators) {
  const maxRetries = count(options.maxRetries, 2, 0, 'maxRetries');
  const timeoutMs = count(options.timeoutMs, 60_000, 1, 'timeoutMs', MAX_TIMER_MS);
  const maxPages = count(options.maxPages, 1000, 1, 'maxPages');
  const maxResponseBytes = count(options.maxResponseBytes, 10 * 1024 * 1024, 1, 'maxResponseBytes');
  const retryBaseDelayMs = count(
    options.retryBaseDelayMs,
    500,
    0,
    'retryBaseDelayMs',
    MAX_TIMER_MS,
  );
  const validateResponses = options.validateResponses === true;
  if (validateResponses && responseValidators === undefined) {
    throw new CloudflareError(
      'validateResponses needs the response validators, which this lite client leaves out: create the full client instead',
    );
  }
  const responseValidator = new Map(responseValidators);
  const logger =
    options.warnOnDeprecated === false ? undefined : (options.logger ?? globalThis.console);
  const packageName = api.userAgent.split('/')[0] ?? api.userAgent;
  const baseUrl = options.baseUrl ?? api.baseUrl;
  checkBaseUrl(baseUrl, options.allowInsecureHttp === true);
  const credentials = resolveCredentials(api.credentials, options);
  const redact = redactor(credentials);
  const defaultAuth = defaultCredentialHeaders(api, credentials);
  /** Per operation: the header patch for its credentials, or null when none can be satisfied. */
  const authCache = new WeakMap();
  const raw = createClient({
    baseUrl,
    fetch: boundedFetch(options.fetch, maxResponseBytes),
    headers: {
      ...platformHeaders(api.userAgent),
      ...checkHeaders(options.headers, 'option headers'),
      ...defaultAuth,
    },
    // Never let the runtime follow redirects: it would forward X-Auth-Key to whatever host a
    // Location names. The core turns every 3xx into a RedirectError; raw callers see the 3xx.
    redirect: 'manual',
  });
  const client = raw;
  function authFor(op) {
    let patch = authCache.get(op);
    if (patch === undefined) {
      const alternative = op.security.length === 0 ? [] : pickAlternative(op.security, credentials);
      patch =
        alternative &&
        operationHeaderPatch(
          defaultAuth,
          credentialHeaders(api.credentials, alternative, credentials),
        );
      authCache.set(op, patch ?? null);
    }
    if (!patch)
      throw new MissingCredentialsError(
        `${op.method} ${op.path} needs credentials: pass ${describeAlternatives(api.credentials, op.security)}`,
      );
    return patch;
  }
  /** Checks, sends with retries, and returns the validated body of a 2xx response. */
  async function fetchBody(op, params, call) {
    if (op.deprecated && logger) warnDeprecated(op, packageName, logger);
    const auth = authFor(op);
    const checked = op.validateParams(params);
    if (!checked.ok) throw requestValidationError(op, checked.errors);
    const split = splitParams(op, checked.value);
    const headers = call?.headers
      ? { ...auth, ...checkHeaders(call.headers, 'request option headers') }
      : auth;
    const signal = call?.signal;
    const retries = count(call?.maxRetries, maxRetries, 0, 'maxRetries');
    const timeout = count(call?.timeoutMs, timeoutMs, 1, 'timeoutMs', MAX_TIMER_MS);
    for (let attempt = 1; ; attempt++) {
      let failure;
      const scope = new Attempt(signal, timeout);
      try {
        return await send(op, split, headers, scope.signal, attempt);
      } catch (thrown) {
        failure =
          thrown instanceof CloudflareError
            ? thrown
            : scope.toError(thrown, where(op, split), attempt);
      } finally {
        scope.finish();
      }
      if (failure instanceof APIUserAbortError || attempt > retries || !isRetryable(failure))
        throw failure;
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
  async function send(op, split, headers, signal, attempt) {
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
  async function readBody(op, split, response, attempt) {
    const bytes = await readBytes(response, maxResponseBytes, false);
    if (!bytes)
      throw invalid(
        op,
        split,
        response,
        'too_large',
        `is over maxResponseBytes (${maxResponseBytes})`,
      );
    // An operation without an envelope may answer 204, or with something that is not JSON.
    if (op.unwrap === 'body' && bytes.length === 0) return undefined;
    const text = decodeUtf8(bytes);
    if (text === null) throw invalid(op, split, response, 'invalid_utf8', 'is not UTF-8');
    if (op.unwrap === 'body' && !JSON_TYPE.test(response.headers.get('content-type') ?? ''))
      return text;
    let body;
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
  function invalid(op, split, response, reason, problem, text = '') {
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
  async function call(op, params, options) {
    return unwrap(op, await fetchBody(op, params, options));
  }
  const source = { call, fetchBody, unwrap, maxPages };
  return {
    raw,
    call: call,
    list: (op, params, options) => new PagePromise(source, op, params, options),
  };
}
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b/i;
function where(op, split) {
  return { method: op.method, path: fillPath(op.path, split.path) };
}
