/**
 * A generated method's call: the params snapshot, validation, the request built from the
 * OperationSpec (URL, headers, cookies, body), and the running exchange behind its promise.
 */
import type { Outcome, Source } from './api-promise.js';
import { missingCredentials, pickAlternative } from './auth.js';
import { bodyValue, chooseMedia, encodeBody } from './body.js';
import type { OperationSpec, ParamSpec } from './descriptor.js';
import { RequestValidationError, type CloudflareAPIError, type RequestTarget } from './errors.js';
import { exchange, type Context, type Handler, type Prepared } from './exchange.js';
import { pointerToken } from './keywords.js';
import { warnDeprecated } from './log.js';
import { checkHeaders, count, isHeaderValue, MAX_TIMER_MS, type RequestOptions } from './options.js';
import { readFailure, readSuccess } from './response.js';
import { cookiePart, encode, headerText, queryPart, Unsendable } from './serialize.js';
import { collect, describeIssues, passes, type ValidationIssue } from './validation.js';

export type Input = Readonly<Record<string, unknown>>;

/**
 * The params object read once: own enumerable properties, each getter called once, so that what
 * is validated is what is sent. null for something that is not an object (the check says why).
 */
export function snapshot(params: unknown): Input | null {
  if (params === undefined || params === null) return {};
  return typeof params === 'object' && !Array.isArray(params) ? { ...params } : null;
}

/** The running call behind an APIPromise: also the exchange's response handler. */
class MethodCall implements Source, Handler<Outcome> {
  raw = false;
  target: RequestTarget | undefined;
  readonly outcome: Promise<Outcome>;

  constructor(
    private readonly ctx: Context,
    private readonly op: OperationSpec,
    input: Input | null,
    options: RequestOptions | undefined,
  ) {
    this.outcome = this.run(input, options);
  }

  private async run(input: Input | null, options: RequestOptions | undefined): Promise<Outcome> {
    const request = prepare(this.ctx, this.op, input, options);
    this.target = request.target;
    return exchange(this.ctx, request, this);
  }

  async success(response: Response, attempt: number): Promise<Outcome> {
    if (this.raw) return { data: undefined, body: undefined, response };
    const parsed = await readSuccess(this.ctx, this.op, this.target!, response, attempt);
    return { data: parsed.data, body: parsed.body, response };
  }

  failure(response: Response, attempt: number): Promise<CloudflareAPIError> {
    return readFailure(this.ctx, this.target!, response, attempt);
  }

  keepsBody(): boolean {
    return this.raw;
  }
}

/** Starts one request of `op` with the snapshot `input`. */
export function start(ctx: Context, op: OperationSpec, input: Input | null, options: RequestOptions | undefined): Source {
  return new MethodCall(ctx, op, input, options);
}

/** `/accounts/{account_id}/x`: the path template, for messages about the operation itself. */
export function template(op: OperationSpec): string {
  let path = '';
  for (let i = 0; i < op.path.length; i++) path += i % 2 ? `{${op.path[i]}}` : op.path[i];
  return path;
}

/** Throws CloudflareError subclasses for anything wrong before a byte is sent. */
export function prepare(ctx: Context, op: OperationSpec, input: Input | null, options: RequestOptions | undefined): Prepared {
  if (op.deprecated && ctx.warnDeprecated) warnDeprecated(ctx.log, op, `${op.method} ${template(op)}`);
  const credentials = ctx.credentials;
  const alternative = credentials === null ? [] : pickAlternative(op.security, credentials);
  if (alternative === undefined) throw missingCredentials(ctx.api, `${op.method} ${template(op)}`, op.security);
  if (input === null) throw invalid(op, {}, [{ path: '', keyword: 'type', message: 'must be object' }], 0);
  if (op.check !== undefined && !passes(op.check, input)) {
    const { issues, omitted } = collect(op.check, input);
    throw invalid(op, input, issues, omitted);
  }
  const issues: ValidationIssue[] = [];
  const headers: Record<string, string> = { ...ctx.headers };
  let path = op.path[0] ?? '';
  for (let i = 1; i < op.path.length; i += 2) path += segment(input, op.path[i]!, issues) + (op.path[i + 1] ?? '');
  let query = '';
  for (const spec of op.query ?? NONE) query = join(query, '&', guarded(spec, input, issues, queryOf));
  for (const spec of op.header ?? NONE) {
    const [name, text] = headerOf(spec, input, issues);
    if (text !== '') headers[name] = text;
  }
  let cookie = '';
  for (const spec of op.cookie ?? NONE) cookie = join(cookie, '; ', guarded(spec, input, issues, cookieOf));
  // Credentials last, as raw sends them; a header credential yields to the client's own headers.
  for (const scheme of alternative) {
    const credential = credentials!.get(scheme)!;
    if (credential.in === 'header') {
      if (ctx.ownHeaders[credential.name] === undefined) headers[credential.name] = credential.value;
    } else if (credential.in === 'query') query = join(query, '&', `${credential.name}=${encode(credential.value)}`);
    else cookie = join(cookie, '; ', `${credential.name}=${encode(credential.value)}`);
  }
  if (cookie) headers['cookie'] = join(headers['cookie'] ?? '', '; ', cookie);
  const init: RequestInit = { method: op.method, headers, body: null, redirect: 'manual', signal: null };
  let replayable = true;
  if (op.body !== undefined) {
    const media = chooseMedia(op.body, options?.contentType, `${op.method} ${template(op)}`);
    try {
      const encoded = encodeBody(media, bodyValue(op, op.body, media, input));
      init.body = encoded.body ?? null;
      if (encoded.type !== undefined) headers['content-type'] = encoded.type;
      if (encoded.stream) (init as { duplex?: string }).duplex = 'half';
      replayable = !encoded.stream;
    } catch (thrown) {
      issues.push(issue(media.key === undefined ? '' : `/${pointerToken(media.key)}`, thrown));
    }
  }
  if (issues.length > 0) throw invalid(op, input, issues, 0);
  if (options?.headers !== undefined) Object.assign(headers, checkHeaders(options.headers, 'the request options'));
  return {
    url: query ? `${ctx.base}${path}?${query}` : ctx.base + path,
    init,
    target: { method: op.method, path },
    replayable,
    retries: count(options?.maxRetries, ctx.maxRetries, 0, 'maxRetries'),
    timeoutMs: count(options?.timeoutMs, ctx.timeoutMs, 1, 'timeoutMs', MAX_TIMER_MS),
    signal: options?.signal,
  };
}

const NONE: readonly ParamSpec[] = [];

function join(text: string, separator: string, part: string): string {
  return part === '' ? text : text === '' ? part : text + separator + part;
}

/** A path parameter as its own segment; '', '.' and '..' would make the URL parser drop or climb one. */
function segment(input: Input, key: string, issues: ValidationIssue[]): string {
  const value = input[key];
  const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
  if (text === '' || text === '.' || text === '..') {
    issues.push({ path: `/${pointerToken(key)}`, keyword: 'pathSegment', message: 'must be a non-empty string other than "." and ".."' });
    return `{${key}}`;
  }
  try {
    return encode(text);
  } catch (thrown) {
    issues.push(issue(`/${pointerToken(key)}`, thrown));
    return `{${key}}`;
  }
}

type Encoder = (name: string, value: unknown, spec: ParamSpec) => string;

/** `encoder` on the value of `spec`, recording what cannot be sent as an issue at its key. */
function guarded(spec: ParamSpec, input: Input, issues: ValidationIssue[], encoder: Encoder): string {
  const key = typeof spec === 'string' ? spec : (spec.key ?? spec.name);
  let value = input[key];
  if (value === undefined || value === null) return '';
  try {
    if (typeof spec === 'string') return encoder(spec, value, spec);
    if (spec.json) value = JSON.stringify(value);
    return encoder(spec.name, value, spec);
  } catch (thrown) {
    issues.push(issue(`/${pointerToken(key)}`, thrown));
    return '';
  }
}

function queryOf(name: string, value: unknown, spec: ParamSpec): string {
  if (typeof value !== 'object') return `${name}=${encode(value)}`;
  return typeof spec === 'string' ? queryPart(name, value) : queryPart(name, value, spec.style, spec.explode);
}

function cookieOf(name: string, value: unknown): string {
  return cookiePart(name, value);
}

/** A header parameter: `[lower-case name, value]`, the value '' when absent or refused. */
function headerOf(spec: ParamSpec, input: Input, issues: ValidationIssue[]): [string, string] {
  const name = (typeof spec === 'string' ? spec : spec.name).toLowerCase();
  const text = guarded(spec, input, issues, (_name, value, s) => headerText(value, typeof s === 'string' ? false : s.explode));
  if (text !== '' && !isHeaderValue(text)) {
    const key = typeof spec === 'string' ? spec : (spec.key ?? spec.name);
    issues.push({ path: `/${pointerToken(key)}`, keyword: 'headerValue', message: 'must be Latin-1 text without control characters' });
    return [name, ''];
  }
  return [name, text];
}

function issue(path: string, thrown: unknown): ValidationIssue {
  if (!(thrown instanceof Unsendable)) throw thrown;
  return { path, keyword: thrown.keyword, message: thrown.message };
}

/** The path template with the path parameters that can be sent filled in, for messages. */
function lenientPath(op: OperationSpec, input: Input): string {
  let path = op.path[0] ?? '';
  for (let i = 1; i < op.path.length; i += 2) path += segment(input, op.path[i]!, []) + (op.path[i + 1] ?? '');
  return path;
}

function invalid(op: OperationSpec, input: Input, issues: readonly ValidationIssue[], omitted: number): RequestValidationError {
  const path = lenientPath(op, input);
  return new RequestValidationError(`Invalid parameters for ${op.method} ${path}: ${describeIssues(issues, omitted, true)}`, {
    method: op.method,
    path,
    issues,
    omitted,
  });
}
