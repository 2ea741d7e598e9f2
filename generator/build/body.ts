import type { BodyKind, BodyMedia, Json, NamedExample, Param, RequestBody, Schema } from '../model/index.js';
import { isRecord, joinPointer } from '../util/pointer.js';
import { type BuildContext, at, objectAt, text } from './context.js';
import { mediaExamples } from './examples.js';
import { followRefs, type NamedLookup, objectShape } from './object-shape.js';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
const TEXT_TYPE = /^(?:text\/[\w.+-]+|application\/(?:javascript|x-ndjson|x-yaml|yaml|xml|[\w.+-]+\+xml))$/i;

/** How a media type is sent; anything unknown (octet-stream, images, `*\/*`) is sent as bytes. */
export function bodyKind(mediaType: string): BodyKind {
  const bare = mediaType.split(';')[0]?.trim() ?? '';
  if (JSON_TYPE.test(bare)) return 'json';
  if (/^multipart\//i.test(bare)) return 'multipart';
  if (/^application\/x-www-form-urlencoded$/i.test(bare)) return 'form';
  if (TEXT_TYPE.test(bare)) return 'text';
  return 'binary';
}

/**
 * The request body, every media type of it. JSON (when offered) comes first: it is the default a
 * caller gets without naming a content type. Each media type's body is flattened into the params
 * object when it is a plain object whose property names clash with no parameter (as Stainless
 * SDKs take body fields beside path and query parameters); otherwise it is the value of one key.
 */
export function buildRequestBody(
  ctx: BuildContext,
  opPointer: string,
  params: readonly Param[],
  named: NamedLookup,
): RequestBody | undefined {
  const site = joinPointer(opPointer, 'requestBody');
  const found = objectAt(ctx, site);
  if (found === undefined) return undefined;
  const content = isRecord(found.node.content) ? found.node.content : {};
  const keys = new Set(params.map((param) => param.key));
  const bodyKey = freeKey('body', keys);
  const required = found.node.required === true;
  const media = Object.keys(content).map((mediaType) =>
    buildMedia(ctx, joinPointer(found.pointer, 'content', mediaType), mediaType, { keys, bodyKey, required, named }),
  );
  if (media.length === 0) {
    ctx.issues.warn(
      'media_type_without_schema',
      at(ctx, site),
      'the request body lists no media type; the operation sends none',
    );
    return undefined;
  }
  const description = text(found.node, 'description');
  return {
    required,
    ...(description === undefined ? {} : { description }),
    media: [...media.filter((m) => m.kind === 'json'), ...media.filter((m) => m.kind !== 'json')],
    at: at(ctx, site),
  };
}

interface MediaContext {
  /** The parameters' keys: a body field named like one is not flattened beside it. */
  readonly keys: ReadonlySet<string>;
  readonly bodyKey: string;
  readonly required: boolean;
  readonly named: NamedLookup;
}

function buildMedia(ctx: BuildContext, pointer: string, mediaType: string, media: MediaContext): BodyMedia {
  const { bodyKey } = media;
  const node = objectAt(ctx, pointer)?.node ?? {};
  const declared = bodyKind(mediaType);
  const declaredSchema = node.schema === undefined ? undefined : ctx.schema(joinPointer(pointer, 'schema'));
  // A text type whose schema is a binary string (an `.ndjson` or `.csv` file) is typed as bytes and
  // sent as they are (its schema kept for the docs); the text encoder would send String(blob),
  // "[object Blob]".
  const file = declared === 'text' && declaredSchema !== undefined && isBinaryString(declaredSchema, media.named);
  const kind = file ? 'binary' : declared;
  const schema = file ? declaredSchema : mediaSchema(ctx, pointer, node, kind, mediaType);
  return {
    mediaType,
    kind,
    schema,
    flat: flattens(kind, schema, media),
    bodyKey,
    partTypes: kind === 'multipart' ? partTypes(node) : [],
    examples: mediaExamples(ctx, pointer, node),
    at: at(ctx, pointer),
  };
}

/**
 * Flattened only when the params object can say exactly what the body schema says: a plain object
 * (through refs and allOf) with named properties, none named like a parameter, and no
 * `additionalProperties` beyond a top-level `false`. An optional body with required fields stays
 * whole: flattened, its fields could not be both optional and required.
 */
function flattens(kind: BodyKind, schema: Schema, media: MediaContext): boolean {
  if (kind !== 'json' && kind !== 'multipart' && kind !== 'form') return false;
  const shape = objectShape(schema, media.named);
  if (shape === undefined || shape.properties.size === 0 || shape.additional === 'other') return false;
  if (!media.required && shape.required.size > 0) return false;
  return ![...shape.properties.keys()].some((name) => media.keys.has(name));
}

/** `type: string, format: binary` (through references): a file's bytes. */
function isBinaryString(schema: Schema, named: NamedLookup): boolean {
  const target = followRefs(schema, named);
  const type = target?.keywords.type;
  return target?.annotations.format === 'binary' && type?.length === 1 && type[0] === 'string';
}

/** A binary body needs no schema (its bytes are sent as they are); others get `unknown` and a warning. */
function mediaSchema(
  ctx: BuildContext,
  pointer: string,
  node: Record<string, Json>,
  kind: BodyKind,
  mediaType: string,
): Schema {
  const where = at(ctx, pointer);
  if (kind === 'binary')
    return { kind: 'schema', at: where, keywords: { format: 'binary' }, annotations: { format: 'binary' } };
  if (node.schema !== undefined) return ctx.schema(joinPointer(pointer, 'schema'));
  if (kind === 'text') return { kind: 'schema', at: where, keywords: { type: ['string'] }, annotations: {} };
  ctx.issues.warn(
    'media_type_without_schema',
    where,
    `media type ${mediaType} has no schema; the body is typed unknown`,
  );
  return { kind: 'schema', at: where, keywords: {}, annotations: {} };
}

/** multipart `encoding`: the Content-Type of each part that the spec pins down. */
function partTypes(node: Record<string, Json>): BodyMedia['partTypes'] {
  const encoding = isRecord(node.encoding) ? node.encoding : {};
  return Object.entries(encoding).flatMap(([property, value]) => {
    const contentType = isRecord(value) && typeof value.contentType === 'string' ? sendable(value.contentType) : '';
    return contentType ? [{ property, contentType }] : [];
  });
}

/**
 * The one media type to send for an `encoding.contentType`, which may be a comma-separated list
 * of what the server accepts, wildcards included (`image/png, image/*`): not itself a Content-Type.
 * A JSON type first (object parts are sent as JSON), else the first without a wildcard; '' for none.
 */
function sendable(contentType: string): string {
  const types = contentType
    .split(',')
    .map((type) => type.trim())
    .filter((type) => type !== '' && !type.includes('*'));
  return types.find((type) => bodyKind(type) === 'json') ?? types[0] ?? '';
}

/** `body`, or `requestBody`, `body2`... when a parameter already has that key. */
function freeKey(preferred: string, taken: ReadonlySet<string>): string {
  if (!taken.has(preferred)) return preferred;
  if (!taken.has('requestBody')) return 'requestBody';
  let key = `${preferred}2`;
  for (let n = 3; taken.has(key); n++) key = `${preferred}${n}`;
  return key;
}

export type { NamedExample };
