/**
 * Credentials: where they come from (options, then environment), which security alternative a
 * call uses, and where each goes (a header, the query or a cookie). Everything that can be wrong
 * with them is found when the client is created, with a message naming the option, never the value.
 */
import type { ApiSpec, CredentialSpec } from './descriptor.js';
import { MissingCredentialsError } from './errors.js';
/** One credential, ready to send: its spec (`in`: absent for a header; `name`) and the value. */
export type Credential = CredentialSpec & {
    readonly value: string;
};
/** Scheme name -> credential, only for those present. */
export type Credentials = ReadonlyMap<string, Credential>;
/**
 * Every credential the client can use, and the secrets to redact from server text. Throws
 * CloudflareError for a value that is not a string (basic: `{ username, password }` of strings)
 * fit for an HTTP header (Latin-1, no control characters: CR/LF would inject headers), or that
 * completes only half of every alternative.
 */
export declare function resolveCredentials(api: ApiSpec, options: Readonly<Record<string, unknown>>): [values: Credentials, secrets: string[]];
/**
 * HTTP basic, referenced by the credential specs of APIs that have such a scheme (so that only
 * their apps bundle it): `{ username, password }` -> the base64 pair, then both parts to redact.
 */
export declare function basicAuth(raw: unknown, source: string): [string, ...string[]];
/**
 * The first alternative (OR) whose schemes (AND) all have a credential: `[]` for an operation
 * without security or an alternative that needs none; undefined when none can be satisfied.
 */
export declare function pickAlternative(security: readonly (readonly string[])[], values: Credentials): readonly string[] | undefined;
/** "GET /x needs credentials: pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail (or set ...) and apiKey (or set ...)" */
export declare function missingCredentials(api: ApiSpec, what: string, security: readonly (readonly string[])[]): MissingCredentialsError;
