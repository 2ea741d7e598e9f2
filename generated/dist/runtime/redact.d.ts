/** Replaces every credential the client holds with `[redacted]`. */
export interface Redact {
    (text: string): string;
    /** The length of the longest form it masks: how far past a cut a secret can reach. */
    readonly longest: number;
}
/**
 * A redactor for `secrets`: matches case-insensitively (a URL host is lower-cased by the parser)
 * and also the other forms a server can echo a credential in. Credentials shorter than 6
 * characters are placeholders (`'t'` in a demo); masking them would shred text.
 */
export declare function redactor(secrets: readonly string[]): Redact;
/**
 * A redacted, single-line excerpt of at most `max` characters (plus an ellipsis). Only the first
 * `max` + longest-secret characters are redacted: a secret overlapping the cut lies within them.
 */
export declare function excerpt(text: string, redact: Redact, max?: number): string;
/**
 * Cloudflare's ray id from `cf-ray` (`8c1f2d3e4a5b6c7d-SJC`), or null when the header is absent
 * or holds anything else: whatever is in it would otherwise land verbatim in error fields.
 */
export declare function requestId(headers: Headers): string | null;
/**
 * A copy of a transport failure fit to be an error's `cause`: each level of the cause chain (at
 * most 4) keeps its name, its `code` when that is a plain constant (`ECONNRESET`) and a redacted
 * excerpt of its message. Nothing else survives: undici's HTTPParserError carries the raw bytes
 * it choked on in `.data`, which `util.inspect` would print, credentials and all.
 */
export declare function sanitizeCause(thrown: unknown, redact: Redact, depth?: number): Error | undefined;
/** A `code` such as `ECONNREFUSED` or `UND_ERR_SOCKET`: upper-case constants carry no secrets. */
export declare function plainCode(code: unknown): string | undefined;
/** The first plain `code` in a cause chain, for a message such as "Connection error ...: ECONNRESET". */
export declare function causeCode(thrown: unknown): string | undefined;
