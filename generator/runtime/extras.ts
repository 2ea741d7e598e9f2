/**
 * What an operation sends besides its path, query and credentials: header and cookie parameters,
 * and the body. Descriptors of operations that have any reference `requestExtras` (generated
 * code imports it), so that an app whose calls take none bundles none of this code.
 */
import { bodyValue, chooseMedia } from './body.js';
import type { OperationSpec, ParamSpec } from './descriptor.js';
import { pointerToken } from './keywords.js';
import { issue, join, param, template, type Init, type Input } from './operation.js';
import { isHeaderValue, type RequestOptions } from './options.js';
import { encode, joined, plain, Unsendable } from './serialize.js';
import type { ValidationIssue } from './validation.js';

/** The cookie text of the parameters, and whether the body can be sent again (not a stream). */
export interface Extras {
  readonly cookie: string;
  readonly replayable: boolean;
}

/**
 * Adds the header parameters and the body to `init` (its headers and body), returns the cookie
 * parameters; what cannot be sent is recorded in `issues`.
 */
export function requestExtras(
  op: OperationSpec,
  input: Input,
  options: RequestOptions | undefined,
  init: Init,
  issues: ValidationIssue[],
): Extras {
  const headers = init.headers;
  for (const spec of op.header ?? NONE) {
    const text = param(spec, input, issues, headerOf);
    if (text) headers[(typeof spec === 'string' ? spec : spec.name).toLowerCase()] = text;
  }
  let cookie = '';
  for (const spec of op.cookie ?? NONE) cookie = join(cookie, '; ', param(spec, input, issues, cookieOf));
  let replayable = true;
  if (op.body) {
    const media = chooseMedia(op.body, options?.contentType, `${op.method} ${template(op)}`);
    try {
      const value = bodyValue(op, op.body, media, input);
      const encoded = value === undefined ? undefined : media.encode(value, media);
      if (encoded) {
        init.body = encoded.body;
        if (encoded.type) headers['content-type'] = encoded.type;
        if (encoded.stream) init.duplex = 'half';
        replayable = !encoded.stream;
      }
    } catch (thrown) {
      issues.push(issue(media.key === undefined ? '' : `/${pointerToken(media.key)}`, thrown));
    }
  }
  return { cookie, replayable };
}

const NONE: readonly ParamSpec[] = [];

/** A header parameter, style simple: arrays and objects comma-separated, nothing encoded. */
function headerOf(_name: string, value: unknown, spec: ParamSpec): string {
  const text = joined(value, typeof spec !== 'string' && spec.explode === true, plain);
  if (!isHeaderValue(text)) throw new Unsendable('headerValue', 'must be Latin-1 text without control characters');
  return text;
}

/** A cookie parameter, style form: `name=value`, arrays and objects comma-separated, encoded. */
function cookieOf(name: string, value: unknown): string {
  return `${name}=${joined(value, false, encode)}`;
}
