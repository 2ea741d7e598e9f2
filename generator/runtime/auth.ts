/**
 * Credentials: where they come from (options, then environment), which security alternative an
 * operation uses, and the headers that carry them. Resolved once per client; the per-operation
 * header sets are cached by the core, so a call does no credential work.
 */
import type { ApiDescriptor, CredentialSpec } from './core.js';
import { CloudflareError } from './errors.js';

/** Scheme name -> credential value, only for the credentials that are present. */
export type CredentialValues = ReadonlyMap<string, string>;

/** Replaces every credential the client holds with `[redacted]` in text that came from a server. */
export type Redact = (text: string) => string;

/** Headers to merge over the client's defaults; `null` removes a default header (openapi-fetch). */
export type HeaderPatch = Readonly<Record<string, string | null>>;

// CR/LF would let a value inject headers; other controls are rejected by fetch with an error
// message that quotes the value, so refuse them first with a message that names only the option.
const CONTROL = /[\u0000-\u001f\u007f]/;

export function hasControlChar(value: string): boolean {
  return CONTROL.test(value);
}

/** Read `process.env` only where it exists (Node, Bun, Deno compat); browsers and Workers have none. */
function readEnv(name: string): string | undefined {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env?.[name];
}

/**
 * Collect every credential the client can use. Throws (naming the option or variable, never the
 * value) if one holds a control character or is not a string. Empty strings count as absent, so an
 * exported-but-empty variable does not shadow nothing with something useless.
 */
export function resolveCredentials(
  specs: readonly CredentialSpec[],
  options: Readonly<Record<string, unknown>>,
): CredentialValues {
  const values = new Map<string, string>();
  for (const spec of specs) {
    let value: unknown = options[spec.option];
    let source = `option ${spec.option}`;
    // `{ apiToken: process.env.X ?? '' }` is a common way to say "none": fall back as for undefined.
    if ((value === undefined || value === '') && spec.env !== undefined) {
      value = readEnv(spec.env);
      source = `environment variable ${spec.env}`;
    }
    if (value === undefined || value === '') continue;
    if (typeof value !== 'string') throw new CloudflareError(`The ${source} must be a string`);
    if (hasControlChar(value))
      throw new CloudflareError(`The ${source} contains a control character (CR, LF or similar)`);
    values.set(spec.scheme, value);
  }
  return values;
}

/** The first alternative (OR) whose schemes (AND) all have a value; undefined if none does. */
export function pickAlternative(
  security: readonly (readonly string[])[],
  values: CredentialValues,
): readonly string[] | undefined {
  for (const alternative of security) {
    if (alternative.every((scheme) => values.has(scheme))) return alternative;
  }
  return undefined;
}

/** The headers that carry the given schemes' credentials. */
export function credentialHeaders(
  specs: readonly CredentialSpec[],
  schemes: readonly string[],
  values: CredentialValues,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const spec of specs) {
    const value = values.get(spec.scheme);
    if (value === undefined || !schemes.includes(spec.scheme)) continue;
    if (spec.kind === 'bearer') headers['Authorization'] = `Bearer ${value}`;
    else headers[spec.header ?? spec.scheme] = value;
  }
  return headers;
}

/**
 * What `raw` sends: the first satisfiable alternative of `api.security`. Without it, each bearer
 * scheme alone, then all header schemes together (Cloudflare's email + key), in descriptor order.
 */
export function defaultCredentialHeaders(api: ApiDescriptor, values: CredentialValues): Record<string, string> {
  const specs = api.credentials;
  const security = api.security ?? [
    ...specs.filter((s) => s.kind === 'bearer').map((s) => [s.scheme]),
    specs.filter((s) => s.kind === 'header').map((s) => s.scheme),
  ];
  const alternative = pickAlternative(
    security.filter((a) => a.length > 0),
    values,
  );
  return alternative ? credentialHeaders(specs, alternative, values) : {};
}

/**
 * The patch that turns the client's default (raw) credential headers into the ones `schemes`
 * needs: add what is missing, remove (null) what the operation must not receive.
 */
export function operationHeaderPatch(
  defaults: Readonly<Record<string, string>>,
  wanted: Readonly<Record<string, string>>,
): HeaderPatch {
  const patch: Record<string, string | null> = {};
  for (const name in defaults) if (wanted[name] !== defaults[name]) patch[name] = null;
  for (const name in wanted) if (wanted[name] !== defaults[name]) patch[name] = wanted[name] ?? null;
  return patch;
}

/** "pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail and apiKey (or set ...)" */
export function describeAlternatives(
  specs: readonly CredentialSpec[],
  security: readonly (readonly string[])[],
): string {
  return security
    .map((alternative) => {
      const found = alternative.map((scheme) => specs.find((s) => s.scheme === scheme));
      const options = found.map((s, i) => s?.option ?? alternative[i]).join(' and ');
      const envs = found.flatMap((s) => (s?.env === undefined ? [] : [s.env]));
      return envs.length > 0 ? `${options} (or set ${envs.join(' and ')})` : options;
    })
    .join(', or ');
}

/**
 * Masks the credentials in text that came from the server before it goes into an error. Values
 * under 6 characters are placeholders (`'t'` in a demo), not secrets, and masking them would
 * shred every message.
 */
export function redactor(credentials: CredentialValues): Redact {
  const secrets = [...credentials.values()].filter((secret) => secret.length >= 6);
  return (text) => {
    for (const secret of secrets) text = text.split(secret).join('[redacted]');
    return text;
  };
}
