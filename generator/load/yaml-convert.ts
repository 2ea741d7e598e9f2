import { isAlias, isMap, isScalar, isSeq, type Alias, type Node } from 'yaml';
import type { Json } from '../model/at.js';
import { keyString } from './yaml-keys.js';

type JsonRecord = { [key: string]: Json };

/**
 * The YAML document as plain values. yaml's own `toJS` finds each alias's anchor by scanning
 * every anchor before it, which is quadratic in the number of aliases; here the targets are
 * already known. An alias becomes the same value as its anchor (shared, not copied): its size
 * was bounded before this runs, and no alias is inside its own anchor.
 */
export function yamlToJson(root: unknown, targets: ReadonlyMap<Alias, Node>): Json {
  const anchored = new Map<unknown, Json>();
  const convert = (node: unknown): Json => {
    if (isAlias(node)) {
      const target = targets.get(node);
      return target === undefined ? null : (anchored.get(target) ?? convert(target));
    }
    if (isMap(node)) {
      const record: JsonRecord = {};
      if (node.anchor) anchored.set(node, record);
      for (const pair of node.items) setMember(record, keyString(pair.key, targets), convert(pair.value));
      return record;
    }
    if (isSeq(node)) {
      const items: Json[] = [];
      if (node.anchor) anchored.set(node, items);
      for (const item of node.items) items.push(convert(item));
      return items;
    }
    return isScalar(node) ? scalarValue(node.value) : null;
  };
  return convert(root);
}

/** `__proto__` is a key like any other in a spec: assigning it would set the object's prototype. */
function setMember(record: JsonRecord, key: string, value: Json): void {
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

/**
 * The core schema yields strings, numbers, booleans and null; anything else (a custom tag) becomes
 * text. `-0` is read as `0`, as the JSON loader reads it (see json.ts).
 */
function scalarValue(value: unknown): Json {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return Object.is(value, -0) ? 0 : value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}
