import { buildModel } from '../../../generator/build-model.js';
import { loadSpec, parseSpec } from '../../../generator/load.js';
import type { ApiModel, Json } from '../../../generator/model.js';
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
