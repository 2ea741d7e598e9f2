import { buildModel } from '../../../generator/build-model.js';
import { loadSpec, parseSpec } from '../../../generator/load.js';
import type { ApiModel, Json, Schema } from '../../../generator/model.js';
import { joinPointer } from '../../../generator/pointer.js';
import { resolveRefs } from '../../../generator/resolve.js';

/**
 * Models for the validator tests, made by the generator's own pipeline so that what is tested is
 * what ships: a whole spec file, or a bag of schemas placed under components.schemas.
 */

export interface SpecUnderTest {
  readonly model: ApiModel;
  /** The parsed document, for the oracle (ajv reads the original JSON Schema, not our model). */
  readonly document: Json;
}

export async function specFromFile(file: string): Promise<SpecUnderTest> {
  const resolved = resolveRefs(await loadSpec(file));
  return { model: buildModel(resolved, file), document: resolved.document };
}

/**
 * A spec made of named schemas only (no operations), through the whole pipeline: the schema
 * names double as type names, so keep them PascalCase.
 */
export function specFromSchemas(schemas: Readonly<Record<string, Json>>): SpecUnderTest {
  const document: Json = {
    openapi: '3.1.0',
    info: {
      title: 'Validator tests',
      version: '0.0.0',
      'x-sdk': { packageName: 'validator-tests', clientFactory: 'createClient' },
    },
    servers: [{ url: 'https://example.test' }],
    paths: {},
    components: { schemas },
  };
  const resolved = resolveRefs(parseSpec(JSON.stringify(document), 'inline.json'));
  return { model: buildModel(resolved, 'inline.json'), document: resolved.document };
}

/** The schema a target validates, and where the oracle finds the same schema in the document. */
export interface TargetUnderTest {
  /** The type name: `BillingHistory`, `ListUserBillingHistoryParams`. */
  readonly name: string;
  readonly schema: Schema;
  /** A JSON Schema for ajv that refers into the document added as `spec`. */
  readonly oracleSchema: Json;
}

/** Every validated type, mirroring renderValidators: schemas, then each operation's params and body. */
export function targetsOf(model: ApiModel): TargetUnderTest[] {
  const targets: TargetUnderTest[] = model.schemas.map((named) => ({
    name: named.typeName,
    schema: named.schema,
    oracleSchema: { $ref: specRef(joinPointer('/components/schemas', named.name)) },
  }));
  for (const operation of model.operations) {
    const params = [...operation.params.path, ...operation.params.query, ...operation.params.header];
    targets.push({
      name: `${operation.typeName}Params`,
      schema: {
        kind: 'schema',
        at: operation.at,
        types: ['object'],
        properties: params.map((param) => ({ name: param.name, required: param.required, schema: param.schema })),
        additionalProperties: false,
      },
      oracleSchema: {
        type: 'object',
        properties: Object.fromEntries(params.map((param) => [param.name, { $ref: specRef(param.schema.at.pointer) }])),
        required: params.filter((param) => param.required).map((param) => param.name),
        additionalProperties: false,
      },
    });
    const body = operation.success.schema;
    // A response without content has a schema made up by the model: it accepts anything.
    const madeUp = body.kind === 'schema' && Object.keys(body).every((key) => key === 'kind' || key === 'at');
    targets.push({
      name: `${operation.typeName}Response`,
      schema: body,
      oracleSchema: madeUp ? true : { $ref: specRef(body.at.pointer) },
    });
  }
  return targets;
}

/** `spec#/paths/~1user~1billing/...`, percent-encoded as a URI fragment must be. */
function specRef(pointer: string): string {
  return `spec#${pointer.split('/').map(encodeURIComponent).join('/')}`;
}
