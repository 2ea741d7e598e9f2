import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Json } from '../../../generator/model/at.js';

/**
 * ajv as the oracle: Ajv2020 with every error, ajv-formats in full mode, `strictNumbers` (NaN and
 * Infinity are not JSON numbers) and `ownProperties` (an inherited `constructor` is not a
 * property), over the document as written (3.0 documents converted by `to202012`).
 */
export function createOracle(document: Json): (id: string) => ValidateFunction {
  // `inlineRefs: false` and `optimize: false` compile each of 3,716 Cloudflare schemas once, and
  // fast; neither changes a verdict or an error.
  const ajv = new Ajv2020({
    strict: false,
    strictNumbers: true,
    allErrors: true,
    ownProperties: true,
    code: { optimize: false },
  });
  addFormats.default(ajv);
  ajv.addSchema(document as object, 'spec');
  return (id) => {
    const validate = ajv.getSchema(`spec#/components/schemas/${id.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    if (validate === undefined) throw new Error(`ajv has no schema ${id}`);
    return validate;
  };
}

export function ajvErrors(validate: ValidateFunction): { path: string; keyword: string }[] {
  return (validate.errors ?? []).map((error: ErrorObject) => ({ path: error.instancePath, keyword: error.keyword }));
}

/** `path keyword` of each error, sorted: how errors are compared. */
export function errorKeys(errors: readonly { readonly path: string; readonly keyword: string }[]): string[] {
  return errors.map((error) => `${error.path} ${error.keyword}`).sort();
}

/** Keys whose values are data, and keys whose values map names to schemas. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas', 'schemas']);

/**
 * An OpenAPI 3.0 document as 2020-12 for ajv: `nullable: true` beside a type becomes `'null'` in
 * it (alone it means nothing), boolean exclusive bounds become numbers, `example` goes, and
 * keywords beside a `$ref` go (3.0 ignores them).
 */
export function to202012(document: Json): Json {
  return convert(document);
}

function convert(node: Json): Json {
  if (Array.isArray(node)) return node.map(convert);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(node)) {
    if (DATA_KEYS.has(key) || key.startsWith('x-')) out[key] = value;
    else if (NAME_MAPS.has(key) && value !== null && typeof value === 'object' && !Array.isArray(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, member]) => [name, convert(member)]));
    else out[key] = convert(value);
  }
  if (typeof out.$ref === 'string') return { $ref: out.$ref };
  if (out.nullable === true && out.type !== undefined)
    out.type = Array.isArray(out.type) ? [...new Set([...out.type, 'null'])] : [out.type, 'null'];
  delete out.nullable;
  delete out.example;
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (out[exclusive] === true && typeof out[bound] === 'number') {
      out[exclusive] = out[bound];
      delete out[bound];
    } else if (typeof out[exclusive] === 'boolean') delete out[exclusive];
  }
  return out;
}
