import type { Json } from '../model/at.js';
import type { Annotations } from '../model/schema.js';
import type { RawSchema } from './keyword.js';

/** The words that annotate a schema without constraining values: read as written. */
export const ANNOTATION_KEYS: ReadonlySet<string> = new Set([
  'title',
  'description',
  'deprecated',
  'readOnly',
  'writeOnly',
  'default',
  'examples',
  'example',
  'format',
  'nullable',
  'externalDocs',
  'xml',
  '$schema',
  '$id',
  '$anchor',
  '$dynamicAnchor',
  '$comment',
  '$defs',
  'definitions',
  '$vocabulary',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
]);

/** OpenAPI 3.0's single `example` joins `examples`, so that one list holds them all. */
export function readAnnotations(raw: RawSchema): Annotations {
  const annotations: { -readonly [K in keyof Annotations]: Annotations[K] } = {};
  if (typeof raw.title === 'string') annotations.title = raw.title;
  if (typeof raw.description === 'string') annotations.description = raw.description;
  if (raw.deprecated === true) annotations.deprecated = true;
  if (raw.readOnly === true) annotations.readOnly = true;
  if (raw.writeOnly === true) annotations.writeOnly = true;
  if (Object.hasOwn(raw, 'default')) annotations.default = { value: raw.default as Json };
  const examples = [...(Array.isArray(raw.examples) ? (raw.examples as Json[]) : [])];
  if (Object.hasOwn(raw, 'example')) examples.push(raw.example as Json);
  if (examples.length > 0) annotations.examples = examples;
  if (typeof raw.format === 'string') annotations.format = raw.format;
  return annotations;
}

/**
 * Keywords that assert something the generated checks do not implement: each is reported once
 * where it stands, "not checked", and the rest of the schema is generated.
 */
export const UNSUPPORTED_KEYS: ReadonlySet<string> = new Set([
  'unevaluatedProperties',
  'unevaluatedItems',
  '$dynamicRef',
  '$recursiveRef',
  'additionalItems',
]);
