import type { Json } from '../model.js';
import { isIdentifier } from '../names.js';
import { jsdocText, jsLiteral } from './template-engine.js';

/**
 * Typed builders for generated TypeScript, after ajv's `lib/compile/codegen`. Code is a `Code`
 * value, never a bare string, and a spec-derived value can become code only through `str`
 * (a literal), `ident` (a checked identifier), `prop` (a member access) or `jsdoc`. The `_`
 * tag quotes every plain string it interpolates, so a spec string spliced into a template
 * lands as a string literal, never as code.
 */
export class Code {
  readonly #text: string;

  /** Only this module makes Code: `token` is not exported. */
  constructor(token: typeof TOKEN, text: string) {
    if (token !== TOKEN) throw new Error('Code is made by the builders in codegen.ts');
    this.#text = text;
  }

  toString(): string {
    return this.#text;
  }
}

const TOKEN: unique symbol = Symbol('codegen');

function code(text: string): Code {
  return new Code(TOKEN, text);
}

export type Interpolation = Code | string | number | boolean | null;

/** `_\`if (${cond}) return ${false};\``: Code is spliced as is, any other value as a literal. */
export function _(parts: TemplateStringsArray, ...values: readonly Interpolation[]): Code {
  let text = parts[0] ?? '';
  values.forEach((value, index) => {
    text += (value instanceof Code ? value.toString() : str(value).toString()) + (parts[index + 1] ?? '');
  });
  return code(text);
}

/** A JavaScript literal for a JSON value (the one escape every spec value goes through). */
export function str(value: Json): Code {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`codegen: ${value} has no literal`);
  // An object literal's `"__proto__":` sets the prototype instead of a property; JSON.parse does not.
  if (hasProtoKey(value)) return _`JSON.parse(${jsLiteral(value)})`;
  return code(jsLiteral(value));
}

function hasProtoKey(value: Json): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(hasProtoKey);
  return Object.keys(value).some(
    (key) => key === '__proto__' || hasProtoKey((value as Record<string, Json>)[key] ?? null),
  );
}

/** An identifier, or an exception: names must never be spliced in unchecked. */
export function ident(name: string): Code {
  if (!isIdentifier(name)) throw new Error(`codegen: ${JSON.stringify(name)} is not an identifier`);
  return code(name);
}

const IDENTIFIER_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `object.name` when `name` is an identifier name (reserved words are fine after a dot), else `object["name"]`. */
export function prop(object: Code, name: string): Code {
  return IDENTIFIER_NAME.test(name) ? _`${object}.${code(name)}` : _`${object}[${name}]`;
}

/** Codes joined by a separator that is itself code (`' || '`, `', '`). */
export function join(codes: readonly Code[], separator: Code): Code {
  return code(codes.map(String).join(separator.toString()));
}

/** A one-line JSDoc comment. */
export function jsdoc(text: string): Code {
  return code(`/** ${jsdocText(text).replace(/[\n\u2028\u2029]+/g, ' ')} */`);
}

/**
 * Unique identifiers inside one scope. `fresh` turns a hint (often a spec property name) into a
 * readable camelCase name that is not taken, so generated locals never shadow each other or
 * anything imported or declared at module level.
 */
export class Names {
  readonly #used = new Set<string>();

  /** `outer`: an enclosing scope (the module), whose names are taken here too. */
  constructor(
    taken: Iterable<string> = [],
    private readonly outer?: Names,
  ) {
    for (const name of taken) this.#used.add(name);
  }

  /** Claims an exact name; taking it twice is a generator bug. */
  reserve(name: string): Code {
    if (this.has(name)) throw new Error(`codegen: the name ${name} is used twice`);
    this.#used.add(name);
    return ident(name);
  }

  fresh(hint: string): Code {
    const base = camelHint(hint);
    let name = base;
    for (let n = 2; this.has(name) || !isIdentifier(name); n++) name = `${base}${n}`;
    this.#used.add(name);
    return ident(name);
  }

  has(name: string): boolean {
    return this.#used.has(name) || (this.outer?.has(name) ?? false);
  }
}

/** `occurred_at` -> `occurredAt`, `a-b` -> `aB`, `*\/` -> `value`: letters and digits only. */
function camelHint(hint: string): string {
  const words = hint.split(/[^A-Za-z0-9]+/).filter((word) => word !== '');
  const joined = words
    .map((word, index) => (index === 0 ? word.charAt(0).toLowerCase() : word.charAt(0).toUpperCase()) + word.slice(1))
    .join('');
  return /^[a-z]/.test(joined) && joined.length <= 24 ? joined : 'value';
}

/** A multi-line JSDoc block, one Code per line. */
export function docBlock(lines: readonly string[]): Code[] {
  const body = lines.flatMap((line) => jsdocText(line).split(/[\n\u2028\u2029]/));
  return [code('/**'), ...body.map((line) => code(line === '' ? ' *' : ` * ${line}`)), code(' */')];
}

/** Lines with indentation; blocks open with `{` and close with `}`. */
export class CodeWriter {
  readonly #lines: string[] = [];
  #depth = 0;

  line(text: Code): this {
    this.#lines.push('  '.repeat(this.#depth) + text.toString());
    return this;
  }

  blank(): this {
    if (this.#lines.length > 0 && this.#lines.at(-1) !== '') this.#lines.push('');
    return this;
  }

  /** `head {`, the body, `}`. */
  block(head: Code, body: () => void): this {
    this.line(_`${head} {`);
    this.#depth++;
    body();
    this.#depth--;
    return this.line(_`}`);
  }

  /** `if (cond) { then } else { otherwise }`. */
  ifElse(cond: Code, then: () => void, otherwise: () => void): this {
    this.line(_`if (${cond}) {`);
    this.#depth++;
    then();
    this.#depth--;
    this.line(_`} else {`);
    this.#depth++;
    otherwise();
    this.#depth--;
    return this.line(_`}`);
  }

  /** Appends another writer's lines at the current depth. */
  append(other: CodeWriter): this {
    for (const text of other.#lines) this.#lines.push(text === '' ? '' : '  '.repeat(this.#depth) + text);
    return this;
  }

  get empty(): boolean {
    return this.#lines.length === 0;
  }

  toString(): string {
    return `${this.#lines.join('\n')}\n`;
  }
}
