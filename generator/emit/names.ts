/**
 * Which names may appear where. Names are ASCII: a name the spec derives is made an identifier by
 * the generator's name table, and ASCII keeps both the identifier rules and column widths simple.
 */

const IDENTIFIER_NAME = /^[A-Za-z_$][\w$]*$/;

/** Reserved in strict-mode module code: never a binding or a reference. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await'
  ).split(' '),
);

/** Strict mode forbids binding these two, though they may be read. */
const UNBINDABLE = new Set(['arguments', 'eval']);

/** TypeScript refuses these as the name of a type alias, interface or class. */
const PREDEFINED_TYPES = new Set(
  'any unknown never void undefined null object string number bigint boolean symbol'.split(' '),
);

/** An identifier name: what may follow a dot or stand as an unquoted key (reserved words too). */
export const isIdentifierName = (name: string): boolean => IDENTIFIER_NAME.test(name);

function fail(name: string, role: string): never {
  throw new Error(`emit: ${JSON.stringify(name)} is not a valid ${role}`);
}

/** A name a declaration introduces (function, variable, parameter, import binding). */
export function bindingName(name: string): string {
  if (!isIdentifierName(name) || RESERVED.has(name) || UNBINDABLE.has(name)) fail(name, 'binding name');
  return name;
}

/** A declared type name: a binding name TypeScript does not reserve for its own types. */
export function typeBindingName(name: string): string {
  if (PREDEFINED_TYPES.has(name)) fail(name, 'type name');
  return bindingName(name);
}

/** A name read as an expression; `this` is allowed, other reserved words are not. */
export function referenceName(name: string): string {
  if (name !== 'this' && (!isIdentifierName(name) || RESERVED.has(name))) fail(name, 'identifier');
  return name;
}

/** A dotted path of references (`ns.Type`, `typeof a.b`): each part after the first an identifier name. */
export function dottedName(name: string): string {
  const [first = '', ...rest] = name.split('.');
  referenceName(first);
  for (const part of rest) if (!isIdentifierName(part)) fail(name, 'dotted name');
  return name;
}

/** A name after a dot (`a.name`) or an export alias: any identifier name, reserved words included. */
export function memberName(name: string): string {
  if (!isIdentifierName(name)) fail(name, 'member name');
  return name;
}
