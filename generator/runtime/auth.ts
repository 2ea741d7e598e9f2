/**
 * Credentials: where they come from (options, then environment), which security alternative a
 * call uses, and where each goes (a header, the query or a cookie). Everything that can be wrong
 * with them is found when the client is created, with a message naming the option, never the value.
 */
import type { ApiSpec, CredentialSpec } from './descriptor.js';
import { CloudflareError, MissingCredentialsError } from './errors.js';
import { isHeaderValue, readEnv } from './options.js';

/** One credential, ready to send: `in` says where, `name` is lower-case for headers. */
export interface Credential {
  readonly in: 'header' | 'query' | 'cookie';
  readonly name: string;
  readonly value: string;
}

/** Scheme name -> credential, only for those present. */
export type Credentials = ReadonlyMap<string, Credential>;

/** What a credential option was read from, for messages: `option apiToken` or `environment variable X`. */
interface Found {
  readonly spec: CredentialSpec;
  readonly source: string;
  readonly raw: unknown;
}

/**
 * Every credential the client can use, and the secrets to redact from server text. Throws
 * CloudflareError for a value that is not a string (basic: `{ username, password }` of strings),
 * holds a control or non-Latin-1 character, or completes only half of every alternative.
 */
export function resolveCredentials(api: ApiSpec, options: Readonly<Record<string, unknown>>): { values: Credentials; secrets: string[] } {
  const values = new Map<string, Credential>();
  const secrets: string[] = [];
  for (const spec of api.credentials) {
    const found = find(spec, options);
    if (found === undefined) continue;
    const made = credential(found);
    values.set(spec.scheme, made);
    const raw = found.raw as { username?: string; password?: string } | string;
    // For basic, the base64 pair too: a server echoing the Authorization header sends that.
    if (typeof raw === 'string') secrets.push(raw);
    else secrets.push(raw.username ?? '', raw.password ?? '', made.value.slice('Basic '.length));
  }
  refuseHalfPairs(api, values);
  return { values, secrets };
}

function find(spec: CredentialSpec, options: Readonly<Record<string, unknown>>): Found | undefined {
  const given = options[spec.option];
  // `{ apiToken: process.env.X ?? '' }` is a common way to say "none": fall back as for undefined.
  if (given !== undefined && given !== '') return { spec, source: `option ${spec.option}`, raw: given };
  const fromEnv = spec.env === undefined ? undefined : readEnv(spec.env);
  return fromEnv === undefined ? undefined : { spec, source: `environment variable ${spec.env}`, raw: fromEnv };
}

function credential({ spec, source, raw }: Found): Credential {
  if (spec.kind === 'basic') {
    const pair = raw as { username?: unknown; password?: unknown } | null;
    if (typeof pair !== 'object' || pair === null) throw new CloudflareError(`The ${source} must be { username, password }`);
    const value = `${text(pair.username, `${source}.username`)}:${text(pair.password, `${source}.password`)}`;
    return { in: 'header', name: 'authorization', value: `Basic ${btoa(value)}` };
  }
  const value = text(raw, source);
  if (spec.kind === 'bearer') return { in: 'header', name: 'authorization', value: `Bearer ${value}` };
  const name = spec.name ?? spec.scheme;
  return { in: spec.kind, name: spec.kind === 'header' ? name.toLowerCase() : name, value };
}

/** A credential string fit for a header (so also for btoa): Latin-1, no control characters. */
function text(value: unknown, source: string): string {
  if (typeof value !== 'string') throw new CloudflareError(`The ${source} must be a string`);
  if (!isHeaderValue(value))
    throw new CloudflareError(`The ${source} contains a control character (CR, LF or similar) or a character outside Latin-1, which HTTP headers cannot carry`);
  return value;
}

/**
 * `apiKey is set but apiEmail is missing: pass both, or apiToken`: when no alternative of the
 * API's security is complete and one is half given, the caller almost certainly forgot the
 * other half, and a 401 for every call later would not say which.
 */
function refuseHalfPairs(api: ApiSpec, values: Credentials): void {
  const alternatives = api.security;
  if (alternatives.length === 0 || alternatives.some((alt) => alt.every((scheme) => values.has(scheme)))) return;
  for (const alt of alternatives) {
    const given = alt.filter((scheme) => values.has(scheme));
    if (given.length === 0 || given.length === alt.length) continue;
    const missing = alt.filter((scheme) => !values.has(scheme));
    const others = alternatives.filter((other) => other !== alt && other.length > 0);
    const both = alt.length === 2 ? 'both' : 'all of them';
    throw new CloudflareError(
      `${optionList(api, given)} ${given.length > 1 ? 'are' : 'is'} set but ${optionList(api, missing)} ${missing.length > 1 ? 'are' : 'is'} missing: pass ${both}${others.map((other) => `, or ${optionList(api, other)}`).join('')}`,
    );
  }
}

function optionList(api: ApiSpec, schemes: readonly string[]): string {
  return schemes.map((scheme) => api.credentials.find((spec) => spec.scheme === scheme)?.option ?? scheme).join(' and ');
}

/** "apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail and apiKey (or set ...)" */
export function describeAlternatives(api: ApiSpec, security: readonly (readonly string[])[]): string {
  return security
    .map((alt) => {
      const envs = alt.flatMap((scheme) => api.credentials.find((spec) => spec.scheme === scheme)?.env ?? []);
      return envs.length > 0 ? `${optionList(api, alt)} (or set ${envs.join(' and ')})` : optionList(api, alt);
    })
    .join(', or ');
}

const NONE: readonly string[] = [];

/**
 * The first alternative (OR) whose schemes (AND) all have a credential: `[]` for an operation
 * without security or an alternative that needs none; undefined when none can be satisfied.
 */
export function pickAlternative(security: readonly (readonly string[])[], values: Credentials): readonly string[] | undefined {
  if (security.length === 0) return NONE;
  for (const alt of security) {
    let complete = true;
    for (const scheme of alt) complete &&= values.has(scheme);
    if (complete) return alt;
  }
  return undefined;
}

export function missingCredentials(api: ApiSpec, what: string, security: readonly (readonly string[])[]): MissingCredentialsError {
  return new MissingCredentialsError(`${what} needs credentials: pass ${describeAlternatives(api, security)}`);
}
