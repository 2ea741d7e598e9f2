/**
 * A generated method's call: the params snapshot, validation, the request built from the
 * OperationSpec (URL, headers, cookies, body), and the running exchange behind its promise.
 */
import type { Outcome, Source } from './api-promise.js';
import { missingCredentials, pickAlternative } from './auth.js';
import type { Check, OperationSpec, ParamSpec } from './descriptor.js';
import { RequestValidationError, type CloudflareAPIError, type RequestTarget } from './errors.js';
import { exchange, type Context, type Handler, type Prepared } from './exchange.js';
import { pointerToken } from './keywords.js';
import { checkHeaders, count, MAX_TIMER_MS, type RequestOptions } from './options.js';
import { readFailure, readSuccess } from './response.js';
import { badSegment, encode, queryPart, Unsendable } from './serialize.js';
import { collect, describeIssues, passes, type ValidationIssue } from './validation.js';

export type Input = Readonly<Record<string, unknown>>;

/** The request being built: fetch's init with `duplex` for a stream body (its headers a plain record). */
export type Init = RequestInit & { headers: Record<string, string>; duplex?: 'half' };

/**
 * The params object read once: own enumerable properties, each getter called once, so that what
 * is validated is what is sent. null for something that is not an object (the check says why).
 */
export function snapshot(params: unknown): Input | null {
  if (params === undefined || params === null) return {};
  return typeof params === 'object' && !Array.isArray(params) ? { ...params } : null;
}

/**
 * Starts one request of `op` with the snapshot `input`, checked by `check` (default: the
 * operation's). The running call behind an APIPromise is also the exchange's response handler.
 */
export function start(
  ctx: Context,
  op: OperationSpec,
  input: Input | null,
  options: RequestOptions | undefined,
  check: Check | undefined = op.check,
): Source {
  const call: Source & Handler<Outcome> & { target: RequestTarget | undefined; outcome: Promise<Outcome> } = {
    raw: false,
    target: undefined,
    outcome: undefined as never,
    success: async (response, attempt) =>
      call.raw ? { data: undefined, body: undefined, response } : readSuccess(ctx, op, call.target!, response, attempt),
    failure: (response, attempt) => readFailure(ctx, call.target!, response, attempt),
    keepsBody: () => call.raw,
  };
  call.outcome = run(ctx, op, input, options, check, call);
  return call;
}

async function run(
  ctx: Context,
  op: OperationSpec,
  input: Input | null,
  options: RequestOptions | undefined,
  check: Check | undefined,
  call: Handler<Outcome> & { target: RequestTarget | undefined },
): Promise<Outcome> {
  const request = prepare(ctx, op, input, options, check);
  call.target = request.target;
  return exchange(ctx, request, call);
}

/** `/accounts/{account_id}/x`: the path template, for messages about the operation itself. */
export function template(op: OperationSpec): string {
  let path = '';
  for (let i = 0; i < op.path.length; i++) path += i % 2 ? `{${op.path[i]}}` : op.path[i];
  return path;
}

/**
 * Throws CloudflareError subclasses for anything wrong before a byte is sent. Without `check`
 * (the lite factory) the parameters are not validated, but what cannot be sent at all (an empty
 * path segment, a nested object in a query) is still refused.
 */
export function prepare(
  ctx: Context,
  op: OperationSpec,
  input: Input | null,
  options: RequestOptions | undefined,
  check: Check | undefined = op.check,
): Prepared {
  if (op.deprecated && ctx.warnDeprecated) warnDeprecated(ctx, op);
  const credentials = ctx.credentials;
  const alternative = credentials ? pickAlternative(op.security, credentials) : [];
  if (!alternative) throw missingCredentials(ctx.api, `${op.method} ${template(op)}`, op.security);
  if (!input) throw invalid(op, {}, [{ path: '', keyword: 'type', message: 'must be object' }], 0);
  if (check && !passes(check, input)) {
    const { issues, omitted } = collect(check, input);
    throw invalid(op, input, issues, omitted);
  }
  const issues: ValidationIssue[] = [];
  const headers: Record<string, string> = { ...ctx.headers };
  const path = fillPath(op, input, issues);
  let query = '';
  for (const spec of op.query ?? NONE) query = join(query, '&', param(spec, input, issues, queryOf));
  const init: Init = {
    method: op.method,
    headers,
    body: null,
    redirect: 'manual',
    signal: null,
  };
  // Header and cookie parameters and the body: only descriptors that have them reference the code.
  let cookie = '';
  let replayable = true;
  if (op.extras) ({ cookie, replayable } = op.extras(op, input, options, init, issues));
  // Credentials last, as raw sends them; a header credential yields to the client's own headers.
  for (const scheme of alternative) {
    const { in: where, name, value } = credentials!.get(scheme)!;
    if (where === 'query') query = join(query, '&', `${name}=${encode(value)}`);
    else if (where === 'cookie') cookie = join(cookie, '; ', `${name}=${encode(value)}`);
    else if (ctx.ownHeaders[name] === undefined) headers[name] = value;
  }
  if (cookie) headers['cookie'] = join(headers['cookie'] ?? '', '; ', cookie);
  if (issues.length > 0) throw invalid(op, input, issues, 0);
  if (options?.headers) Object.assign(headers, checkHeaders(options.headers, 'the request options'));
  return {
    url: ctx.base + path + (query && `?${query}`),
    init,
    target: { method: op.method, path },
    replayable,
    retries: count(options?.maxRetries, ctx.maxRetries, 0, 'maxRetries'),
    timeoutMs: count(options?.timeoutMs, ctx.timeoutMs, 1, 'timeoutMs', MAX_TIMER_MS),
    signal: options?.signal,
  };
}

const NONE: readonly ParamSpec[] = [];

/**
 * Operations already warned about. Per process (per JS realm), not per client: apps on Workers
 * and serverless often build a client per request, and a warning on every request would be
 * noise. Keyed by the descriptor, which generated code defines once per module.
 */
const warned = new WeakSet<object>();

/** Through the `log` option's log (level warn) when there is one, else `console.warn`. */
function warnDeprecated(ctx: Context, op: OperationSpec): void {
  // A client whose level writes no warning leaves the warning to the next one that does.
  if (warned.has(op) || ctx.log?.warns === false) return;
  warned.add(op);
  const line = `${op.method} ${template(op)} is deprecated by Cloudflare and may stop working (silence: warnOnDeprecated: false)`;
  if (ctx.log) ctx.log.warn(line);
  else console.warn(`[${ctx.api.userAgent.split('/')[0]}] ${line}`);
}

export function join(text: string, separator: string, part: string): string {
  return part && text ? text + separator + part : text || part;
}

export type Encoder = (name: string, value: unknown, spec: ParamSpec) => string;

/**
 * The text of the parameter `spec` (a path key, or a ParamSpec), or '' when absent; what cannot
 * be sent is recorded as an issue at its key.
 */
export function param(spec: ParamSpec, input: Input, issues: ValidationIssue[], encoder: Encoder): string {
  const key = typeof spec === 'string' ? spec : (spec.key ?? spec.name);
  let value = input[key];
  if (value == null && encoder !== segment) return '';
  try {
    if (typeof spec !== 'string' && spec.json) value = JSON.stringify(value);
    return encoder(typeof spec === 'string' ? spec : spec.name, value, spec);
  } catch (thrown) {
    issues.push(issue(`/${pointerToken(key)}`, thrown));
    return `{${key}}`;
  }
}

/** A path parameter as its own segment; '', '.' and '..' would make the URL parser drop or climb one. */
function segment(_name: string, value: unknown): string {
  const text =
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  if (text === '' || text === '.' || text === '..') throw badSegment();
  return encode(text);
}

function queryOf(name: string, value: unknown, spec: ParamSpec): string {
  return typeof spec === 'string' ? queryPart(name, value) : queryPart(name, value, spec.style, spec.explode);
}

export function issue(path: string, thrown: unknown): ValidationIssue {
  if (!(thrown instanceof Unsendable)) throw thrown;
  return { path, keyword: thrown.keyword, message: thrown.message };
}

/** The path with its parameters filled in; one that cannot be sent is an issue, and stays `{key}`. */
function fillPath(op: OperationSpec, input: Input, issues: ValidationIssue[]): string {
  let path = op.path[0]!;
  for (let i = 1; i < op.path.length; i += 2) path += param(op.path[i]!, input, issues, segment) + op.path[i + 1];
  return path;
}

function invalid(
  op: OperationSpec,
  input: Input,
  issues: readonly ValidationIssue[],
  omitted: number,
): RequestValidationError {
  const path = fillPath(op, input, []);
  return new RequestValidationError(
    `Invalid parameters for ${op.method} ${path}: ${describeIssues(issues, omitted, true)}`,
    {
      method: op.method,
      path,
      issues,
      omitted,
    },
  );
}
