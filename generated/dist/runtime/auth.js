import { CloudflareError, MissingCredentialsError } from './errors.js';
import { isHeaderValue, readEnv } from './options.js';
/**
 * Every credential the client can use, and the secrets to redact from server text. Throws
 * CloudflareError for a value that is not a string (basic: `{ username, password }` of strings)
 * fit for an HTTP header (Latin-1, no control characters: CR/LF would inject headers), or that
 * completes only half of every alternative.
 */
export function resolveCredentials(api, options) {
    const values = new Map();
    const secrets = [];
    for (const { scheme, option, env, kind, name = scheme } of api.credentials) {
        let raw = options[option];
        let source = `option ${option}`;
        // `{ apiToken: process.env.X ?? '' }` is a common way to say "none": fall back as for undefined.
        if (raw === undefined || raw === '')
            [raw, source] = [env && readEnv(env), `environment variable ${env}`];
        if (raw === undefined || raw === '')
            continue;
        const basic = kind === 'basic';
        const parts = basic
            ? [raw?.username, raw?.password]
            : [raw];
        if (!parts.every(isHeaderValue))
            throw new CloudflareError(`The ${source} must be ${basic ? '{ username, password } of strings' : 'a string'} without control characters or characters outside Latin-1`);
        const value = basic ? btoa(parts.join(':')) : raw;
        // For basic, the base64 pair too: a server echoing the Authorization header sends that.
        secrets.push(...parts, value);
        values.set(scheme, kind === 'bearer' || basic
            ? { in: 'header', name: 'authorization', value: `${basic ? 'Basic' : 'Bearer'} ${value}` }
            : { in: kind, name: kind === 'header' ? name.toLowerCase() : name, value });
    }
    refuseHalfPairs(api, values);
    return { values, secrets };
}
/**
 * `apiKey is set but apiEmail is missing: pass both, or apiToken`: when no alternative of the
 * API's security is complete and one is half given, the caller almost certainly forgot the
 * other half, and a 401 for every call later would not say which.
 */
function refuseHalfPairs(api, values) {
    const all = api.security;
    if (pickAlternative(all, values))
        return;
    for (const alt of all) {
        const given = alt.filter((scheme) => values.has(scheme));
        const missing = alt.filter((scheme) => !values.has(scheme));
        if (given.length === 0 || missing.length === 0)
            continue;
        const be = (list) => `${options(api, list)} ${list.length > 1 ? 'are' : 'is'}`;
        const others = all
            .filter((other) => other !== alt && other.length > 0)
            .map((other) => `, or ${options(api, other)}`);
        throw new CloudflareError(`${be(given)} set but ${be(missing)} missing: pass ${alt.length === 2 ? 'both' : 'all of them'}${others.join('')}`);
    }
}
/** `apiEmail and apiKey`: the options of `schemes`. */
function options(api, schemes) {
    return schemes
        .map((scheme) => api.credentials.find((spec) => spec.scheme === scheme)?.option ?? scheme)
        .join(' and ');
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
/** "GET /x needs credentials: pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail and apiKey (or set ...)" */
export function missingCredentials(api, what, security) {
    const ways = security.map((alt) => {
        const envs = alt.flatMap((scheme) => api.credentials.find((spec) => spec.scheme === scheme)?.env ?? []);
        return options(api, alt) + (envs.length > 0 ? ` (or set ${envs.join(' and ')})` : '');
    });
    return new MissingCredentialsError(`${what} needs credentials: pass ${ways.join(', or ')}`);
}
