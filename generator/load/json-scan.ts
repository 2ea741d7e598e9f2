/**
 * One pass over JSON text: checks the syntax exactly as JSON.parse does, counts values, keys and
 * nesting, and (for the callers that want it) reports where each value and key starts. It never
 * builds strings on the way, so checking a 4 MB spec costs a few milliseconds; JSON.parse then
 * builds the values. Iterative, with its own stack: nesting cannot overflow the call stack.
 */

/** Told about every value in document order (a container before its contents). */
export interface JsonScanSink {
  /** A value starts at `offset`; `keyOffset` is its key's opening quote, or -1 in an array or at the root. */
  value(offset: number, keyOffset: number): void;
  /** The innermost open object or array closes. */
  close(): void;
}

export interface JsonScanLimits {
  readonly maxDepth: number;
  readonly maxNodes: number;
}

export type JsonScanResult =
  | { readonly ok: true; readonly nodes: number; readonly keys: number }
  | { readonly ok: false; readonly offset: number; readonly reason: JsonFailure; readonly message: string };

export type JsonFailure = 'syntax' | 'depth' | 'nodes';

const enum Char {
  Tab = 9,
  LineFeed = 10,
  Return = 13,
  Space = 32,
  Quote = 34,
  Plus = 43,
  Comma = 44,
  Minus = 45,
  Dot = 46,
  Zero = 48,
  Nine = 57,
  Colon = 58,
  OpenBracket = 91,
  Backslash = 92,
  CloseBracket = 93,
  LowerE = 101,
  UpperE = 69,
  OpenBrace = 123,
  CloseBrace = 125,
}

const LITERALS = ['true', 'false', 'null'] as const;

/** Thrown inside the scanner and caught by scanJson, never further: data, not an Error with a stack. */
class Failure {
  constructor(
    readonly offset: number,
    readonly message: string,
    readonly reason: JsonFailure = 'syntax',
  ) {}
}

export function scanJson(text: string, limits: JsonScanLimits, sink?: JsonScanSink): JsonScanResult {
  try {
    return new Scanner(text, limits, sink).run();
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { ok: false, offset: error.offset, reason: error.reason, message: error.message };
  }
}

class Scanner {
  #at = 0;
  #depth = 0;
  #nodes = 0;
  #keys = 0;
  /** For each open container: true for an object. */
  readonly #objects: Uint8Array;

  constructor(
    readonly text: string,
    readonly limits: JsonScanLimits,
    readonly sink: JsonScanSink | undefined,
  ) {
    this.#objects = new Uint8Array(limits.maxDepth + 2);
  }

  run(): JsonScanResult {
    let keyOffset = -1;
    for (;;) {
      // A value starts here; a container that opens either continues with its first value or is empty.
      const opened = this.#value(keyOffset);
      if (opened !== undefined) {
        keyOffset = opened;
        continue;
      }
      // After a value: separators and closing brackets, until the next value or the end.
      const next = this.#afterValue();
      if (next === undefined) return { ok: true, nodes: this.#nodes, keys: this.#keys };
      keyOffset = next;
    }
  }

  /** Scans one value; for a non-empty container, returns the key offset of its first value. */
  #value(keyOffset: number): number | undefined {
    const text = this.text;
    const at = this.#skipSpace(this.#at);
    this.sink?.value(at, keyOffset);
    if (++this.#nodes > this.limits.maxNodes) throw new Failure(at, 'too many values', 'nodes');
    const char = text.charCodeAt(at);
    if (char === Char.OpenBrace || char === Char.OpenBracket) return this.#open(at, char === Char.OpenBrace);
    if (char === Char.Quote) this.#at = this.#string(at);
    else if (char === Char.Minus || (char >= Char.Zero && char <= Char.Nine)) this.#at = this.#number(at);
    else this.#at = this.#literal(at);
    return undefined;
  }

  #open(at: number, isObject: boolean): number | undefined {
    if (this.#depth >= this.limits.maxDepth) throw new Failure(at, 'nested too deeply', 'depth');
    this.#objects[++this.#depth] = isObject ? 1 : 0;
    const next = this.#skipSpace(at + 1);
    const char = this.text.charCodeAt(next);
    if (char === (isObject ? Char.CloseBrace : Char.CloseBracket)) {
      this.#at = next + 1;
      this.#depth--;
      this.sink?.close();
      return undefined;
    }
    if (!isObject) {
      this.#at = next;
      return -1;
    }
    return this.#key(next, "a key in double quotes or '}'");
  }

  /** Reads `"key" :` at `at` and returns the key's offset. */
  #key(at: number, expected: string): number {
    if (this.text.charCodeAt(at) !== Char.Quote) throw this.#unexpected(at, expected);
    const end = this.#skipSpace(this.#string(at));
    if (this.text.charCodeAt(end) !== Char.Colon) throw this.#unexpected(end, "':' after the key");
    this.#keys++;
    this.#at = end + 1;
    return at;
  }

  /** Returns the key offset of the next value (-1 in an array), or undefined at the end of the document. */
  #afterValue(): number | undefined {
    const text = this.text;
    for (;;) {
      const at = this.#skipSpace(this.#at);
      if (this.#depth === 0) {
        if (at < text.length) throw new Failure(at, 'unexpected text after the end of the document');
        return undefined;
      }
      const isObject = this.#objects[this.#depth] === 1;
      const char = text.charCodeAt(at);
      if (char === (isObject ? Char.CloseBrace : Char.CloseBracket)) {
        this.#at = at + 1;
        this.#depth--;
        this.sink?.close();
        continue;
      }
      if (char !== Char.Comma) throw this.#missingComma(at, isObject);
      const next = this.#skipSpace(at + 1);
      const after = text.charCodeAt(next);
      if (after === Char.CloseBrace || after === Char.CloseBracket) {
        throw new Failure(at, `trailing comma: JSON allows no ',' before '${String.fromCharCode(after)}'`);
      }
      if (!isObject) {
        this.#at = next;
        return -1;
      }
      return this.#key(next, 'a key in double quotes');
    }
  }

  #missingComma(at: number, isObject: boolean): Failure {
    const close = isObject ? '}' : ']';
    if (at >= this.text.length) return new Failure(at, `unexpected end of the file: expected '${close}'`);
    const char = this.text.charCodeAt(at);
    const startsValue = char === Char.Quote || char === Char.OpenBrace || char === Char.OpenBracket;
    if (startsValue) return new Failure(at, `missing ',' between ${isObject ? 'members' : 'items'}`);
    return this.#unexpected(at, `',' or '${close}'`);
  }

  /** Returns the offset after the closing quote. */
  #string(at: number): number {
    const text = this.text;
    for (let index = at + 1; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char === Char.Quote) return index + 1;
      if (char === Char.Backslash) index = this.#escape(index);
      else if (char < Char.Space) {
        if (char === Char.LineFeed || char === Char.Return) throw new Failure(at, 'unterminated string');
        throw new Failure(index, 'control character in a string: write it as an escape such as \\t');
      }
    }
    throw new Failure(at, 'unterminated string');
  }

  /** Returns the offset of the escape's last character. */
  #escape(at: number): number {
    const char = this.text[at + 1];
    if (char !== undefined && '"\\/bfnrt'.includes(char)) return at + 1;
    if (char === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(at + 2, at + 6))) return at + 5;
    throw new Failure(at, `invalid escape '\\${char ?? ''}' in a string`);
  }

  #number(at: number): number {
    const text = this.text;
    let index = at;
    if (text.charCodeAt(index) === Char.Minus) index++;
    const first = text.charCodeAt(index);
    if (first === Char.Zero) index++;
    else if (first > Char.Zero && first <= Char.Nine) index = this.#digits(index);
    else throw new Failure(at, 'invalid number');
    if (text.charCodeAt(index) === Char.Dot) index = this.#requiredDigits(index + 1, at);
    const exponent = text.charCodeAt(index);
    if (exponent === Char.LowerE || exponent === Char.UpperE) {
      index++;
      const sign = text.charCodeAt(index);
      if (sign === Char.Plus || sign === Char.Minus) index++;
      index = this.#requiredDigits(index, at);
    }
    return index;
  }

  #requiredDigits(index: number, start: number): number {
    const end = this.#digits(index);
    if (end === index) throw new Failure(start, 'invalid number');
    return end;
  }

  #digits(index: number): number {
    const text = this.text;
    let at = index;
    while (at < text.length && text.charCodeAt(at) >= Char.Zero && text.charCodeAt(at) <= Char.Nine) at++;
    return at;
  }

  #literal(at: number): number {
    for (const word of LITERALS) {
      if (this.text.startsWith(word, at)) return at + word.length;
    }
    throw this.#unexpected(at, 'a value');
  }

  #unexpected(at: number, expected: string): Failure {
    if (at >= this.text.length) return new Failure(at, `unexpected end of the file: expected ${expected}`);
    return new Failure(at, `expected ${expected}, found ${describe(this.text, at)}`);
  }

  #skipSpace(at: number): number {
    const text = this.text;
    let index = at;
    for (;;) {
      const char = text.charCodeAt(index);
      if (char !== Char.Space && char !== Char.LineFeed && char !== Char.Return && char !== Char.Tab) return index;
      index++;
    }
  }
}

/** `'x'`, a word for the common mistakes (`//` comments, single quotes, bare words). */
function describe(text: string, at: number): string {
  const char = text[at] ?? '';
  if (char === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return 'a comment (JSON has none)';
  if (char === "'") return 'a single quote (JSON strings take double quotes)';
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(at, at + 40))?.[0];
  if (word !== undefined) return `'${word}'`;
  return `'${char}'`;
}
