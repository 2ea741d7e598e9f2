import type { At, BodyMedia, Operation, OperationInput, Param, Property, Schema, SchemaNode } from '../model/index.js';
import { type NamedLookup, allOfSchemas, objectShape } from './object-shape.js';

/**
 * The boolean schema `false`, as the model writes it (`type: []`, see isFalseSchema): nothing is
 * allowed. `additionalProperties` then reports an unknown key as ajv does (`additionalProperties`
 * at the object), where `not: {}` reported it as `not` at the key.
 */
export function falseSchema(at: At): SchemaNode {
  return { kind: 'schema', at, keywords: { type: [] }, annotations: {} };
}

/**
 * Each way to call the operation, as the one params object its method takes: the parameters by
 * key, and the body of one media type beside them (flattened) or under its key. Without a body,
 * or with one under a key, an unknown key is an error (a misspelt parameter would otherwise be
 * dropped silently); a flattened body's extra keys are the body's business.
 */
export function buildInputs(
  operation: Pick<Operation, 'params' | 'body' | 'typeName' | 'at'>,
  mediaSuffixes: readonly string[],
  named: NamedLookup,
): OperationInput[] {
  const { params, body, typeName, at } = operation;
  if (body === undefined || body.media.length === 0)
    return [{ typeName: `${typeName}Params`, schema: inputSchema(params, undefined, false, named, at) }];
  return body.media.map((media, index) => ({
    typeName: index === 0 ? `${typeName}Params` : `${typeName}${mediaSuffixes[index - 1] ?? `${index + 1}Params`}`,
    media,
    schema: inputSchema(params, media, body.required, named, at),
  }));
}

function inputSchema(
  params: readonly Param[],
  media: BodyMedia | undefined,
  bodyRequired: boolean,
  named: NamedLookup,
  at: At,
): SchemaNode {
  const properties: Property[] = params.map((param) => ({ name: param.key, schema: param.schema }));
  const required = params.filter((param) => param.required).map((param) => param.key);
  let closed = true;
  const shape = media?.flat ? objectShape(media.schema, named) : undefined;
  if (media !== undefined && shape !== undefined) {
    for (const [name, schemas] of shape.properties) properties.push({ name, schema: allOfSchemas(schemas, at) });
    required.push(...shape.required);
    closed = shape.additional === 'closed';
  } else if (media !== undefined) {
    properties.push({ name: media.bodyKey, schema: media.schema as Schema });
    if (bodyRequired) required.push(media.bodyKey);
  }
  return {
    kind: 'schema',
    at,
    keywords: {
      type: ['object'],
      properties,
      ...(required.length > 0 ? { required } : {}),
      ...(closed ? { additionalProperties: falseSchema(at) } : {}),
    },
    annotations: {},
  };
}
