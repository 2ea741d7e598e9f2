import type { Expr, Identifier } from '../emit/ast.js';
import {
  and,
  call,
  conditional,
  element,
  eq,
  id,
  member,
  neq,
  newExpr,
  not,
  num,
  or,
  str,
  typeOf,
  undef,
} from '../emit/build.js';
import type { JsonType, Schema } from '../model/schema.js';
import type { CheckContext } from './keyword.js';

/**
 * Expressions generated checks are made of, shared by the keyword files: type tests written so
 * that TypeScript narrows on them, and own-property reads.
 */

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `object.name`, or `object["a-b"]` for a name that is not an identifier name. */
export function property(object: Expr, name: string): Expr {
  return IDENTIFIER_NAME.test(name) ? member(object, name) : element(object, str(name));
}

/**
 * The own property `name` of `object`, or undefined. Only names every object inherits
 * (`constructor`, `toString`, `__proto__`...) need the `Object.hasOwn` test: JSON objects have no
 * other inherited properties. ajv (`ownProperties: true`) reads them the same way.
 */
export function ownProperty(object: Expr, name: string): Expr {
  if (!Object.hasOwn(Object.prototype, name)) return property(object, name);
  return conditional(call(member(id('Object'), 'hasOwn'), [object, str(name)]), property(object, name), undef);
}

export const isUndefined = (value: Expr): Expr => eq(value, undef);
export const isDefined = (value: Expr): Expr => neq(value, undef);

/** `typeof x === "number" && Number.isFinite(x)`: strictNumbers, as ajv is configured. */
export function isType(type: JsonType, data: Expr): Expr {
  switch (type) {
    case 'string':
    case 'boolean':
      return eq(typeOf(data), str(type));
    case 'number':
      return and(eq(typeOf(data), str('number')), call(member(id('Number'), 'isFinite'), [data]));
    case 'integer':
      return and(eq(typeOf(data), str('number')), call(member(id('Number'), 'isInteger'), [data]));
    case 'null':
      return eq(data, { kind: 'null' });
    case 'object':
      return and(eq(typeOf(data), str('object')), neq(data, { kind: 'null' }), not(isArray(data)));
    case 'array':
      return isArray(data);
  }
}

/** The negation of `isType`, written out so that TypeScript narrows in the `else` branch. */
export function notType(type: JsonType, data: Expr): Expr {
  switch (type) {
    case 'string':
    case 'boolean':
      return neq(typeOf(data), str(type));
    case 'number':
      return or(neq(typeOf(data), str('number')), not(call(member(id('Number'), 'isFinite'), [data])));
    case 'integer':
      return or(neq(typeOf(data), str('number')), not(call(member(id('Number'), 'isInteger'), [data])));
    case 'null':
      return neq(data, { kind: 'null' });
    case 'object':
      return or(neq(typeOf(data), str('object')), eq(data, { kind: 'null' }), isArray(data));
    case 'array':
      return not(isArray(data));
  }
}

export const isArray = (data: Expr): Expr => call(member(id('Array'), 'isArray'), [data]);

/** `Object.keys(object)` */
export const keysOf = (object: Expr): Expr => call(member(id('Object'), 'keys'), [object]);

export const lengthOf = (value: Expr): Expr => member(value, 'length');

/** `const PATTERN_1 = new RegExp("...", "u")`: a string literal, so any source is safe to print. */
export function patternConstant(source: string, cx: Pick<CheckContext, 'constant'>): Identifier {
  return cx.constant('PATTERN', `pattern:${source}`, () => newExpr(id('RegExp'), [str(source), str('u')]));
}

/**
 * Whether `text` matches: `PATTERN_1.test(text)`, or, for a pattern that can backtrack
 * super-linearly, `matchesBounded(PATTERN_1, text, bound)`, which fails longer strings untested.
 */
export function patternTest(
  source: string,
  superLinear: boolean,
  text: Expr,
  bound: number,
  cx: Pick<CheckContext, 'constant' | 'helper'>,
): Expr {
  const regexp = patternConstant(source, cx);
  if (!superLinear) return call(member(regexp, 'test'), [text]);
  return call(cx.helper('matchesBounded'), [regexp, text, num(bound)]);
}

const COMPILED = new Map<string, RegExp>();

/** The generation-time twin of `patternConstant`: each source compiled once. */
export function compiledPattern(source: string): RegExp {
  let regexp = COMPILED.get(source);
  if (regexp === undefined) COMPILED.set(source, (regexp = new RegExp(source, 'u')));
  return regexp;
}

/** The generation-time twin of `patternTest`. */
export function testPattern(source: string, superLinear: boolean, text: string, bound: number): boolean {
  return !(superLinear && text.length > bound) && compiledPattern(source).test(text);
}

/** `type: []` is how the model writes the `false` schema. */
export function isFalseSchema(schema: Schema): boolean {
  return schema.kind === 'schema' && schema.keywords.type?.length === 0;
}

/**
 * Without `maxLength`, a super-linear pattern tests strings of at most this many UTF-16 units
 * (1,000: any real identifier, hostname or URL fits); longer ones fail before the pattern runs.
 */
export const DEFAULT_PATTERN_BOUND = 1000;

/**
 * The bound in UTF-16 units: twice `maxLength` (the maxLength check already refuses longer
 * strings in code points, so no valid string is refused), else the default.
 */
export function patternBound(maxLength: number | undefined): number {
  return maxLength === undefined ? DEFAULT_PATTERN_BOUND : maxLength * 2;
}
