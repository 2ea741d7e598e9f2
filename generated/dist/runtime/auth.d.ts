/**
 * Credentials: where they come from (options, then environment), which security alternative a
 * call uses, and where each goes (a header, the query or a cookie). Everything that can be wrong
 * with them is found when the client is created, with a message naming the option, never the value.
 */
import type { ApiSpec } from './descriptor.js';
import { MissingCredentialsError } from './errors.js';
/** One credential, ready to send: `in` says where, `name` is lower-case for headers. */
export interface Credential {
    readonly in: 'header' | 'query' | 'cookie';
    readonly name: string;
    readonly value: string;
}
/** Scheme name -> credential, only for those present. */
export type Credentials = ReadonlyMap<string, Credential>;
/**
 * Every credential the client can use, and the secrets to redact from server text. Throws
 * CloudflareError for a value that is not a string (basic: `{ username, password }` of strings)
 * fit for an HTTP header (Latin-1, no control characters: CR/LF would inject headers), or that
 * completes only half of every alternative.
 */
export declare function resolveCredentials(api: ApiSpec, options: Readonly<Record<string, unknown>>): {
    values: Credentials;
    secrets: string[];
};
/**
 * The first alternative (OR) whose schemes (AND) all have a credential: `[]` for an operation
 * without security or an alternative that needs none; undefined when none can be satisfied.
 */
export declare function pickAlternative(security: readonly (readonly string[])[], values: Credentials): readonly string[] | undefined;
/** "GET /x needs credentials: pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail and apiKey (or set ...)" */
export declare function missingCredentials(api: ApiSpec, what: string, security: readonly (readonly string[])[]): MissingCredentialsError;
