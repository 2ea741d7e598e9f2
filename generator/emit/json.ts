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
import { activePrintCache } from './print-cache.js';
import { PRINT_WIDTH } from './width.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function printJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error('emit: the value has no JSON form');
  // Round-tripping applies toJSON, drops undefined members and fails on what JSON cannot hold.
  return `${valueText(JSON.parse(text) as Json, 0)}\n`;
}

/**
 * A value printed at `depth` (two spaces each). A non-empty object is always expanded, so each of
 * its members starts a line and ends at a line break: a member's layout depends only on itself,
 * its depth and whether a comma follows it, and members are printed one at a time. With a
 * PrintCache in use (`--watch`), an object printed before at the same depth is not printed again.
 */
function valueText(value: Json, depth: number): string {
  if (!isExpandedObject(value)) return memberText(undefined, value, depth, false);
  const print = (): string => {
    const entries = Object.entries(value);
    const members = entries.map(([key, item], index) => {
      const comma = index < entries.length - 1 ? ',' : '';
      return isExpandedObject(item)
        ? `${'  '.repeat(depth + 1)}${JSON.stringify(key)}: ${valueText(item, depth + 1)}${comma}`
        : memberText(key, item, depth + 1, comma !== '');
    });
    return `{\n${members.join('\n')}\n${'  '.repeat(depth)}}`;
  };
  const cache = activePrintCache();
  return cache === undefined ? print() : cache.text(`json\u0000${depth}\u0000${JSON.stringify(value)}`, print);
}

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
