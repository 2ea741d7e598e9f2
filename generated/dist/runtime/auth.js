import { CloudflareError } from './errors.js';
// CR/LF would let a value inject headers; other controls are rejected by fetch with an error
// message that quotes the value, so refuse them first with a message that names only the option.
const CONTROL = /[\u0000-\u001f\u007f]/;
export function hasControlChar(value) {
  return CONTROL.test(value);
}
/** Read `process.env` only where it exists (Node, Bun, Deno compat); browsers and Workers have none. */
function readEnv(name) {
  const proc = globalThis.process;
  return proc?.env?.[name];
}
/**
 * Collect every credential the client can use. Throws (naming the option or variable, never the
 * value) if one holds a control character or is not a string. Empty strings count as absent, so an
 * exported-but-empty variable does not shadow nothing with something useless.
 */
export function resolveCredentials(specs, options) {
  const values = new Map();
  for (const spec of specs) {
    let value = options[spec.option];
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
export function pickAlternative(security, values) {
  for (const alternative of security) {
    if (alternative.every((scheme) => values.has(scheme))) return alternative;
  }
  return undefined;
}
/** The headers that carry the given schemes' credentials. */
export function credentialHeaders(specs, schemes, values) {
  const headers = {};
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
export function defaultCredentialHeaders(api, values) {
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
export function operationHeaderPatch(defaults, wanted) {
  const patch = {};
  for (const name in defaults) if (wanted[name] !== defaults[name]) patch[name] = null;
  for (const name in wanted)
    if (wanted[name] !== defaults[name]) patch[name] = wanted[name] ?? null;
  return patch;
}
/** "pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail and apiKey (or set ...)" */
export function describeAlternatives(specs, security) {
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
export function redactor(credentials) {
  const secrets = [...credentials.values()].filter((secret) => secret.length >= 6);
  return (text) => {
    for (const secret of secrets) text = text.split(secret).join('[redacted]');
    return text;
  };
}
