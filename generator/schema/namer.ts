/**
 * Names for generated declarations. A spec string never becomes a name as it is: a hint is cut
 * down to identifier characters, kept off every reserved word, global and helper the code uses
 * (a property named `undefined` once made `const undefined = obj.undefined;`), and numbered when
 * taken. A function's locals come from a child of the module's namer, so they avoid its names too.
 */

/** ECMAScript reserved words (strict mode included) and the names that behave like them. */
const RESERVED_WORDS = [
  'arguments',
  'await',
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'eval',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'implements',
  'import',
  'in',
  'instanceof',
  'interface',
  'let',
  'new',
  'null',
  'package',
  'private',
  'protected',
  'public',
  'return',
  'static',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'undefined',
  'NaN',
  'Infinity',
  'globalThis',
  'async',
  'of',
  'get',
  'set',
  'as',
  'any',
  'unknown',
  'never',
  'object',
  'string',
  'number',
  'boolean',
  'symbol',
  'bigint',
  'type',
  'declare',
  'readonly',
  'keyof',
  'infer',
];

/** Globals generated checks use: shadowing one would change what the code does. */
const GLOBALS = [
  'Object',
  'Array',
  'Number',
  'String',
  'Set',
  'Map',
  'RegExp',
  'JSON',
  'Math',
  'Symbol',
  'Boolean',
  'Record',
  'IssueSink',
];

export const RESERVED: ReadonlySet<string> = new Set([...RESERVED_WORDS, ...GLOBALS]);

const MAX_HINT = 24;

export class Namer {
  readonly #taken = new Set<string>();
  readonly #parent: Namer | undefined;

  constructor(reserved: Iterable<string> = [], parent?: Namer) {
    this.#parent = parent;
    for (const name of reserved) this.#taken.add(name);
  }

  has(name: string): boolean {
    return RESERVED.has(name) || this.#taken.has(name) || (this.#parent?.has(name) ?? false);
  }

  /** Claims exactly `name` (a name the caller chose); throws when it cannot be had. */
  reserve(name: string): string {
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) || this.has(name))
      throw new Error(`codegen: the name ${JSON.stringify(name)} is not available`);
    this.#taken.add(name);
    return name;
  }

  /** A new name from `hint`: `prop`, `prop2`...; a hint with nothing usable in it gives `stem`. */
  fresh(hint: string, stem = 'v'): string {
    const base = sanitise(hint) ?? stem;
    let name = RESERVED.has(base) ? `${base}_` : base;
    for (let count = 2; this.has(name); count++) name = `${base}${count}`;
    this.#taken.add(name);
    return name;
  }
}

function sanitise(hint: string): string | undefined {
  const cleaned = hint
    .replace(/[^A-Za-z0-9_$]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_HINT);
  if (cleaned === '') return undefined;
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}
