/**
 * Everything that turns text from the network into text fit for an error: credential redaction,
 * short single-line excerpts, the request id, and a sanitised copy of a transport failure.
 *
 * Order matters: redact first, then truncate, or a credential cut at the truncation point would
 * leave its first half in the message where the redaction cannot recognise it.
 */
const REDACTED = '[redacted]';
/** Credentials shorter than this are placeholders (`'t'` in a demo); masking them would shred text. */
const MIN_SECRET = 6;
const identity = Object.assign((text) => text, { longest: 0 });
/**
 * A redactor for `secrets`: matches case-insensitively (a URL host is lower-cased by the parser)
 * and also their percent-encoded forms (a credential inside a URL path or query).
 */
export function redactor(secrets) {
    const forms = new Set();
    for (const secret of secrets) {
        if (secret.length < MIN_SECRET)
            continue;
        forms.add(secret);
        // As a URL path or query would carry it (encodeURI and encodeURIComponent encode different sets).
        forms.add(encodeURI(secret));
        forms.add(encodeURIComponent(secret));
    }
    if (forms.size === 0)
        return identity;
    // Longest first, so a secret that contains another is masked whole.
    const source = [...forms]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
    const pattern = new RegExp(source, 'gi');
    const longest = Math.max(...[...forms].map((form) => form.length));
    return Object.assign((text) => text.replace(pattern, REDACTED), { longest });
}
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
/**
 * A redacted, single-line excerpt of at most `max` characters (plus an ellipsis). Only the first
 * `max` + longest-secret characters are redacted: a secret overlapping the cut lies within them.
 */
export function excerpt(text, redact, max = 100) {
    const window = max + redact.longest;
    const clean = redact(text.length > window ? text.slice(0, window) : text).replace(/[\u0000-\u001f\u007f]+/g, ' ');
    return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
/**
 * Cloudflare's ray id from `cf-ray` (`8c1f2d3e4a5b6c7d-SJC`), or null when the header is absent
 * or holds anything else: whatever is in it would otherwise land verbatim in error fields.
 */
export function requestId(headers) {
    const ray = headers.get('cf-ray');
    return ray !== null && /^[0-9a-f]{8,32}(?:-[a-z0-9]{2,8})?$/i.test(ray) ? ray : null;
}
/**
 * A copy of a transport failure fit to be an error's `cause`: each level of the cause chain (at
 * most 4) keeps its name, its `code` when that is a plain constant (`ECONNRESET`) and a redacted
 * excerpt of its message. Nothing else survives: undici's HTTPParserError carries the raw bytes
 * it choked on in `.data`, which `util.inspect` would print, credentials and all.
 */
export function sanitizeCause(thrown, redact, depth = 0) {
    if (depth > 3 || thrown === undefined || thrown === null)
        return undefined;
    const source = typeof thrown === 'object'
        ? thrown
        : { message: thrown };
    const name = typeof source.name === 'string' && /^\w{1,40}$/.test(source.name) ? source.name : 'Error';
    const code = plainCode(source.code);
    const message = excerpt(String(source.message ?? ''), redact, 200);
    const inner = sanitizeCause(source.cause, redact, depth + 1);
    const copy = new Error(code ? `${message} (${code})` : message, inner ? { cause: inner } : undefined);
    Object.defineProperty(copy, 'name', { value: name, configurable: true, writable: true });
    if (code)
        Object.assign(copy, { code });
    return copy;
}
/** A `code` such as `ECONNREFUSED` or `UND_ERR_SOCKET`: upper-case constants carry no secrets. */
export function plainCode(code) {
    return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,40}$/.test(code) ? code : undefined;
}
/** The first plain `code` in a cause chain, for a message such as "Connection error ...: ECONNRESET". */
export function causeCode(thrown) {
    let current = thrown;
    for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
        const code = plainCode(current.code);
        if (code)
            return code;
        current = current.cause;
    }
    return undefined;
}
