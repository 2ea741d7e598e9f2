/**
 * Literal text exactly as Prettier leaves it: string quotes and escapes, numbers, regular
 * expressions, property keys. Every printed character is one column wide, which is what lets
 * layout.ts measure width as `length`: a character Prettier might count as zero or two columns
 * (combining marks, CJK, emoji, invisible format characters) is written as a `\u` escape, which
 * Prettier keeps.
 */
import { isIdentifierName } from './names.js';

/**
 * Non-ASCII ranges printed as themselves: letters and punctuation that Prettier's
 * `getStringWidth` counts as exactly one column (literals.test.ts checks every code point).
 */
const NARROW_RANGES: readonly (readonly [number, number])[] = [
  [0xa1, 0xac],
  [0xae, 0x2ff],
  [0x370, 0x377],
  [0x37a, 0x37f],
  [0x384, 0x38a],
  [0x38c, 0x38c],
  [0x38e, 0x3a1],
  [0x3a3, 0x482],
  [0x48a, 0x52f],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x20a0, 0x20c0],
];

const isNarrow = (code: number): boolean => NARROW_RANGES.some(([low, high]) => code >= low && code <= high);

const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\\': '\\\\' };

const hex4 = (code: number): string => '\\u' + code.toString(16).padStart(4, '0');

/**
 * A string literal as Prettier prints it with `singleQuote`: single quotes unless the value holds
 * more single than double quotes. With `asciiOnly` every non-ASCII character is escaped, which
 * also stops Prettier from unquoting a key (it unquotes only when the raw text equals the value).
 */
export function printString(value: string, asciiOnly = false): string {
  const quote = count(value, "'") > count(value, '"') ? '"' : "'";
  let text = quote;
  let start = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 0x20 && code < 0x7f && code !== 0x5c && value[index] !== quote) continue;
    const escaped = escapeAt(value, index, quote, asciiOnly);
    if (escaped === undefined) continue;
    text += value.slice(start, index) + escaped.text;
    index += escaped.length - 1;
    start = index + 1;
  }
  return text + value.slice(start) + quote;
}

function count(value: string, char: string): number {
  let total = 0;
  for (let index = value.indexOf(char); index !== -1; index = value.indexOf(char, index + 1)) total++;
  return total;
}

/** The escape for the character at `index`, or undefined to print it as itself. */
function escapeAt(
  value: string,
  index: number,
  quote: string,
  asciiOnly: boolean,
): { text: string; length: number } | undefined {
  const char = value[index]!;
  if (char === quote) return { text: '\\' + quote, length: 1 };
  const named = NAMED_ESCAPES[char];
  if (named !== undefined) return { text: named, length: 1 };
  const code = value.charCodeAt(index);
  if (code < 0x20 || code === 0x7f) return { text: hex4(code), length: 1 };
  if (code < 0x7f) return undefined;
  const point = value.codePointAt(index)!;
  if (point > 0xffff) return { text: `\\u{${point.toString(16)}}`, length: 2 };
  // A lone surrogate, a line separator, or anything not known to be one column wide.
  if (asciiOnly || !isNarrow(code)) return { text: hex4(code), length: 1 };
  return undefined;
}

/** A finite, non-negative number as Prettier normalises it (`1e21`, not `1e+21`). */
export function printNumber(value: number): string {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0)) {
    throw new Error(`emit: ${value} is not a non-negative finite number (negatives are a unary minus)`);
  }
  return String(value).replace('e+', 'e');
}

/**
 * A regular expression literal, flags sorted as Prettier sorts them. The source must be what
 * `RegExp` itself reports as the source, which rules out an unescaped `/`, a line break and the
 * empty pattern (`//` would start a comment).
 */
export function printRegExp(source: string, flags: string): string {
  let parsed: RegExp;
  try {
    parsed = new RegExp(source, flags);
  } catch (error) {
    throw new Error(`emit: /${source}/${flags} is not a regular expression: ${(error as Error).message}`);
  }
  if (parsed.source !== source) throw new Error(`emit: /${source}/ must be written as /${parsed.source}/`);
  return `/${source}/${[...flags].sort().join('')}`;
}

/** Matches "simple" numbers Prettier unquotes as keys for the JavaScript parsers: `1`, `2.5`. */
const SIMPLE_NUMBER = /^(?:\d+|\d+\.\d+)$/;

/**
 * A property key as Prettier's `quoteProps: "as-needed"` leaves it: bare when it is an identifier
 * name, or (JavaScript only: TypeScript tells `1` and `'1'` apart) a simple number that prints
 * back as itself; quoted otherwise.
 */
export function printKey(key: string, javascript: boolean): string {
  if (isIdentifierName(key)) return key;
  if (javascript && SIMPLE_NUMBER.test(key) && String(Number(key)) === key) return key;
  return printString(key, true);
}

/** The text between interpolations of a template literal: `` ` ``, `\` and `${` escaped, as strings escape the rest. */
export function printTemplateText(text: string): string {
  let printed = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '$' && text[index + 1] === '{') printed += '\\$';
    else if (char === '`') printed += '\\`';
    else {
      const code = text.charCodeAt(index);
      const escaped = code >= 0x20 && code < 0x7f && char !== '\\' ? undefined : escapeAt(text, index, '`', false);
      printed += escaped?.text ?? char;
      if (escaped !== undefined) index += escaped.length - 1;
    }
  }
  return printed;
}
