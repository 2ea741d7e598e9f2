import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * ajv as the oracle: Ajv2020 with every error, ajv-formats in its full mode, and the original
 * document added as `spec`, so ajv reads the schemas as written rather than our model of them.
 *
 * Some settings are spelled out, each to match a documented choice of the generator:
 * `strictNumbers` (NaN and Infinity are not JSON numbers; `strict: false` would let them be),
 * `ownProperties` (a `constructor` the object inherits is not a property it has), and OpenAPI's
 * descriptive formats (int32, byte...) accepting anything, as the generator ignores them.
 *
 * One renaming: ajv compiles `properties` into an object literal, where a `__proto__` key sets
 * the prototype instead, so a declared `__proto__` property is invisible to it (it calls the key
 * additional and the property missing). The oracle therefore asks ajv the same question with
 * `__proto__` spelled PROTO_ALIAS everywhere it is a name: object keys of the document and of the
 * value, and the names listed in `required`. Its errors are spelled back.
 */
const PROTO = '__proto__';
const PROTO_ALIAS = '\u0000proto';

export function createOracle(document: object): Oracle {
  const ajv = new Ajv2020({ strict: false, strictNumbers: true, allErrors: true, ownProperties: true });
  addFormats.default(ajv);
  for (const format of ['int32', 'int64', 'float', 'double', 'byte', 'binary', 'password']) ajv.addFormat(format, true);
  ajv.addSchema(aliasNames(document) as object, 'spec');
  return {
    compile: (schema) => {
      const validate = ajv.compile(aliasNames(schema) as object);
      const judge = (value: unknown): boolean => {
        const valid = validate(aliasNames(value));
        judge.errors = valid ? [] : (validate.errors ?? []).map(unalias);
        return valid;
      };
      judge.errors = [] as OracleError[];
      return judge;
    },
  };
}

export interface Oracle {
  /** A schema whose `$ref`s point into the document as `spec#/...`; `true` accepts anything. */
  readonly compile: (schema: unknown) => OracleValidate;
}

/** ajv's verdict on a value; `errors` holds its errors from the last call. */
export interface OracleValidate {
  (value: unknown): boolean;
  errors: OracleError[];
}

export interface OracleError {
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
}

/** `path keyword` of each error, sorted: how ajv's errors and ours are compared. */
export function errorKeys(errors: readonly { readonly path: string; readonly keyword: string }[]): string[] {
  return errors.map((error) => `${error.path} ${error.keyword}`).sort();
}

function unalias(error: ErrorObject): OracleError {
  return {
    path: error.instancePath.split(PROTO_ALIAS).join(PROTO),
    keyword: error.keyword,
    message: error.message ?? '',
  };
}

/** A copy of `node` with every own `__proto__` key, and every `__proto__` listed in `required`, renamed. */
function aliasNames(node: unknown, key?: string): unknown {
  if (Array.isArray(node))
    return node.map((item) => (key === 'required' && item === PROTO ? PROTO_ALIAS : aliasNames(item)));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node)) copy[name === PROTO ? PROTO_ALIAS : name] = aliasNames(value, name);
  return copy;
}
