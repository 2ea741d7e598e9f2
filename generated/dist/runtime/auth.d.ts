/**
 * Credentials: where they come from (options, then environment), which security alternative an
 * operation uses, and the headers that carry them. Resolved once per client; the per-operation
 * header sets are cached by the core, so a call does no credential work.
 */
import type { ApiDescriptor, CredentialSpec } from './core.js';
/** Scheme name -> credential value, only for the credentials that are present. */
export type CredentialValues = ReadonlyMap<string, string>;
/** Replaces every credential the client holds with `[redacted]` in text that came from a server. */
export type Redact = (text: string) => string;
/** Headers to merge over the client's defaults; `null` removes a default header (openapi-fetch). */
export type HeaderPatch = Readonly<Record<string, string | null>>;
export declare function hasControlChar(value: string): boolean;
/**
 * Collect every credential the client can use. Throws (naming the option or variable, never the
 * value) if one holds a control character or is not a string. Empty strings count as absent, so an
 * exported-but-empty variable does not shadow nothing with something useless.
 */
export declare function resolveCredentials(
  specs: readonly CredentialSpec[],
  options: Readonly<Record<string, unknown>>,
): CredentialValues;
/** The first alternative (OR) whose schemes (AND) all have a value; undefined if none does. */
export declare function pickAlternative(
  security: readonly (readonly string[])[],
  values: CredentialValues,
): readonly string[] | undefined;
/** The headers that carry the given schemes' credentials. */
export declare function credentialHeaders(
  specs: readonly CredentialSpec[],
  schemes: readonly string[],
  values: CredentialValues,
): Record<string, string>;
/**
 * What `raw` sends: the first satisfiable alternative of `api.security`. Without it, each bearer
 * scheme alone, then all header schemes together (Cloudflare's email + key), in descriptor order.
 */
export declare function defaultCredentialHeaders(
  api: ApiDescriptor,
  values: CredentialValues,
): Record<string, string>;
/**
 * The patch that turns the client's default (raw) credential headers into the ones `schemes`
 * needs: add what is missing, remove (null) what the operation must not receive.
 */
export declare function operationHeaderPatch(
  defaults: Readonly<Record<string, string>>,
  wanted: Readonly<Record<string, string>>,
): HeaderPatch;
/** "pass apiToken (or set CLOUDFLARE_API_TOKEN), or apiEmail and apiKey (or set ...)" */
export declare function describeAlternatives(
  specs: readonly CredentialSpec[],
  security: readonly (readonly string[])[],
): string;
/**
 * Masks the credentials in text that came from the server before it goes into an error. Values
 * under 6 characters are placeholders (`'t'` in a demo), not secrets, and masking them would
 * shred every message.
 */
export declare function redactor(credentials: CredentialValues): Redact;
