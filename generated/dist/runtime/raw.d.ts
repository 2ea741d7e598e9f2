/**
 * `client.raw`: openapi-fetch's call signature and result (`{ data, error, response }`), on the
 * runtime's own transport: the API's top-level credentials, the client's timeouts and retries
 * (a 429 or 5xx is retried like any call; after the last attempt a non-2xx comes back as
 * `{ error, response }`), redirects never followed (a 3xx comes back as an error), bodies read
 * with the size limit (except `parseAs: 'stream'`).
 *
 * Requests are built as openapi-fetch builds them (same URL, query string, headers and body for
 * the same call); openapi-fetch is a type-only import. Not supported: middleware (`use`,
 * `eject`), per-call `baseUrl`, `fetch` and `Request`, `pathSerializer`, `allowReserved`, and
 * cookie parameters (openapi-fetch ignores those too).
 *
 * Opt-in: `withRaw(client)`, or `rawNamespace` listed among a tree-shakable client's resources;
 * an app that does neither does not bundle this.
 */
import type { Client } from 'openapi-fetch';
import type { Extension } from './descriptor.js';
/** openapi-fetch's client, typed for `Paths`, without middleware. */
export type RawClient<Paths extends {}> = Omit<Client<Paths>, 'use' | 'eject'>;
/** `rawNamespace`'s type: ClientFrom gives it the package's `Paths`. */
export interface RawNamespace extends Extension<readonly ['raw'], RawClient<{}>> {
    readonly raw: true;
}
/** List it among a factory's resources to give its clients `raw`. */
export declare const rawNamespace: RawNamespace;
/**
 * `withRaw(client)`: the same client, with `raw` added (built on first access). The generated
 * package's `/raw` subpath re-exports it typed with the package's paths: the factories leave
 * `raw` out, so that only apps that import this bundle it. Throws CloudflareError for an object
 * that is not a client of this runtime.
 */
export declare function withRaw<C extends object, Paths extends {} = {}>(client: C): C & {
    readonly raw: RawClient<Paths>;
};
