import {
  at,
  deref,
  isObject,
  joinPointer,
  operationsOf,
  pascalCase,
  refPointer,
  type Json,
  type SpecDocument,
} from '../../support/spec-document.js';

/**
 * What each generated validator must accept, read from the spec document alone: one target per
 * schema under components.schemas, and per operation one for its parameters (built from the
 * document's `parameters`, path-level ones included) when it has any, and one for its success
 * response body when that is JSON.
 * Each target has a JSON Schema for the value generators (refs relative to the document) and one
 * for ajv (refs into the document added to ajv as `spec`).
 */
export interface SpecTarget {
  /** The validated type's name: `Tree`, `GetShapeParams`, `ListWarehousesResponse`. */
  readonly name: string;
  /** For the arbitraries: `$ref`s are `#/...` into the document. */
  readonly schema: Json;
  /** For ajv: `$ref`s are `spec#/...`. */
  readonly oracleSchema: Json;
  /** Whether anyOf/oneOf can be reached, where ajv lists the errors of every failed branch and we do not. */
  readonly branching: boolean;
}

const SUCCESS = /^2(\d\d|XX)$/;
const JSON_MEDIA = /^application\/(.+\+)?json(;.*)?$/;

export function specTargets(doc: SpecDocument): SpecTarget[] {
  const schemas =
    doc.root['components'] !== undefined && isObject(doc.root['components'])
      ? doc.root['components']['schemas']
      : undefined;
  const targets: SpecTarget[] = Object.keys(isObject(schemas) ? schemas : {}).map((name) =>
    target(doc, typeName(name), { $ref: ref(joinPointer('/components/schemas', name)) }),
  );
  for (const operation of operationsOf(doc)) {
    const operationNode = at(doc, operation.pointer);
    if (isObject(operationNode) && operationNode['requestBody'] !== undefined)
      throw new Error(
        `${operation.operationId}: request bodies are not modelled here; add them before using this spec`,
      );
    const located = operation.parameters.filter((parameter) => parameter.in !== 'cookie');
    // An operation that takes nothing has no params object, so no validator for one.
    if (operation.parameters.length > 0)
      targets.push(
        target(doc, `${pascalCase(operation.operationId)}Params`, {
          type: 'object',
          properties: Object.fromEntries(
            located.map((parameter) => [parameter.name, { $ref: ref(parameter.schemaPointer) }]),
          ),
          required: located.filter((parameter) => parameter.required).map((parameter) => parameter.name),
          additionalProperties: false,
        }),
      );
    // A response without a JSON body (a 204) has nothing to validate.
    const success = successSchema(doc, operation.pointer);
    if (success !== undefined) targets.push(target(doc, `${pascalCase(operation.operationId)}Response`, success));
  }
  return targets;
}

function target(doc: SpecDocument, name: string, schema: Json): SpecTarget {
  return { name, schema, oracleSchema: forAjv(schema), branching: reachesBranching(doc, schema) };
}

/** The JSON body schema of the first 2XX response in code order; undefined when it has none (a 204). */
function successSchema(doc: SpecDocument, operationPointer: string): Json | undefined {
  const responses = at(doc, joinPointer(operationPointer, 'responses'));
  if (!isObject(responses)) return undefined;
  const status = Object.keys(responses)
    .sort()
    .find((code) => SUCCESS.test(code));
  if (status === undefined) return undefined;
  const response = deref(doc, joinPointer(operationPointer, 'responses', status));
  const content = isObject(response.node) ? response.node['content'] : undefined;
  const media = Object.keys(isObject(content) ? content : {}).find((type) => JSON_MEDIA.test(type));
  if (media === undefined) return undefined;
  return { $ref: ref(joinPointer(response.pointer, 'content', media, 'schema')) };
}

/** The schema's name as a type name: the three specs use PascalCase names already. */
function typeName(name: string): string {
  return /^[A-Z][A-Za-z0-9]*$/.test(name) ? name : pascalCase(name);
}

/** `#/paths/~1user~1billing/...`, percent-encoded as a URI fragment must be. */
function ref(pointer: string): string {
  return `#${pointer.split('/').map(encodeURIComponent).join('/')}`;
}

/** The same schema with its local `$ref`s pointing into the document ajv knows as `spec`. */
function forAjv(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(forAjv);
  if (!isObject(schema)) return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? `spec${value}` : forAjv(value),
    ]),
  );
}

/** Whether an anyOf or oneOf can be reached from `schema`, through `$ref`s too. */
export function reachesBranching(doc: SpecDocument, schema: Json, seen = new Set<string>()): boolean {
  if (Array.isArray(schema)) return schema.some((member) => reachesBranching(doc, member, seen));
  if (!isObject(schema)) return false;
  const target = schema['$ref'];
  if (typeof target === 'string') {
    if (seen.has(target)) return false;
    seen.add(target);
    return reachesBranching(doc, deref(doc, refPointer(target)).node, seen);
  }
  if (schema['anyOf'] !== undefined || schema['oneOf'] !== undefined) return true;
  return Object.entries(schema).some(
    ([key, value]) =>
      !['enum', 'const', 'examples', 'example', 'default'].includes(key) && reachesBranching(doc, value, seen),
  );
}
