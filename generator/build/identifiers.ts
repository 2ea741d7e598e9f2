/** Turning spec names into identifiers: deterministic, and safe by construction. */

/** ECMAScript reserved words, strict-mode ones included: never a variable, function or type name. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval'
  ).split(' '),
);

/** TypeScript's own type names: `type string = ...` does not compile. */
const TYPE_KEYWORDS: ReadonlySet<string> = new Set(
  'any unknown never number bigint boolean string symbol object undefined void intrinsic'.split(' '),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name);
}

/** A name usable after a dot (`client.things.delete()`): reserved words are fine there. */
export function isPropertyName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** Words of a name in any convention: `user-billing-history-(-deprecated)` -> user, billing, history, deprecated. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
}

export function camelCase(name: string): string {
  const [first = '', ...rest] = words(name);
  return first.charAt(0).toLowerCase() + first.slice(1) + rest.map(capitalise).join('');
}

export function pascalCase(name: string): string {
  return words(name).map(capitalise).join('');
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A camelCase property name for the client (`ai-gateway` -> `aiGateway`); never empty or digit-led. */
export function propertyName(name: string): string {
  const camel = camelCase(name);
  return camel === '' || /^[0-9]/.test(camel) ? `_${camel}` : camel;
}

/** A PascalCase name usable as a type and a value: never empty, digit-led, reserved or a TS keyword type. */
export function typeIdentifier(name: string): string {
  const pascal = pascalCase(name);
  if (pascal === '' || /^[0-9]/.test(pascal)) return `_${pascal}`;
  return RESERVED_WORDS.has(pascal) || TYPE_KEYWORDS.has(pascal) ? `${pascal}_` : pascal;
}

/** `ai-gateway` from `aiGateway`: file names. */
export function kebabCase(name: string): string {
  return words(name)
    .map((word) => word.toLowerCase())
    .join('-');
}
