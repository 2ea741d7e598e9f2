import type { Json, JsonType, Schema, SchemaObject } from '../model.js';
import { _, type Code, join, str } from './codegen.js';
import { emitComposition } from './validators-compose.js';
import {
  emitArrayRules,
  emitNumberRules,
  emitObjectRules,
  emitStringRules,
  hasArrayRules,
  hasObjectRules,
} from './validators-keywords.js';
import { check, checkThen, fail, type FnScope, pathArgument, type Site } from './validators-scope.js';

/**
 * One schema -> statements that check the value in `site.data`. Order: the value keywords
 * (enum, const), the type with the keywords that need it, then composition.
 */
export function emitSchema(schema: Schema, site: Site, s: FnScope): void {
  if (schema.kind === 'ref') emitRef(schema.name, site, s);
  else if (unsatisfiable(schema)) fail(s, site, { keyword: 'false schema', message: 'no value is allowed here' });
  else {
    emitEnum(schema, site, s);
    emitConst(schema, site, s);
    emitTyped(schema, site, s);
    emitComposition(schema, site, s);
  }
}

/** A named schema has its own functions: recursion works, and each is written once. */
function emitRef(name: string, site: Site, s: FnScope): void {
  const { check: target } = s.module.functionsOf(name);
  s.w.line(_`if (!${target}(${site.data}, errors, ${pathArgument(site)})) return false;`);
}

/**
 * `false`, or a const/enum that the type rules out. The second would also narrow the value to
 * `never` in TypeScript, so it is not emitted as code.
 */
function unsatisfiable(schema: SchemaObject): boolean {
  const { types } = schema;
  if (types === undefined) return false;
  if (types.length === 0) return true;
  const fits = (value: Json): boolean => types.some((type) => jsonFits(value, type));
  return (
    (schema.const !== undefined && !fits(schema.const.value)) || (schema.enum !== undefined && !schema.enum.some(fits))
  );
}

function jsonFits(value: Json, type: JsonType): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value);
  return type === 'null' ? value === null : typeof value === type;
}

function isPrimitive(value: Json): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function emitEnum(schema: SchemaObject, site: Site, s: FnScope): void {
  const members = schema.enum;
  if (members === undefined) return;
  const failure = {
    keyword: 'enum',
    message: `must be one of ${members.map((member) => JSON.stringify(member)).join(', ')}`,
  };
  check(s, site, notInEnum(members, site.data, s), failure);
}

/** Up to four primitives compare inline; more go in a Set; objects and arrays compare deeply. */
function notInEnum(members: readonly Json[], data: Code, s: FnScope): Code {
  if (!members.every(isPrimitive)) {
    const list = s.module.constant(
      'VALUES',
      (name) => _`const ${name}: readonly unknown[] = ${str(members)};`,
      members,
    );
    return _`!${s.module.helper('enumIncludes')}(${list}, ${data})`;
  }
  if (members.length <= 4)
    return join(
      members.map((member) => _`${data} !== ${member}`),
      _` && `,
    );
  const set = s.module.constant(
    'VALUES',
    (name) => _`const ${name}: ReadonlySet<unknown> = new Set(${str(members)});`,
    members,
  );
  return _`!${set}.has(${data})`;
}

function emitConst(schema: SchemaObject, site: Site, s: FnScope): void {
  if (schema.const === undefined) return;
  const { value } = schema.const;
  const failure = { keyword: 'const', message: `must be ${JSON.stringify(value)}` };
  if (isPrimitive(value)) return check(s, site, _`${site.data} !== ${value}`, failure);
  const constant = s.module.constant('CONST', (name) => _`const ${name}: unknown = ${str(value)};`, value);
  check(s, site, _`!${s.module.helper('deepEqual')}(${site.data}, ${constant})`, failure);
}

type Kind = 'string' | 'number' | 'object' | 'array';

/** The keywords that apply to one kind of value, and how to write them. */
interface RuleGroup {
  readonly kind: Kind;
  readonly emit: (schema: SchemaObject, site: Site, s: FnScope) => void;
}

function ruleGroups(schema: SchemaObject): RuleGroup[] {
  const groups: RuleGroup[] = [];
  const has = (...keys: (keyof SchemaObject)[]): boolean => keys.some((key) => schema[key] !== undefined);
  // minLength 0 and minItems 0 say nothing: they must not open a block with nothing in it.
  if ((schema.minLength ?? 0) > 0 || has('maxLength', 'pattern', 'format'))
    groups.push({ kind: 'string', emit: emitStringRules });
  if (has('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf'))
    groups.push({ kind: 'number', emit: emitNumberRules });
  if (hasObjectRules(schema)) groups.push({ kind: 'object', emit: emitObjectRules });
  if (hasArrayRules(schema)) groups.push({ kind: 'array', emit: emitArrayRules });
  return groups;
}

function kindOf(type: JsonType): Kind | undefined {
  if (type === 'integer') return 'number';
  return type === 'string' || type === 'number' || type === 'object' || type === 'array' ? type : undefined;
}

/**
 * The type check, then each group of keywords. When the type allows one kind of value the
 * groups follow it directly (the type check has narrowed the value); otherwise each group is
 * guarded by its own kind, as JSON Schema applies `maxLength` only to strings.
 */
function emitTyped(schema: SchemaObject, site: Site, s: FnScope): void {
  const { types } = schema;
  const kinds = types === undefined ? undefined : new Set(types.map(kindOf));
  const groups = ruleGroups(schema).filter((group) => kinds === undefined || kinds.has(group.kind));
  if (types === undefined) return emitGuarded(groups, schema, site, s, true);
  const failure = { keyword: 'type', message: `must be ${types.join(' or ')}` };
  const broken = typeBroken(types, site.data);
  if (groups.length === 0) return check(s, site, broken, failure);
  if (types.includes('integer') && !types.includes('number') && kinds?.has('number')) {
    // JSON Schema applies `minimum` to every number, so 1.5 against {integer, minimum: 2} breaks both.
    check(s, site, broken, failure);
    return emitGuarded(groups, schema, site, s, true);
  }
  checkThen(s, site, broken, failure, () => {
    if (kinds?.size === 1) for (const group of groups) group.emit(schema, site, s);
    else emitGuarded(groups, schema, site, s, false);
  });
}

function emitGuarded(
  groups: readonly RuleGroup[],
  schema: SchemaObject,
  site: Site,
  s: FnScope,
  untyped: boolean,
): void {
  for (const group of groups)
    s.w.block(_`if (${isKind(group.kind, site.data, untyped)})`, () => group.emit(schema, site, s));
}

/** The condition that `data` has none of `types`; written so that TypeScript narrows on it. */
function typeBroken(types: readonly JsonType[], data: Code): Code {
  const effective = types.includes('number') ? types.filter((type) => type !== 'integer') : types;
  const [only] = effective;
  if (effective.length === 1 && only !== undefined) return notType(only, data);
  return _`!(${join(
    effective.map((type) => _`(${isType(type, data)})`),
    _` || `,
  )})`;
}

function isType(type: JsonType, data: Code): Code {
  switch (type) {
    case 'string':
    case 'boolean':
      return _`typeof ${data} === ${type}`;
    case 'number':
      return _`typeof ${data} === "number" && Number.isFinite(${data})`;
    case 'integer':
      return _`typeof ${data} === "number" && Number.isInteger(${data})`;
    case 'null':
      return _`${data} === null`;
    case 'object':
      return _`typeof ${data} === "object" && ${data} !== null && !Array.isArray(${data})`;
    case 'array':
      return _`Array.isArray(${data})`;
  }
}

function notType(type: JsonType, data: Code): Code {
  switch (type) {
    case 'string':
    case 'boolean':
      return _`typeof ${data} !== ${type}`;
    case 'number':
      return _`typeof ${data} !== "number" || !Number.isFinite(${data})`;
    case 'integer':
      return _`typeof ${data} !== "number" || !Number.isInteger(${data})`;
    case 'null':
      return _`${data} !== null`;
    case 'object':
      return _`typeof ${data} !== "object" || ${data} === null || Array.isArray(${data})`;
    case 'array':
      return _`!Array.isArray(${data})`;
  }
}

/**
 * The guard of a rule group. With no declared type the guard is the whole test (ajv skips
 * `minimum` for NaN and Infinity too); after a type check it only has to narrow.
 */
function isKind(kind: Kind, data: Code, untyped: boolean): Code {
  if (kind === 'number') return untyped ? isType('number', data) : _`typeof ${data} === "number"`;
  return isType(kind, data);
}
