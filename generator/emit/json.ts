/**
 * JSON as Prettier prints `JSON.stringify(value, null, 2)` with the `json` parser: every
 * non-empty object expanded (the input breaks after each `{`, and Prettier keeps that), arrays
 * on one line when they fit, numbers filling lines, one item per line otherwise. The result is
 * also a fixed point of Prettier. Strings keep their characters, so widths are Prettier's.
 */
import { fill, group, hardline, indent, join, line, softline, type Doc } from './doc.js';
import { layout } from './layout.js';
import { printNumber } from './literals.js';
import { stringWidth } from './string-width.js';
import { PRINT_WIDTH } from './width.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The value's objects must not change once printed: the JSON form and the text of each are
 * remembered by object, so `--watch`, which keeps the API surface's entries of unchanged units,
 * prints only the entries of what changed.
 */
export function printJson(value: unknown): string {
  const json = jsonForm(value);
  if (json === undefined) throw new Error('emit: the value has no JSON form');
  return `${valueText(json, 0)}\n`;
}

/**
 * What `JSON.parse(JSON.stringify(value))` gives (toJSON applied, undefined members dropped,
 * non-finite numbers null), made once per object.
 */
function jsonForm(value: unknown, applyToJson = true): Json | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object') return undefined;
  // JSON.stringify calls toJSON once, then writes what it gives as it is.
  if (applyToJson && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return jsonForm((value as { toJSON(): unknown }).toJSON(), false);
  const known = JSON_FORMS.get(value);
  if (known !== undefined) return known;
  let json: Json;
  if (Array.isArray(value)) json = value.map((item: unknown) => jsonForm(item) ?? null);
  else {
    const members: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) {
      const member = jsonForm((value as Record<string, unknown>)[key]);
      if (member !== undefined)
        Object.defineProperty(members, key, { value: member, enumerable: true, writable: true, configurable: true });
    }
    json = members;
  }
  JSON_FORMS.set(value, json);
  return json;
}

const JSON_FORMS = new WeakMap<object, Json>();

/**
 * A value printed at `depth` (two spaces each). A non-empty object is always expanded, so each of
 * its members starts a line and ends at a line break: a member's layout depends only on itself,
 * its depth and whether a comma follows it, and members are printed one at a time; an object
 * printed before at the same depth is not printed again.
 */
function valueText(value: Json, depth: number): string {
  if (!isExpandedObject(value)) return memberText(undefined, value, depth, false);
  let texts = OBJECT_TEXTS.get(value);
  if (texts === undefined) OBJECT_TEXTS.set(value, (texts = new Map()));
  let text = texts.get(depth);
  if (text === undefined) {
    const entries = Object.entries(value);
    const members = entries.map(([key, item], index) => {
      const comma = index < entries.length - 1 ? ',' : '';
      return isExpandedObject(item)
        ? `${'  '.repeat(depth + 1)}${JSON.stringify(key)}: ${valueText(item, depth + 1)}${comma}`
        : memberText(key, item, depth + 1, comma !== '');
    });
    texts.set(depth, (text = `{\n${members.join('\n')}\n${'  '.repeat(depth)}}`));
  }
  return text;
}

/** The text of each object (of the JSON forms above) by the depth it was printed at. */
const OBJECT_TEXTS = new WeakMap<object, Map<number, string>>();

/** One member (or a whole value when `key` is undefined) laid out at the start of a line at `depth`. */
function memberText(key: string | undefined, item: Json, depth: number, comma: boolean): string {
  const member = key === undefined ? jsonDoc(item) : group([JSON.stringify(key), ': ', jsonDoc(item)]);
  let doc: Doc = [hardline, member, comma ? ',' : ''];
  for (let level = 0; level < depth; level++) doc = indent(doc);
  // Laid out after a line break at the member's indentation; the break itself is not part of it.
  return layout(doc, PRINT_WIDTH, undefined, stringWidth).slice(1);
}

function isExpandedObject(value: Json): value is { [key: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
}

function jsonDoc(value: Json): Doc {
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return numberDoc(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return arrayDoc(value);
  return objectDoc(value);
}

/** `JSON.stringify` writes -0 as `0`; Prettier drops the `+` of exponents (`1e+21` as `1e21`). */
const numberDoc = (value: number): Doc =>
  value < 0 ? ['-', printNumber(-value)] : printNumber(Object.is(value, -0) ? 0 : value);

function objectDoc(value: { [key: string]: Json }): Doc {
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const members = entries.map(([key, item]) => group([JSON.stringify(key), ': ', jsonDoc(item)]));
  return group(['{', indent([line, join([',', line], members)]), line, '}'], { shouldBreak: true });
}

const isNumber = (item: Json): boolean => typeof item === 'number';

function arrayDoc(items: Json[]): Doc {
  if (items.length === 0) return '[]';
  const content = items.every(isNumber)
    ? numbersDoc(items)
    : join(
        [',', line],
        items.map((item) => group(jsonDoc(item))),
      );
  return group(['[', indent([softline, content]), softline, ']'], { shouldBreak: shouldBreakArray(items) });
}

function numbersDoc(items: Json[]): Doc {
  const parts: Doc[] = [];
  items.forEach((item, index) => {
    if (index > 0) parts.push(line);
    parts.push([jsonDoc(item), index < items.length - 1 ? ',' : '']);
  });
  return fill(parts);
}

/** Two or more objects (or arrays), all of one kind, each with more than one entry: one per line. */
function shouldBreakArray(items: Json[]): boolean {
  const kind = (item: Json): string =>
    Array.isArray(item) ? 'array' : item !== null && typeof item === 'object' ? 'object' : 'other';
  return (
    items.length > 1 &&
    items.every((item, index) => {
      const next = items[index + 1];
      if (kind(item) === 'other' || (next !== undefined && kind(next) !== kind(item))) return false;
      return (Array.isArray(item) ? item.length : Object.keys(item as object).length) > 1;
    })
  );
}
