import type { SchemaObject, SchemaProperty, StringFormat } from '../model.js';
import { _, type Code, join, prop, str } from './codegen.js';
import { emitSchema } from './validators-schema.js';
import {
  alwaysValid,
  check,
  checkThen,
  fail,
  type FnScope,
  type RuntimeHelper,
  type Site,
} from './validators-scope.js';

/**
 * The keywords of one kind of value. Each emitter runs where `site.data` is already known to
 * be of that kind (narrowed by the type check or by its group's guard).
 */

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

const FORMAT_HELPERS: Readonly<Record<StringFormat, RuntimeHelper>> = {
  'date-time': 'matchesDateTime',
  date: 'matchesDate',
  time: 'matchesTime',
  email: 'matchesEmail',
  uri: 'matchesUri',
  uuid: 'matchesUuid',
};

/**
 * Lengths count code points, not UTF-16 units. A code point is one or two units, so the cheap
 * `.length` test settles most strings and the count runs only near the limit.
 */
export function emitStringRules(schema: SchemaObject, site: Site, s: FnScope): void {
  const { data } = site;
  const { maxLength, minLength, pattern, format } = schema;
  const count = (): Code => s.module.helper('codePointLength');
  if (maxLength !== undefined) {
    const failure = { keyword: 'maxLength', message: `must be at most ${plural(maxLength, 'character')}` };
    check(s, site, _`${data}.length > ${maxLength} && ${count()}(${data}) > ${maxLength}`, failure);
  }
  if (minLength !== undefined && minLength > 0) {
    const failure = { keyword: 'minLength', message: `must be at least ${plural(minLength, 'character')}` };
    check(s, site, _`${data}.length < ${minLength * 2} && ${count()}(${data}) < ${minLength}`, failure);
  }
  if (pattern !== undefined) {
    const regex = s.module.constant('PATTERN', (name) => _`const ${name} = new RegExp(${pattern}, "u");`, pattern);
    check(s, site, _`!${regex}.test(${data})`, {
      keyword: 'pattern',
      message: `must match pattern ${JSON.stringify(pattern)}`,
    });
  }
  if (format !== undefined) {
    check(s, site, _`!${s.module.helper(FORMAT_HELPERS[format])}(${data})`, {
      keyword: 'format',
      message: `must be a valid ${format}`,
    });
  }
}

export function emitNumberRules(schema: SchemaObject, site: Site, s: FnScope): void {
  const { data } = site;
  const bound = (limit: number | undefined, broken: Code, keyword: string, relation: string): void => {
    if (limit !== undefined) check(s, site, broken, { keyword, message: `must be ${relation} ${limit}` });
  };
  bound(schema.minimum, _`${data} < ${schema.minimum ?? 0}`, 'minimum', '>=');
  bound(schema.maximum, _`${data} > ${schema.maximum ?? 0}`, 'maximum', '<=');
  bound(schema.exclusiveMinimum, _`${data} <= ${schema.exclusiveMinimum ?? 0}`, 'exclusiveMinimum', '>');
  bound(schema.exclusiveMaximum, _`${data} >= ${schema.exclusiveMaximum ?? 0}`, 'exclusiveMaximum', '<');
  const { multipleOf } = schema;
  if (multipleOf !== undefined) {
    const broken = _`!${s.module.helper('matchesMultipleOf')}(${data}, ${multipleOf})`;
    check(s, site, broken, { keyword: 'multipleOf', message: `must be a multiple of ${multipleOf}` });
  }
}

export function hasObjectRules(schema: SchemaObject): boolean {
  const extra = schema.additionalProperties;
  return (
    (schema.requiredOnly?.length ?? 0) > 0 ||
    (schema.properties ?? []).some((property) => property.required || !alwaysValid(property.schema)) ||
    extra === false ||
    (typeof extra === 'object' && !alwaysValid(extra))
  );
}

export function emitObjectRules(schema: SchemaObject, site: Site, s: FnScope): void {
  const object = s.locals.fresh('obj');
  s.w.line(_`const ${object} = ${site.data} as Record<string, unknown>;`);
  for (const property of schema.properties ?? []) emitProperty(property, object, site, s);
  for (const name of schema.requiredOnly ?? []) check(s, site, _`${read(object, name)} === undefined`, missing(name));
  emitAdditional(schema, object, site, s);
}

function missing(name: string): { keyword: string; message: string } {
  return { keyword: 'required', message: `must have required property '${name}'` };
}

/**
 * `object.name`, except for names every object inherits (`constructor`, `__proto__`...), which
 * count only as own properties.
 */
function read(object: Code, name: string): Code {
  if (!Object.hasOwn(Object.prototype, name)) return prop(object, name);
  return _`(Object.hasOwn(${object}, ${name}) ? ${prop(object, name)} : undefined)`;
}

function emitProperty(property: SchemaProperty, object: Code, site: Site, s: FnScope): void {
  const { name, required, schema } = property;
  if (alwaysValid(schema)) {
    if (required) check(s, site, _`${read(object, name)} === undefined`, missing(name));
    return;
  }
  const value = s.locals.fresh(name);
  const child = { data: value, path: site.path.child(name) };
  s.w.line(_`const ${value} = ${read(object, name)};`);
  if (required) checkThen(s, site, _`${value} === undefined`, missing(name), () => emitSchema(schema, child, s));
  else s.w.block(_`if (${value} !== undefined)`, () => emitSchema(schema, child, s));
}

/** `for...in` rather than Object.keys: no array is allocated on the valid path. */
function emitAdditional(schema: SchemaObject, object: Code, site: Site, s: FnScope): void {
  const extra = schema.additionalProperties;
  if (extra === undefined || extra === true || (extra !== false && alwaysValid(extra))) return;
  const names = (schema.properties ?? []).map((property) => property.name);
  const key = s.locals.fresh('key');
  s.w.block(_`for (const ${key} in ${object})`, () => {
    if (extra === false) {
      const failure = {
        keyword: 'additionalProperties',
        message: _`${"must not have additional property '"} + ${key} + ${"'"}`,
      };
      if (names.length === 0) fail(s, site, failure);
      else check(s, site, undeclared(names, key, s), failure);
      return;
    }
    if (names.length > 0) s.w.line(_`if (!(${undeclared(names, key, s)})) continue;`);
    const value = s.locals.fresh('extra');
    s.w.line(_`const ${value} = ${object}[${key}];`);
    emitSchema(extra, { data: value, path: site.path.dynamic(_`${s.module.helper('pointerToken')}(${key})`) }, s);
  });
}

/** Comparisons for a few names, a Set for many. */
function undeclared(names: readonly string[], key: Code, s: FnScope): Code {
  if (names.length <= 8)
    return join(
      names.map((name) => _`${key} !== ${name}`),
      _` && `,
    );
  const set = s.module.constant(
    'KEYS',
    (constant) => _`const ${constant}: ReadonlySet<string> = new Set(${str(names)});`,
    names,
  );
  return _`!${set}.has(${key})`;
}

export function hasArrayRules(schema: SchemaObject): boolean {
  const { items, minItems, maxItems, uniqueItems } = schema;
  return (
    (items !== undefined && !alwaysValid(items)) ||
    (minItems ?? 0) > 0 ||
    maxItems !== undefined ||
    uniqueItems === true
  );
}

export function emitArrayRules(schema: SchemaObject, site: Site, s: FnScope): void {
  const array = s.locals.fresh('arr');
  s.w.line(_`const ${array}: readonly unknown[] = ${site.data};`);
  const { items, minItems, maxItems } = schema;
  if (minItems !== undefined && minItems > 0) {
    check(s, site, _`${array}.length < ${minItems}`, {
      keyword: 'minItems',
      message: `must have at least ${plural(minItems, 'item')}`,
    });
  }
  if (maxItems !== undefined) {
    check(s, site, _`${array}.length > ${maxItems}`, {
      keyword: 'maxItems',
      message: `must have at most ${plural(maxItems, 'item')}`,
    });
  }
  if (items !== undefined && !alwaysValid(items)) {
    const index = s.locals.fresh('i');
    s.w.block(_`for (let ${index} = 0; ${index} < ${array}.length; ${index}++)`, () => {
      const item = s.locals.fresh('item');
      s.w.line(_`const ${item} = ${array}[${index}];`);
      emitSchema(items, { data: item, path: site.path.dynamic(index) }, s);
    });
  }
  if (schema.uniqueItems === true) emitUnique(array, site, s);
}

function emitUnique(array: Code, site: Site, s: FnScope): void {
  const pair = s.locals.fresh('duplicate');
  s.w.line(_`const ${pair} = ${s.module.helper('duplicateItems')}(${array});`);
  const message = _`${'must not have duplicate items (items '} + ${pair}[0] + ${' and '} + ${pair}[1] + ${' are identical)'}`;
  check(s, site, _`${pair} !== undefined`, { keyword: 'uniqueItems', message });
}
