/** Turning spec names into TypeScript identifiers: deterministic, and safe by construction. */

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await'.split(
    ' ',
  ),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED.has(name);
}

/** A name usable bare after a dot (`client.things.delete()`): reserved words are fine there. */
export function isPropertyName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** Words of a name in any convention: `user-billing-history-(-deprecated)` -> user, billing, history, deprecated. */
export function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '');
}

export function camelCase(name: string): string {
  const [first = '', ...rest] = words(name);
  return safe(first.charAt(0).toLowerCase() + first.slice(1) + rest.map(capitalise).join(''));
}

export function pascalCase(name: string): string {
  return safe(words(name).map(capitalise).join(''));
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Names that still cannot be identifiers (empty, leading digit, reserved) get an underscore. */
function safe(name: string): string {
  if (name === '' || /^[0-9]/.test(name) || RESERVED.has(name)) return `_${name}`;
  return name;
}
