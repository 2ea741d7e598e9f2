import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * ajv as the oracle: Ajv2020 with every error, ajv-formats in its full mode, and the original
 * document added as `spec`, so ajv reads the schemas as written rather than our model of them.
 *
 * Some settings are spelled out, each to match a documented choice of the generator:
 * `strictNumbers` (NaN and Infinity are not JSON numbers; `strict: false` would let them be),
 * `ownProperties` (a `constructor` the object inherits is not a property it has), and OpenAPI's
 * descriptive formats (int32, byte...) accepting anything, as the model drops them.
 */
export function createOracle(document: object): Oracle {
  const ajv = new Ajv2020({ strict: false, strictNumbers: true, allErrors: true, ownProperties: true });
  addFormats.default(ajv);
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) ajv.addFormat(format, true);
  ajv.addSchema(document, 'spec');
  return { compile: (schema) => ajv.compile(schema as object) };
}

export interface Oracle {
  /** A schema whose `$ref`s point into the document as `spec#/...`; `true` accepts anything. */
  readonly compile: (schema: unknown) => ValidateFunction;
}

/** `path keyword` of each error, sorted: how ajv's errors and ours are compared. */
export function errorKeys(errors: readonly { readonly path: string; readonly keyword: string }[]): string[] {
  return errors.map((error) => `${error.path} ${error.keyword}`).sort();
}

export function ajvErrors(validate: ValidateFunction): { path: string; keyword: string }[] {
  return (validate.errors ?? []).map((error: ErrorObject) => ({ path: error.instancePath, keyword: error.keyword }));
}
