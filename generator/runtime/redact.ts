/**
 * Everything that turns text from the network into text fit for an error: credential redaction,
 * short single-line excerpts, the request id, and a sanitised copy of a transport failure.
 *
 * Order matters: redact first, then truncate, or a credential cut at the truncation point would
 * leave its first half in the message where the redaction cannot recognise it.
 */
import { pointerToken } from './keywords.js';

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
export function redactor(secrets: readonly string[]): Redact {
  // Longest first, so that a secret that contains another is masked whole.
  const forms = secrets
    .filter((secret) => secret.length >= 6)
    .flatMap(echoes)
    .sort((a, b) => b.length - a.length);
  // Every non-word character escaped (an identity escape outside Unicode mode); `(?!)` matches
  // nothing: with no credential, text passes unchanged.
  const pattern = new RegExp(forms.map((form) => form.replace(/\W/g, '\\$&')).join('|') || '(?!)', 'gi');
  return Object.assign((text: string) => text.replace(pattern, '[redacted]'), { longest: forms[0]?.length ?? 0 });
}

/**
 * A credential as it can come back: as sent (fetch trims a header value's spaces and tabs), in a
 * URL path or query (encodeURI and encodeURIComponent encode different sets; a form query writes
 * `+` for a space), inside a JSON string (with `/` escaped or not), and as a JSON pointer token
 * (a response check's issue path).
 */
function echoes(secret: string): string[] {
  const json = JSON.stringify(secret).slice(1, -1);
  const forms = [
    secret,
    secret.replace(/^[\t ]+|[\t ]+$/g, ''),
    encodeURI(secret),
    encodeURIComponent(secret),
    new URLSearchParams([['', secret]]).toString().slice(1),
    json,
    json.replace(/\//g, '\\/'),
    pointerToken(secret),
  ];
  // A trimmed form can be shorter than its secret, or empty (which would match everywhere).
  return forms.filter((form) => form.length >= 6);
}

/**
 * A redacted, single-line excerpt of at most `max` characters (plus an ellipsis). Only the first
 * `max` + longest-secret characters are redacted: a secret overlapping the cut lies within them.
 */
export function excerpt(text: string, redact: Redact, max = 100): string {
  const clean = redact(text.slice(0, max + redact.longest)).replace(/[\u0000-\u001f\u007f]+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}

/** `value` when it is a string of the given shape (which cannot carry a secret), else undefined. */
function plain(value: unknown, shape: RegExp): string | undefined {
  return typeof value === 'string' && shape.test(value) ? value : undefined;
}

/**
 * Cloudflare's ray id from `cf-ray` (`8c1f2d3e4a5b6c7d-SJC`), or null when the header is absent
 * or holds anything else: whatever is in it would otherwise land verbatim in error fields.
 */
export function requestId(headers: Headers): string | null {
  return plain(headers.get('cf-ray'), /^[0-9a-f]{8,32}(?:-[a-z0-9]{2,8})?$/i) ?? null;
}

/**
 * A copy of a transport failure fit to be an error's `cause`: each level of the cause chain (at
 * most 4) keeps its name, its `code` when that is a plain constant (`ECONNRESET`) and a redacted
 * excerpt of its message. Nothing else survives: undici's HTTPParserError carries the raw bytes
 * it choked on in `.data`, which `util.inspect` would print, credentials and all.
 */
export function sanitizeCause(thrown: unknown, redact: Redact, depth = 0): Error | undefined {
  if (depth > 3 || thrown == null) return undefined;
  const source = (typeof thrown === 'object' ? thrown : { message: thrown }) as {
    name?: unknown;
    message?: unknown;
    code?: unknown;
    cause?: unknown;
  };
  const code = plainCode(source.code);
  const message = excerpt(String(source.message ?? ''), redact, 200);
  const inner = sanitizeCause(source.cause, redact, depth + 1);
  const copy = Object.assign(
    new Error(code ? `${message} (${code})` : message, inner && { cause: inner }),
    code && { code },
  );
  return Object.defineProperty(copy, 'name', {
    value: plain(source.name, /^\w{1,40}$/) ?? 'Error',
    configurable: true,
    writable: true,
  });
}

/** A `code` such as `ECONNREFUSED` or `UND_ERR_SOCKET`: upper-case constants carry no secrets. */
export function plainCode(code: unknown): string | undefined {
  return plain(code, /^[A-Z][A-Z0-9_]{0,40}$/);
}

/** The first plain `code` in a cause chain, for a message such as "Connection error ...: ECONNRESET". */
export function causeCode(thrown: unknown): string | undefined {
  for (let depth = 0, code; depth < 4 && thrown != null; depth++, thrown = (thrown as { cause?: unknown }).cause)
    if ((code = plainCode((thrown as { code?: unknown }).code))) return code;
  return undefined;
}
