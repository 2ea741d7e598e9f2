import type { Json, ResponseEntry, ResponseKind, Schema, SuccessResponse } from '../model/index.js';
import { isRecord, joinPointer } from '../util/pointer.js';
import { bodyKind } from './body.js';
import { type BuildContext, at, objectAt, text } from './context.js';
import { mediaExamples } from './examples.js';
import { type NamedLookup, allOfSchemas, objectShape } from './object-shape.js';

const SUCCESS = /^2(?:\d\d|XX)$/i;

/** Every declared response, each with its media types' schemas, in status order. */
export function buildResponseEntries(ctx: BuildContext, opPointer: string): ResponseEntry[] {
  const list = objectAt(ctx, joinPointer(opPointer, 'responses'));
  if (list === undefined) return [];
  return Object.keys(list.node)
    .filter((status) => !status.startsWith('x-'))
    .sort()
    .flatMap((status) => {
      const site = joinPointer(list.pointer, status);
      const response = objectAt(ctx, site);
      if (response === undefined) return [];
      const content = isRecord(response.node.content) ? response.node.content : {};
      const description = text(response.node, 'description');
      return [
        {
          status,
          ...(description === undefined ? {} : { description }),
          content: Object.keys(content).map((mediaType) => ({
            mediaType,
            schema: mediaSchemaOf(ctx, joinPointer(response.pointer, 'content', mediaType)),
          })),
          at: at(ctx, site),
        },
      ];
    });
}

function mediaSchemaOf(ctx: BuildContext, pointer: string): Schema {
  const media = objectAt(ctx, pointer);
  if (media?.node.schema !== undefined) return ctx.schema(joinPointer(pointer, 'schema'));
  return { kind: 'schema', at: at(ctx, pointer), keywords: {}, annotations: {} };
}

/**
 * What the SDK method resolves to: the first 2XX response (200 before 201 before 2XX), else
 * `default` with a warning; none at all is a method that resolves to nothing. JSON wins over
 * other media types; text is a string; any other media type is a Blob.
 */
export function buildSuccess(
  ctx: BuildContext,
  opPointer: string,
  entries: readonly ResponseEntry[],
  named: NamedLookup,
): SuccessResponse {
  const where = at(ctx, joinPointer(opPointer, 'responses'));
  let chosen = entries.find((entry) => SUCCESS.test(entry.status));
  if (chosen === undefined) {
    chosen = entries.find((entry) => entry.status === 'default');
    ctx.issues.warn(
      'no_success_response',
      where,
      chosen === undefined
        ? 'the operation declares no 2XX response: its method resolves to nothing (void)'
        : "the operation declares no 2XX response: its method resolves to the 'default' response's body",
    );
  }
  if (chosen === undefined) return { status: '200', kind: 'empty', unwrap: 'none', examples: [], at: where };
  const media =
    chosen.content.find((entry) => bodyKind(entry.mediaType) === 'json') ??
    chosen.content.find((entry) => bodyKind(entry.mediaType) === 'text') ??
    chosen.content[0];
  const description = chosen.description === undefined ? {} : { description: chosen.description };
  if (media === undefined)
    return { status: chosen.status, kind: 'empty', unwrap: 'none', examples: [], ...description, at: chosen.at };
  const kind = responseKind(media.mediaType);
  const examples = examplesOf(ctx, opPointer, chosen.status, media.mediaType);
  const base = { status: chosen.status, kind, mediaType: media.mediaType, examples, ...description, at: chosen.at };
  if (kind === 'binary') return { ...base, unwrap: 'none' };
  if (kind === 'text') return { ...base, schema: media.schema, unwrap: 'none' };
  const bodiless = entries.some((entry) => SUCCESS.test(entry.status) && entry.content.length === 0);
  return { ...base, schema: media.schema, ...envelopeOf(media.schema, named), ...(bodiless ? { orEmpty: true } : {}) };
}

function responseKind(mediaType: string): ResponseKind {
  const kind = bodyKind(mediaType);
  return kind === 'json' ? 'json' : kind === 'text' ? 'text' : 'binary';
}

function examplesOf(
  ctx: BuildContext,
  opPointer: string,
  status: string,
  mediaType: string,
): SuccessResponse['examples'] {
  const response = objectAt(ctx, joinPointer(opPointer, 'responses', status));
  if (response === undefined) return [];
  const pointer = joinPointer(response.pointer, 'content', mediaType);
  return mediaExamples(ctx, pointer, objectAt(ctx, pointer)?.node ?? ({} as Record<string, Json>));
}

/**
 * A Cloudflare v4 envelope (`success` and `result`, directly or through allOf) resolves to its
 * `result`; one that also has `result_info` around an array resolves to `{ result, result_info }`,
 * the page a list method returns.
 */
function envelopeOf(schema: Schema, named: NamedLookup): Pick<SuccessResponse, 'unwrap' | 'resultSchema'> {
  const shape = objectShape(schema, named);
  const result = shape?.properties.get('result');
  if (shape === undefined || result === undefined || !shape.properties.has('success')) return { unwrap: 'none' };
  const resultSchema = allOfSchemas(result, result[0]?.at ?? schema.at);
  const paged = shape.properties.has('result_info') && isArraySchema(resultSchema, named);
  return { unwrap: paged ? 'page' : 'result', resultSchema };
}

export function isArraySchema(schema: Schema, named: NamedLookup, depth = 0): boolean {
  if (depth > 16) return false;
  if (schema.kind === 'ref') {
    const target = named(schema.target);
    return target !== undefined && isArraySchema(target, named, depth + 1);
  }
  const { type, items, prefixItems, allOf } = schema.keywords;
  if (type !== undefined) return type.includes('array') && type.every((t) => t === 'array' || t === 'null');
  if (items !== undefined || prefixItems !== undefined) return true;
  return (allOf ?? []).some((member) => isArraySchema(member, named, depth + 1));
}
