/**
 * What an operation sends besides its path, query and credentials: header and cookie parameters
 * (`requestHeaders`), and the body (`requestBody`). Descriptors list those they need (`extras`,
 * which generated code imports), so that an app whose calls take none bundles none of this code,
 * and one that sends bodies but no header parameters none of theirs.
 */
import { bodyValue, chooseMedia } from './body.js';
import type { OperationSpec, ParamSpec } from './descriptor.js';
import { issue, param, type Init, type Input } from './operation.js';
import { isHeaderValue, type RequestOptions } from './options.js';
import { encode, joined, jsonContent, plain, Unsendable } from './serialize.js';
import type { ValidationIssue } from './validation.js';

/**
 * One of a descriptor's `extras`: adds its part of the request to `init` (headers, body, `duplex`
 * for a stream) or to `cookies` (`name=value`, '' for none); what cannot be sent is recorded in
 * `issues`.
 */
export type RequestPart = (
  op: OperationSpec,
  input: Input,
  options: RequestOptions | undefined,
  init: Init,
  issues: ValidationIssue[],
  cookies: (string | undefined)[],
) => void;

/** The header parameters (style simple) and the cookie parameters (style form). */
export const requestHeaders: RequestPart = (op, input, _options, init, issues, cookies) => {
  for (const spec of op.header ?? []) {
    const text = param(spec, input, issues, headerOf);
    if (text) init.headers[(typeof spec === 'string' ? spec : spec.name).toLowerCase()] = text;
  }
  for (const spec of op.cookie ?? []) cookies.push(param(spec, input, issues, cookieOf));
};

/** The body, in the media type the call's `contentType` names (default: the first). */
export const requestBody: RequestPart = (op, input, options, init, issues) => {
  const media = chooseMedia(op.body!, options?.contentType, `${op.method} ${op.path}`);
  try {
    const value = bodyValue(op, op.body!, media, input);
    const encoded = value === undefined ? undefined : media.encode(value, media);
    if (encoded) {
      init.body = encoded.body;
      if (encoded.type) init.headers['content-type'] = encoded.type;
      if (encoded.stream) init.duplex = 'half';
    }
  } catch (thrown) {
    issues.push(issue(media.key, thrown));
  }
};

/** A header parameter, style simple: arrays and objects comma-separated, nothing encoded. */
function headerOf(_name: string, value: unknown, spec: ParamSpec): string {
  if (value == null) return '';
  const text = joined(jsonContent(value, spec), typeof spec !== 'string' && spec.explode === true, plain);
  if (!isHeaderValue(text)) throw new Unsendable('headerValue', 'must be Latin-1 text without control characters');
  return text;
}

/** A cookie parameter, style form: `name=value`, arrays and objects comma-separated, encoded. */
function cookieOf(name: string, value: unknown, spec: ParamSpec): string {
  return value == null ? '' : `${name}=${joined(jsonContent(value, spec), false, encode)}`;
}
