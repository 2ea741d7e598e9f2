/**
 * ajv's error messages, word for word, so that a problem reads the same whether the generated
 * check, the generation-time interpreter or ajv found it. Messages with a part known only at
 * run time (an index, a key) are split where that part goes.
 */

const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export const MESSAGES = {
  type: (types: readonly string[]) => `must be ${types.join(',')}`,
  enum: () => 'must be equal to one of the allowed values',
  const: () => 'must be equal to constant',
  minLength: (limit: number) => `must NOT have fewer than ${limit} characters`,
  maxLength: (limit: number) => `must NOT have more than ${limit} characters`,
  pattern: (source: string) => `must match pattern "${source}"`,
  format: (name: string) => `must match format "${name}"`,
  minimum: (limit: number) => `must be >= ${limit}`,
  maximum: (limit: number) => `must be <= ${limit}`,
  exclusiveMinimum: (limit: number) => `must be > ${limit}`,
  exclusiveMaximum: (limit: number) => `must be < ${limit}`,
  multipleOf: (divisor: number) => `must be multiple of ${divisor}`,
  required: (name: string) => `must have required property '${name}'`,
  additionalProperties: () => 'must NOT have additional properties',
  minProperties: (limit: number) => `must NOT have fewer than ${limit} properties`,
  maxProperties: (limit: number) => `must NOT have more than ${limit} properties`,
  dependentRequired: (property: string, deps: readonly string[]) =>
    `must have ${plural(deps.length, 'property', 'properties')} ${deps.join(', ')} when property ${property} is present`,
  minItems: (limit: number) => `must NOT have fewer than ${limit} items`,
  maxItems: (limit: number) => `must NOT have more than ${limit} items`,
  contains: (min: number, max: number | undefined) =>
    max === undefined
      ? `must contain at least ${min} valid item(s)`
      : `must contain at least ${min} and no more than ${max} valid item(s)`,
  anyOf: () => 'must match a schema in anyOf',
  oneOf: () => 'must match exactly one schema in oneOf',
  not: () => 'must NOT be valid',
  falseSchema: () => 'boolean schema is false',
  bounded: (limit: number, source: string) =>
    `must NOT have more than ${limit} characters to be tested against pattern "${source}"`,
} as const;

/** `uniqueItems`'s message around the two indexes: `[before j, between, after i]`. */
export const UNIQUE_ITEMS_PARTS = ['must NOT have duplicate items (items ## ', ' and ', ' are identical)'] as const;

export function uniqueItemsMessage(earlier: number, later: number): string {
  const [before, between, after] = UNIQUE_ITEMS_PARTS;
  return `${before}${earlier}${between}${later}${after}`;
}
