import { CloudflareError, MissingCredentialsError } from './errors.js';
import { headerSafe, readEnv } from './options.js';
/**
 * Every credential the client can use, and the secrets to redact from server text. Throws
 * CloudflareError for a value that is not a string (basic: `{ username, password }` of strings)
 * fit for an HTTP header (Latin-1, no control characters: CR/LF would inject headers), or that
 * completes only half of every alternative.
 */
export function resolveCredentials(api, options) {
    const values = new Map();
    const secrets = [];
    const all = api.security;
    for (const spec of api.credentials) {
        const { option, env } = spec;
        let raw = options[option];
        let source = `option ${option}`;
        // `{ apiToken: process.env.X ?? '' }` is a common way to say "none": fall back as for undefined.
        if (raw === undefined || raw === '')
            [raw, source] = [readEnv(env), `environment variable ${env}`];
        if (raw === undefined)
            continue;
        // The value sent, then further secrets (basic: the parts of the base64 pair).
        const [value, ...parts] = spec.basic ? spec.basic(raw, source) : [headerSafe(raw, source)];
        secrets.push(value, ...parts);
        values.set(spec.scheme, { ...spec, value: (spec.prefix ?? '') + value });
    }
    // `apiEmail and apiKey go together`: when no alternative is complete and one is half given, the caller
    // almost certainly forgot the other half, and a 401 for every call later would not say which.
    const half = !pickAlternative(all, values) && all.find((alt) => alt.some((scheme) => values.has(scheme)));
    if (half)
        throw new CloudflareError(`${describe(api, half)} go together: pass ${ways(api, all)}`);
    return [values, secrets];
}
/**
 * HTTP basic, referenced by the credential specs of APIs that have such a scheme (so that only
 * their apps bundle it): `{ username, password }` -> the base64 pair, then both parts to redact.
 */
export function basicAuth(raw, source) {
    const { username, password } = Object(raw);
    const shape = '{ username, password } of strings';
    const parts = [headerSafe(username, source, shape), headerSafe(password, source, shape)];
    return [btoa(parts.join(':')), ...parts];
}
/**
 * The first alternative (OR) whose schemes (AND) all have a credential: `[]` for an operation
 * without security or an alternative that needs none; undefined when none can be satisfied.
 */
export function pickAlternative(security, values) {
    if (security.length === 0)
        return security;
    for (const alt of security)
        if (alt.every((scheme) => values.has(scheme)))
            return alt;
    return undefined;
}
/** "GET /x needs credentials: pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail (or set ...) and apiKey (or set ...)" */
export function missingCredentials(api, what, security) {
    return new MissingCredentialsError(`${what} needs credentials: pass ${ways(api, security)}`);
}
/** Every way to satisfy `security`: `apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail (or set ...) and ...`. */
function ways(api, security) {
    return security.map((alt) => describe(api, alt, true)).join(', or ');
}
/** `apiEmail and apiKey`: the options of `schemes` (a scheme without one by its name), `withEnv` their variables. */
function describe(api, schemes, withEnv) {
    return schemes
        .map((scheme) => {
        const spec = api.credentials.find((spec) => spec.scheme === scheme);
        return spec ? spec.option + (withEnv && spec.env ? ` (or set ${spec.env})` : '') : scheme;
    })
        .join(' and ');
}
