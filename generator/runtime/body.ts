/**
 * Request bodies per BodySpec: which media type a call sends, which part of the params object is
 * the body, and how it is encoded. Every encoding but a ReadableStream can be sent again, so
 * only a stream turns retries off.
 */
import type { BodyMediaSpec, BodySpec, OperationSpec } from './descriptor.js';
import { CloudflareError } from './errors.js';
import { isBinary } from './keywords.js';
import { Unsendable } from './serialize.js';

export interface EncodedBody {
  readonly body: BodyInit | undefined;
  /** The Content-Type to send; undefined for multipart, whose boundary fetch writes itself. */
  readonly type: string | undefined;
  /** A ReadableStream: sent once (`duplex: 'half'`), never retried. */
  readonly stream: boolean;
}

const NO_BODY: EncodedBody = { body: undefined, type: undefined, stream: false };

/** The media type of `contentType` (case-insensitive), or the first; CloudflareError for one not offered. */
export function chooseMedia(spec: BodySpec, contentType: string | undefined, what: string): BodyMediaSpec {
  const first = spec.media[0];
  if (contentType === undefined && first) return first;
  const wanted = contentType?.toLowerCase();
  const found = spec.media.find((media) => media.type.toLowerCase() === wanted);
  if (found) return found;
  throw new CloudflareError(`${what} does not send ${contentType}: use one of ${spec.media.map((media) => media.type).join(', ')}`);
}

const paramKeys = new WeakMap<OperationSpec, ReadonlySet<string>>();

/** The keys of `op`'s path, query, header and cookie parameters: what a flattened body is not. */
function keysOf(op: OperationSpec): ReadonlySet<string> {
  let keys = paramKeys.get(op);
  if (keys === undefined) {
    const set = new Set<string>();
    for (let i = 1; i < op.path.length; i += 2) set.add(op.path[i]!);
    for (const spec of [...(op.query ?? []), ...(op.header ?? []), ...(op.cookie ?? [])])
      set.add(typeof spec === 'string' ? spec : (spec.key ?? spec.name));
    paramKeys.set(op, (keys = set));
  }
  return keys;
}

/** The body in the params object: the value under `media.key`, or every key that is no parameter. */
export function bodyValue(op: OperationSpec, spec: BodySpec, media: BodyMediaSpec, input: Readonly<Record<string, unknown>>): unknown {
  if (media.key !== undefined) return input[media.key];
  const skip = keysOf(op);
  let body: Record<string, unknown> | undefined;
  for (const key in input) if (!skip.has(key) && input[key] !== undefined) (body ??= {})[key] = input[key];
  return body ?? (spec.required ? {} : undefined);
}

/** `value` encoded as `media` says; undefined means no body. Unsendable for what cannot be encoded. */
export function encodeBody(media: BodyMediaSpec, value: unknown): EncodedBody {
  if (value === undefined) return NO_BODY;
  switch (media.kind) {
    case 'json':
      return { body: json(value), type: media.type, stream: false };
    case 'form':
      return { body: formBody(value), type: media.type, stream: false };
    case 'multipart':
      return { body: multipartBody(value, media.parts), type: undefined, stream: false };
    case 'binary':
      return binaryBody(value, media.type);
    default:
      return { body: String(value), type: media.type, stream: false };
  }
}

/** JSON text; a cyclic or too deep value (TypeError, RangeError) cannot be sent. */
function json(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    throw new Unsendable('json');
  }
}

function entries(value: unknown): [string, unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Unsendable('nesting');
  return Object.entries(value);
}

/** application/x-www-form-urlencoded: arrays as repeated fields, objects as JSON text. */
function formBody(value: unknown): URLSearchParams {
  const form = new URLSearchParams();
  for (const [key, field] of entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === undefined || item === null) continue;
      form.append(key, typeof item === 'object' ? json(item) : String(item));
    }
  }
  return form;
}

/** multipart/form-data: Blob/File as files, arrays as repeated fields, objects as JSON parts. */
function multipartBody(value: unknown, parts: Readonly<Record<string, string>> | undefined): FormData {
  const form = new FormData();
  for (const [key, field] of entries(value)) {
    for (const item of Array.isArray(field) ? field : [field]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(key, item);
      else if (item instanceof ArrayBuffer || ArrayBuffer.isView(item)) form.append(key, new Blob([item as ArrayBuffer]));
      else if (typeof item === 'object') form.append(key, new Blob([json(item)], { type: parts?.[key] ?? 'application/json' }));
      else form.append(key, String(item));
    }
  }
  return form;
}

/**
 * Bytes as they are. The declared type is sent, except for a wildcard (`*\/*`, `image/*`): then
 * the Blob's own type, else application/octet-stream.
 */
function binaryBody(value: unknown, declared: string): EncodedBody {
  if (!isBinary(value)) throw new Unsendable('binary');
  const own = value instanceof Blob ? value.type : '';
  const type = declared.includes('*') ? own || 'application/octet-stream' : declared;
  const stream = !(value instanceof Blob) && !(value instanceof ArrayBuffer) && !ArrayBuffer.isView(value);
  return { body: value as BodyInit, type, stream };
}
