import type { CheckFunction, CheckPlan, NamedSchema, Operation, Schema } from '../model/index.js';
import { byObject } from '../util/by-object.js';
import { append } from '../util/collections.js';

/** The name of the check of a named schema, params object or response body: `check<TypeName>`. */
export function checkName(typeName: string): string {
  return `check${typeName}`;
}

/** An operation that takes nothing: its method is `(options?)`, and nothing checks its params. */
export function takesNothing(operation: Operation): boolean {
  return operation.params.length === 0 && operation.body === undefined;
}

/** The names of an operation's own check roots: its params object's, and its JSON response body's. */
export function operationCheckNames(operation: Operation): string[] {
  return operationRoots(operation).map(([name]) => name);
}

function operationRoots(operation: Operation): [string, Schema, CheckFunction['direction']][] {
  const roots: [string, Schema, CheckFunction['direction']][] = [];
  if (!takesNothing(operation))
    for (const input of operation.inputs) roots.push([checkName(input.typeName), input.schema, 'request']);
  if (operation.success.kind === 'json' && operation.success.schema !== undefined)
    roots.push([checkName(`${operation.typeName}Response`), operation.success.schema, 'json']);
  return roots;
}

/** Something that gets a check function: a named schema, or an operation's params or response body. */
interface Root extends CheckFunction {
  /** Its module: a unit's file stem, or '' for the shared one. */
  readonly home: string;
}

/**
 * One function per class of structurally identical check roots (see CheckPlan). A check's code
 * depends only on its schema's keywords, the `format` annotation, its direction and the checks
 * of the schemas it references, so two roots are identical when those are, with references
 * compared by the class of their targets: the classes of named schemas are refined until they
 * no longer split (references may be recursive). A named schema that is only a reference is
 * checked by its target's function.
 */
export function planChecks(
  schemas: readonly NamedSchema[],
  units: readonly { readonly file: string; readonly operations: readonly Operation[] }[],
  home: ReadonlyMap<string, string>,
): CheckPlan {
  const byId = new Map(schemas.map((named) => [named.id, named]));
  const resolve = aliasResolver(byId);
  const classOf = namedClasses(schemas, resolve);
  const roots: Root[] = [];
  const rootClass: string[] = [];
  for (const named of schemas) {
    const target = resolve(named.id);
    // An alias is checked by its target's function: it gets none of its own.
    if (target !== named.id) continue;
    roots.push({ name: checkName(named.typeName), schema: named.schema, direction: 'json', home: home.get(named.id)! });
    rootClass.push(`n${classOf.get(named.id)!}`);
  }
  const aliases: [string, string][] = [];
  const key = (schema: Schema, direction: CheckFunction['direction']): string =>
    `${direction}|${structureTemplate(schema)((id) => classOf.get(resolve(id)) ?? id)}`;
  const inline = new Map<string, string>();
  const inlineKeys = new Map<number, string>();
  for (const unit of units)
    for (const operation of unit.operations) {
      for (const [name, schema, direction] of operationRoots(operation)) {
        if (schema.kind === 'ref') {
          aliases.push([name, resolve(schema.target)]);
          continue;
        }
        const structure = key(schema, direction);
        // A params or response schema the same as a named schema's is checked by that schema's function.
        let cls = inline.get(structure);
        if (cls === undefined) inline.set(structure, (cls = `i${inline.size}`));
        roots.push({ name, schema, direction, home: unit.file });
        rootClass.push(cls);
        inlineKeys.set(roots.length - 1, structure);
      }
    }
  // Named classes are keyed the same way, so an inline root equal to a named schema joins it.
  const namedByStructure = new Map<string, string>();
  roots.forEach((root, index) => {
    if (rootClass[index]!.startsWith('n')) namedByStructure.set(key(root.schema, root.direction), rootClass[index]!);
  });
  roots.forEach((_, index) => {
    if (rootClass[index]!.startsWith('i')) {
      const named = namedByStructure.get(inlineKeys.get(index)!);
      if (named !== undefined) rootClass[index] = named;
    }
  });
  return assemble(roots, rootClass, aliases, (id) => `n${classOf.get(resolve(id))!}`, byId);
}

/** The classes' functions, their homes, and every root's function. */
function assemble(
  roots: readonly Root[],
  rootClass: readonly string[],
  aliases: readonly (readonly [string, string])[],
  namedClass: (id: string) => string,
  byId: ReadonlyMap<string, NamedSchema>,
): CheckPlan {
  const members = new Map<string, Root[]>();
  roots.forEach((root, index) => append(members, rootClass[index]!, root));
  const classHome = new Map<string, string>();
  for (const [cls, list] of members) {
    const first = list[0]!.home;
    classHome.set(cls, list.every((root) => root.home === first) ? first : '');
  }
  // The shared module imports no unit: what a shared function calls is shared too.
  const pending = [...classHome].filter(([, where]) => where === '').map(([cls]) => cls);
  while (pending.length > 0) {
    const cls = pending.pop()!;
    for (const id of refsOf(members.get(cls)![0]!.schema)) {
      const next = namedClass(id);
      if (classHome.get(next) === '') continue;
      classHome.set(next, '');
      pending.push(next);
    }
  }
  const functionOf = new Map<string, string>();
  const homeOf = new Map<string, string>();
  const declared = new Map<string, CheckFunction[]>();
  const classFunction = new Map<string, string>();
  roots.forEach((root, index) => {
    const cls = rootClass[index]!;
    let name = classFunction.get(cls);
    if (name === undefined) {
      name = root.name;
      classFunction.set(cls, name);
      homeOf.set(name, classHome.get(cls)!);
      append(declared, classHome.get(cls)!, { name, schema: root.schema, direction: root.direction });
    }
    functionOf.set(root.name, name);
  });
  for (const [name, target] of aliases) functionOf.set(name, classFunction.get(namedClass(target))!);
  for (const named of byId.values())
    if (!functionOf.has(checkName(named.typeName)))
      functionOf.set(checkName(named.typeName), classFunction.get(namedClass(named.id))!);
  return { functionOf, homeOf, declared };
}

/** A named schema that is only a reference stands for what it references (through chains; a cycle stays). */
function aliasResolver(byId: ReadonlyMap<string, NamedSchema>): (id: string) => string {
  const resolved = new Map<string, string>();
  return (id) => {
    const known = resolved.get(id);
    if (known !== undefined) return known;
    const seen = new Set<string>([id]);
    let current = id;
    for (;;) {
      const schema = byId.get(current)?.schema;
      if (schema?.kind !== 'ref' || seen.has(schema.target) || !byId.has(schema.target)) break;
      current = schema.target;
      seen.add(current);
    }
    // A cycle of aliases has no schema to check by: each keeps its own function.
    // (An id no named schema has, from a malformed discriminator, stands for itself.)
    const end = byId.get(current)?.schema.kind === 'ref' ? id : current;
    resolved.set(id, end);
    return end;
  };
}

type Template = (classOf: (id: string) => number | string) => string;

/** Named schema id -> class number, by partition refinement over their structures. */
function namedClasses(schemas: readonly NamedSchema[], resolve: (id: string) => string): Map<string, number> {
  const own = schemas.filter((named) => resolve(named.id) === named.id);
  let classOf = new Map(own.map((named) => [named.id, 0]));
  let count = 1;
  // Each schema is walked once; each round only fills in its references' classes.
  const templates = own.map((named) => structureTemplate(named.schema));
  for (;;) {
    const numbers = new Map<string, number>();
    const next = new Map<string, number>();
    for (const [index, named] of own.entries()) {
      const structure = templates[index]!((id) => classOf.get(resolve(id)) ?? id);
      let number = numbers.get(structure);
      if (number === undefined) numbers.set(structure, (number = numbers.size));
      next.set(named.id, number);
    }
    classOf = next;
    // Refinement only splits classes: when none split, it is done.
    if (numbers.size === count) return classOf;
    count = numbers.size;
  }
}

/**
 * What a schema's check code depends on, as text: keywords and the `format` annotation, with
 * every reference (and discriminator mapping target) replaced by its target's class. Source
 * positions and other annotations never change the code.
 */
function structuralKey(schema: Schema, classOf: (id: string) => number | string): string {
  return JSON.stringify(schema, function (this: unknown, key, value: unknown) {
    // Constant values are data: an `at` or `target` key inside them is compared, never replaced.
    if (key === 'enum' || key === 'const') return JSON.stringify(value);
    if (key === 'at') return undefined;
    if (key === 'annotations') {
      const format = (value as { format?: string }).format;
      return format === undefined ? undefined : { format };
    }
    if (typeof value === 'object' && value !== null && (value as Schema).kind === 'ref')
      return { ref: classOf((value as { target: string }).target) };
    // Outside a reference (replaced above), `target` is a discriminator mapping's.
    if (key === 'target' && typeof value === 'string') return { ref: classOf(value) };
    return value;
  });
}

/**
 * structuralKey as a function of `classOf` only, in a short form that is equal exactly when
 * structuralKey's texts are: the number of the schema's text with its references left out (the
 * same number for the same text, every run) and its references' classes. The schema is walked
 * once; falls back to walking again (the whole text) when the schema's own text contains the
 * marker that stands for a reference. Remembered by schema: model nodes are never changed, and
 * `--watch` keeps the schemas of unchanged spec nodes from one run to the next, so each is made once.
 */
const structureTemplate = byObject(newTemplate);

/** Each text with its references left out, numbered. */
const SHAPES = new Map<string, number>();

function newTemplate(schema: Schema): Template {
  const targets: string[] = [];
  const text = structuralKey(schema, (id) => `${REF_MARKER}${targets.push(id) - 1}`);
  // Only the replacer's objects have that form; one more match means the schema holds its text.
  if (text.split(MARKER_PATTERN).length !== targets.length + 1)
    return (classOf) => `text:${structuralKey(schema, classOf)}`;
  let shape = SHAPES.get(text);
  if (shape === undefined) SHAPES.set(text, (shape = SHAPES.size));
  const prefix = `${shape}|`;
  return (classOf) => prefix + targets.map((target) => JSON.stringify(classOf(target))).join(',');
}

/** In structuralKey's text, `{"ref":"\u0001ref<n>"}`: a reference's class, filled in later. */
const REF_MARKER = '\u0001ref';
const MARKER_PATTERN = /\{"ref":"\\u0001ref\d+"\}/;

/** The named schemas a schema references, discriminator mappings included. */
function refsOf(schema: Schema): Set<string> {
  const found = new Set<string>();
  JSON.stringify(schema, (key, value: unknown) => {
    if (typeof value === 'object' && value !== null && (value as Schema).kind === 'ref') {
      found.add((value as { target: string }).target);
      return undefined;
    }
    if (key === 'target' && typeof value === 'string') found.add(value);
    // Annotations are data too: an example's `target` key is no mapping (Cloudflare has one).
    return key === 'at' || key === 'enum' || key === 'const' || key === 'annotations' ? undefined : value;
  });
  return found;
}
