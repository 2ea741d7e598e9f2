/**
 * `createClient`: what every generated factory calls. Everything that can be decided once per
 * client is decided here (options checked, credentials resolved, base URL and default headers
 * built), so that a call only reads the resulting Context.
 */
import { resolveCredentials } from './auth.js';
import { resolveBaseUrl } from './base-url.js';
import type { ApiSpec, ClientPart, Extension, Resource } from './descriptor.js';
import { CloudflareError } from './errors.js';
import type { Context } from './exchange.js';
import type { LogSetup } from './log.js';
import { fill } from './namespace.js';
import { checkHeaders, count, MAX_TIMER_MS, readEnv, type BaseClientOptions } from './options.js';
import type { RawClient, RawNamespace } from './raw.js';
import { redactor } from './redact.js';
import type { Paginator } from './pagination.js';
import type { RetryPolicy } from './retry.js';

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** `['a', 'b']` and `M` -> `{ readonly a: { readonly b: M } }` */
type Nest<At extends readonly string[], M> = At extends readonly [
  infer Head extends string,
  ...infer Rest extends readonly string[],
]
  ? { readonly [K in Head]: Nest<Rest, M> }
  : M;

type TreeOf<R, Paths extends {}> = R extends RawNamespace
  ? { readonly raw: RawClient<Paths> }
  : R extends Resource<infer At, infer Methods>
    ? Nest<At, Methods>
    : R extends Extension<infer At, infer T>
      ? Nest<At, T>
      : never;

/**
 * The client built from the parts `R` (resources typed with their `Methods`; `rawNamespace`
 * typed with `Paths`): what a factory returns, `createClient(api, options, [a, b, rawNamespace])`.
 */
export type ClientFrom<R extends readonly ClientPart[], Paths extends {} = {}> = UnionToIntersection<
  TreeOf<R[number], Paths>
>;

/**
 * The modules a factory builds in (the default one: both), each also an option of its own, so
 * that the lite factory's apps bundle only those they pass.
 */
export interface BuiltIn {
  readonly retries?: RetryPolicy;
  readonly pagination?: Paginator;
  /** Logging from the options `logLevel` and `logger` (`builtInLogging`). */
  readonly logging?: (options: BaseClientOptions) => LogSetup;
}

/**
 * Each client's Context, for what attaches to a client after it is made (`withRaw`). A WeakMap
 * rather than a property: the context holds the credentials, and nothing on the client object
 * itself should let `util.inspect` or a logger reach them.
 */
export const contexts: WeakMap<object, Context> = new WeakMap();

/**
 * The client of `api` with the methods of `resources` (and the extensions among them, such as
 * `rawNamespace`). Throws CloudflareError for unusable
 * options: a credential or header with control or non-Latin-1 characters, half of a credential
 * pair, an http:// base URL to a non-loopback host, a relative one outside a browser, bad numbers,
 * `validateResponses: true` from JavaScript (the response checks come from the option itself,
 * `validateResponses: responseValidators`, so that an app bundles them only when it imports them).
 */
export function createClient<const R extends readonly ClientPart[], Paths extends {} = {}>(
  api: ApiSpec,
  options: BaseClientOptions | undefined,
  resources: R,
  builtIn: BuiltIn = {},
): ClientFrom<R, Paths> {
  const client = {};
  const ctx = context(api, options ?? {}, builtIn);
  contexts.set(client, ctx);
  fill(client, ctx, resources, 0);
  return client as ClientFrom<R, Paths>;
}

function context(api: ApiSpec, options: BaseClientOptions, builtIn: BuiltIn): Context {
  const checks = options.validateResponses || undefined;
  const name = api.userAgent.split('/')[0]!;
  if (checks && typeof checks !== 'function')
    throw new CloudflareError(
      `validateResponses needs the response validators: pass validateResponses: responseValidators, imported from '${name}/response-validators'`,
    );
  const prefix = api.envPrefix;
  const fromEnv = options.baseUrl === undefined && prefix !== undefined ? readEnv(`${prefix}_BASE_URL`) : undefined;
  const source =
    options.baseUrl !== undefined
      ? 'option baseUrl'
      : fromEnv !== undefined
        ? `environment variable ${prefix}_BASE_URL`
        : 'server URL of the spec';
  const base = resolveBaseUrl(options.baseUrl ?? fromEnv ?? api.baseUrl, source, options.allowInsecureHttp === true);
  const resolved =
    options.auth === 'none' ? undefined : resolveCredentials(api, options as Readonly<Record<string, unknown>>);
  const timeoutMs = count(options.timeoutMs, 60_000, 1, 'timeoutMs', MAX_TIMER_MS);
  const ownHeaders = checkHeaders(options.headers, 'the option headers');
  return {
    api,
    base,
    fetch: options.fetch,
    maxRetries: count(options.maxRetries, 2, 0, 'maxRetries'),
    timeoutMs,
    maxPages: count(options.maxPages, 1000, 1, 'maxPages'),
    maxBytes: count(options.maxResponseBytes, 10 * 1024 * 1024, 1, 'maxResponseBytes'),
    retryBaseMs: count(options.retryBaseDelayMs, 500, 0, 'retryBaseDelayMs', MAX_TIMER_MS),
    retry: options.retries ?? builtIn.retries,
    paginate: options.pagination ?? builtIn.pagination,
    headers: { ...platformHeaders(api.userAgent), ...ownHeaders },
    ownHeaders,
    credentials: resolved ? resolved.values : null,
    redact: redactor(resolved ? resolved.secrets : []),
    checks,
    log: logOf(options, builtIn, name)?.(api),
    warnDeprecated: options.warnOnDeprecated !== false,
  };
}

/** The `log` option, else the factory's built-in logging; `logLevel` or `logger` without one is refused. */
function logOf(options: BaseClientOptions, builtIn: BuiltIn, name: string): LogSetup | undefined {
  if (options.log !== undefined) return options.log;
  if (builtIn.logging !== undefined) return builtIn.logging(options);
  if (options.logLevel !== undefined || options.logger !== undefined)
    throw new CloudflareError(
      `This client has no built-in logging: pass log: logging({ level, logger }), imported from '${name}', instead of logLevel and logger`,
    );
  return undefined;
}

/**
 * User-Agent everywhere but in browsers, where it is ignored or, not being a CORS-safelisted
 * header, would turn every request into a preflight. Characters a header cannot carry (a CR/LF
 * from a spec's version string) are dropped rather than sent.
 */
function platformHeaders(userAgent: string): Record<string, string> {
  const global = globalThis as { document?: unknown; importScripts?: unknown };
  if (global.document !== undefined || typeof global.importScripts === 'function') return {};
  return { 'user-agent': userAgent.replace(/[^\u0020-\u007e]/g, '') };
}
