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

export function printJson(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new Error('emit: the value has no JSON form');
  // Round-tripping applies toJSON, drops undefined members and fails on what JSON cannot hold.
  return layout([jsonDoc(JSON.parse(text) as Json), hardline], PRINT_WIDTH, undefined, stringWidth);
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
