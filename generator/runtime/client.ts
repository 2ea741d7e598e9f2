/**
 * `createClient`: what every generated factory calls. Everything that can be decided once per
 * client is decided here (options checked, credentials resolved, base URL and default headers
 * built), so that a call only reads the resulting Context.
 */
import { resolveCredentials } from './auth.js';
import { resolveBaseUrl } from './base-url.js';
import type { ApiSpec, ClientPart, Extension, Resource } from './descriptor.js';
import { Deadlines } from './deadline.js';
import { CloudflareError } from './errors.js';
import type { Context } from './exchange.js';
import type { LogSetup } from './log.js';
import { fill } from './namespace.js';
import type { ParamsValidator } from './operation.js';
import { checkHeaders, count, MAX_TIMER_MS, packageName, type BaseClientOptions } from './options.js';
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
  /** Runs the resources' parameter checks (`validation`). */
  readonly validation?: ParamsValidator;
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
  given: BaseClientOptions | undefined,
  resources: R,
  builtIn: BuiltIn = {},
): ClientFrom<R, Paths> {
  const options = given ?? {};
  const checks = options.validateResponses || undefined;
  const name = packageName(api);
  if (checks && typeof checks !== 'function')
    throw new CloudflareError(
      `validateResponses needs the response validators: pass validateResponses: responseValidators, imported from '${name}/response-validators'`,
    );
  const base = resolveBaseUrl(api, options);
  const [credentials, secrets] =
    options.auth === 'none' ? [null, []] : resolveCredentials(api, options as Readonly<Record<string, unknown>>);
  const [maxRetries, timeoutMs, maxPages, maxBytes, retryBaseMs] = LIMITS.map(([option, fallback, min, max]) =>
    count(options[option], fallback, min, option, max),
  ) as number[] as [number, number, number, number, number];
  const ownHeaders = checkHeaders(options.headers, 'the option headers');
  // The log option, else the factory's built-in logging; logLevel or logger without either is refused.
  const log = options.log ?? builtIn.logging?.(options);
  if (!log && (options.logLevel ?? options.logger) !== undefined)
    throw new CloudflareError(
      `logLevel and logger need the default factory: pass log: logging({ level, logger }) from '${name}'`,
    );
  const global = globalThis as { document?: unknown; importScripts?: unknown };
  const ctx: Context = {
    api,
    base,
    fetch: options.fetch,
    maxRetries,
    timeoutMs,
    maxPages,
    maxBytes,
    retryBaseMs,
    retry: options.retries ?? builtIn.retries,
    paginate: options.pagination ?? builtIn.pagination,
    validate: builtIn.validation,
    // User-Agent everywhere but in browsers, where it is ignored or, not being a CORS-safelisted
    // header, would turn every request into a preflight. Characters a header cannot carry (a CR/LF
    // from a spec's version string) are dropped rather than sent.
    headers:
      global.document !== undefined || typeof global.importScripts === 'function'
        ? ownHeaders
        : { 'user-agent': api.userAgent.replace(/[^\u0020-\u007e]/g, ''), ...ownHeaders },
    ownHeaders,
    credentials,
    redact: redactor(secrets),
    checks,
    log: log?.(api),
    warnDeprecated: options.warnOnDeprecated !== false,
    deadlines: new Deadlines(timeoutMs),
  };
  const client = {};
  contexts.set(client, ctx);
  fill(client, ctx, resources, 0);
  return client as ClientFrom<R, Paths>;
}

/** The integer options: name, default, least and greatest value. */
const LIMITS: readonly (readonly [
  'maxRetries' | 'timeoutMs' | 'maxPages' | 'maxResponseBytes' | 'retryBaseDelayMs',
  number,
  number,
  number?,
])[] = [
  ['maxRetries', 2, 0],
  ['timeoutMs', 60_000, 1, MAX_TIMER_MS],
  ['maxPages', 1000, 1],
  ['maxResponseBytes', 10 * 1024 * 1024, 1],
  ['retryBaseDelayMs', 500, 0, MAX_TIMER_MS],
];
