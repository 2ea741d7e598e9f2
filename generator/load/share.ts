import type { Json } from '../model/at.js';

/**
 * `next` with every subtree equal to the same place in `previous` replaced by `previous`'s own
 * object, so that "unchanged since the last run" is an identity test (`===`) anywhere in the
 * document. `--watch` keys what it keeps between runs (schemas read, operations built) on the
 * nodes they came from: after one edit, every node off the edited path is the object of the run
 * before. Keys must also be in the same order, which the output follows. `next` is the freshly
 * parsed document, owned by the caller: changed containers are updated in place.
 */
export function shareUnchanged(previous: Json, next: Json): Json {
  return shared(previous, next);
}

function shared(previous: Json, next: Json): Json {
  if (Object.is(previous, next) || typeof next !== 'object' || next === null) return next;
  if (typeof previous !== 'object' || previous === null) return next;
  if (Array.isArray(next)) return Array.isArray(previous) ? sharedItems(previous, next) : next;
  if (Array.isArray(previous)) return next;
  return sharedMembers(previous as Record<string, Json>, next as Record<string, Json>);
}

function sharedItems(previous: readonly Json[], next: Json[]): Json {
  let same = previous.length === next.length;
  for (let index = 0; index < next.length; index++) {
    if (index >= previous.length) break;
    const item = shared(previous[index] as Json, next[index] as Json);
    next[index] = item;
    if (!Object.is(item, previous[index])) same = false;
  }
  return same ? previous : next;
}

function sharedMembers(previous: Record<string, Json>, next: Record<string, Json>): Json {
  const keys = Object.keys(next);
  const before = Object.keys(previous);
  let same = keys.length === before.length;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (same && before[index] !== key) same = false;
    if (!Object.hasOwn(previous, key)) continue;
    const member = shared(previous[key] as Json, next[key] as Json);
    // A key named __proto__ is an own data property of a parsed document: define, never assign.
    if (member !== next[key])
      Object.defineProperty(next, key, { value: member, enumerable: true, writable: true, configurable: true });
    if (!Object.is(member, previous[key])) same = false;
  }
  return same ? previous : next;
}
