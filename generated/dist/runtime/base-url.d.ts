/**
 * Where requests go, and the rule about where they may go at all: credentials never travel in
 * clear text (http only to loopback, unless the caller says otherwise) or in the URL itself.
 */
import type { ApiSpec } from './descriptor.js';
import { type BaseClientOptions } from './options.js';
/**
 * The base URL without a trailing slash: the option `baseUrl`, else the environment variable
 * `<PREFIX>_BASE_URL`, else the spec's server. A relative one resolves against the page's
 * location: a browser app calling a same-origin proxy, which is the page's own origin. The error
 * names the option (the fix) or the environment variable it came from, never the URL, which may
 * hold a password.
 */
export declare function resolveBaseUrl(api: ApiSpec, options: BaseClientOptions): string;
