import type { KeywordName } from '../../model/schema.js';
import type { KeywordDefinition } from '../keyword.js';
import { additionalPropertiesKeyword } from './additional-properties.js';
import { allOfKeyword } from './all-of.js';
import { anyOfKeyword } from './any-of.js';
import { exclusiveMaximumKeyword, exclusiveMinimumKeyword, maximumKeyword, minimumKeyword } from './bounds.js';
import { elseKeyword, ifKeyword, thenKeyword } from './conditional.js';
import { constKeyword } from './const.js';
import { containsKeyword, maxContainsKeyword, minContainsKeyword } from './contains.js';
import { dependentRequiredKeyword, dependentSchemasKeyword } from './dependents.js';
import { discriminatorKeyword } from './discriminator.js';
import { enumKeyword } from './enum.js';
import { formatKeyword } from './format.js';
import { itemsKeyword, prefixItemsKeyword } from './items.js';
import { maxItemsKeyword, minItemsKeyword } from './min-max-items.js';
import { maxLengthKeyword, minLengthKeyword } from './min-max-length.js';
import { maxPropertiesKeyword, minPropertiesKeyword } from './min-max-properties.js';
import { multipleOfKeyword } from './multiple-of.js';
import { notKeyword } from './not.js';
import { oneOfKeyword } from './one-of.js';
import { patternKeyword } from './pattern.js';
import { patternPropertiesKeyword } from './pattern-properties.js';
import { propertiesKeyword } from './properties.js';
import { propertyNamesKeyword } from './property-names.js';
import { requiredKeyword } from './required.js';
import { typeKeyword } from './type.js';
import { uniqueItemsKeyword } from './unique-items.js';

/**
 * Every keyword of the model's `Keywords`, by name: the mapped type makes a keyword without a
 * definition a compile error. The order is the order of reading (`enum` reads after `type`, the
 * bounds after each other, `discriminator` after `oneOf`) and of checking within a kind.
 */
export const KEYWORDS: { readonly [K in KeywordName]: KeywordDefinition<K> } = {
  type: typeKeyword,
  enum: enumKeyword,
  const: constKeyword,
  minLength: minLengthKeyword,
  maxLength: maxLengthKeyword,
  pattern: patternKeyword,
  format: formatKeyword,
  minimum: minimumKeyword,
  maximum: maximumKeyword,
  exclusiveMinimum: exclusiveMinimumKeyword,
  exclusiveMaximum: exclusiveMaximumKeyword,
  multipleOf: multipleOfKeyword,
  properties: propertiesKeyword,
  required: requiredKeyword,
  additionalProperties: additionalPropertiesKeyword,
  patternProperties: patternPropertiesKeyword,
  propertyNames: propertyNamesKeyword,
  minProperties: minPropertiesKeyword,
  maxProperties: maxPropertiesKeyword,
  dependentRequired: dependentRequiredKeyword,
  dependentSchemas: dependentSchemasKeyword,
  prefixItems: prefixItemsKeyword,
  items: itemsKeyword,
  contains: containsKeyword,
  minContains: minContainsKeyword,
  maxContains: maxContainsKeyword,
  minItems: minItemsKeyword,
  maxItems: maxItemsKeyword,
  uniqueItems: uniqueItemsKeyword,
  allOf: allOfKeyword,
  anyOf: anyOfKeyword,
  oneOf: oneOfKeyword,
  not: notKeyword,
  if: ifKeyword,
  then: thenKeyword,
  else: elseKeyword,
  discriminator: discriminatorKeyword,
};

/** The keyword names in registry order. */
export const KEYWORD_NAMES = Object.keys(KEYWORDS) as KeywordName[];

/** A definition without its keyword's type: what the reader, emitter and interpreter iterate over. */
export type AnyKeyword = KeywordDefinition<KeywordName>;

export function definitionOf(name: KeywordName): AnyKeyword {
  return KEYWORDS[name] as unknown as AnyKeyword;
}
