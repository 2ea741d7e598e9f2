import type { ApiSpec, ClientPart, Extension, Resource } from './descriptor.js';
import type { Context } from './exchange.js';
import type { LogSetup } from './log.js';
import type { ParamsValidator } from './operation.js';
import { type BaseClientOptions } from './options.js';
import type { RawClient, RawNamespace } from './raw.js';
import type { Paginator } from './pagination.js';
import type { RetryPolicy } from './retry.js';
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** `['a', 'b']` and `M` -> `{ readonly a: { readonly b: M } }` */
type Nest<At extends readonly string[], M> = At extends readonly [
    infer Head extends string,
    ...infer Rest extends readonly string[]
] ? {
    readonly [K in Head]: Nest<Rest, M>;
} : M;
type TreeOf<R, Paths extends {}> = R extends RawNamespace ? {
    readonly raw: RawClient<Paths>;
} : R extends Resource<infer At, infer Methods> ? Nest<At, Methods> : R extends Extension<infer At, infer T> ? Nest<At, T> : never;
/**
 * The client built from the parts `R` (resources typed with their `Methods`; `rawNamespace`
 * typed with `Paths`): what a factory returns, `createClient(api, options, [a, b, rawNamespace])`.
 */
export type ClientFrom<R extends readonly ClientPart[], Paths extends {} = {}> = UnionToIntersection<TreeOf<R[number], Paths>>;
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
export declare const contexts: WeakMap<object, Context>;
/**
 * The client of `api` with the methods of `resources` (and the extensions among them, such as
 * `rawNamespace`). Throws CloudflareError for unusable
 * options: a credential or header with control or non-Latin-1 characters, half of a credential
 * pair, an http:// base URL to a non-loopback host, a relative one outside a browser, bad numbers,
 * `validateResponses: true` from JavaScript (the response checks come from the option itself,
 * `validateResponses: responseValidators`, so that an app bundles them only when it imports them).
 */
export declare function createClient<const R extends readonly ClientPart[], Paths extends {} = {}>(api: ApiSpec, given: BaseClientOptions | undefined, resources: R, builtIn?: BuiltIn): ClientFrom<R, Paths>;
export {};
