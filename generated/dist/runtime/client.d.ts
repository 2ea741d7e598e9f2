import type { ApiSpec, ClientPart, Extension, Resource, ResponseChecks } from './descriptor.js';
import { type BaseClientOptions } from './options.js';
import type { RawClient, RawNamespace } from './raw.js';
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
 * The client of `api` with the methods of `resources` (and the extensions among them, such as
 * `rawNamespace`). Throws CloudflareError for unusable
 * options: a credential or header with control or non-Latin-1 characters, half of a credential
 * pair, an http:// base URL to a non-loopback host, a relative one outside a browser, bad numbers,
 * `validateResponses` on a client built without `responseChecks` (the lite factory).
 */
export declare function createClient<const R extends readonly ClientPart[], Paths extends {} = {}>(api: ApiSpec, options: BaseClientOptions | undefined, resources: R, responseChecks?: ResponseChecks): ClientFrom<R, Paths>;
export {};
