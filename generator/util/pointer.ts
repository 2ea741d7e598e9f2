/** RFC 6901 JSON pointers: the addresses every stage uses to say where something is. */

// Most tokens have nothing to escape: they are returned as they are, without a regex pass.

export function escapeToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function unescapeToken(token: string): string {
  if (!token.includes('~')) return token;
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

export function joinPointer(base: string, ...tokens: readonly (string | number)[]): string {
  return base + tokens.map((token) => `/${escapeToken(String(token))}`).join('');
}

/** `/a/b~1c` -> ['/a/b~1c', '/a']: the pointer and each one above it, the document's own (`''`) left out. */
export function pointerAndAncestors(pointer: string): string[] {
  const found: string[] = [];
  for (let cut = pointer.length; cut > 0; cut = pointer.lastIndexOf('/', cut - 1)) found.push(pointer.slice(0, cut));
  return found;
}

/** `/a/b~1c` -> ['a', 'b/c']; `''` -> []. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map(unescapeToken);
}

/** The value at `pointer` inside `root`, or undefined when any step is missing. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  let node: unknown = root;
  for (const token of splitPointer(pointer)) {
    node = childOf(node, token);
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * getAtPointer remembered per document (which must not change afterwards): each pointer is
 * found as one step from its parent's node, itself remembered, so the build stage's many
 * lookups of sibling and child pointers never split and walk a pointer from the root again.
 */
const remembered = new WeakMap<object, Map<string, unknown>>();

export function nodeAtPointer(document: unknown, pointer: string): unknown {
  if (document === null || typeof document !== 'object' || !pointer.startsWith('/'))
    return getAtPointer(document, pointer);
  let known = remembered.get(document);
  if (known === undefined) remembered.set(document, (known = new Map()));
  return nodeIn(document, known, pointer);
}

function nodeIn(document: object, known: Map<string, unknown>, pointer: string): unknown {
  if (pointer === '') return document;
  if (known.has(pointer)) return known.get(pointer);
  const cut = pointer.lastIndexOf('/');
  const parent = nodeIn(document, known, pointer.slice(0, cut));
  const node = parent === undefined ? undefined : childOf(parent, unescapeToken(pointer.slice(cut + 1)));
  known.set(pointer, node);
  return node;
}

/** One step down: an array's item by index, an object's own member; undefined if there is none. */
function childOf(node: unknown, token: string): unknown {
  if (Array.isArray(node)) return /^(0|[1-9]\d*)$/.test(token) ? node[Number(token)] : undefined;
  return isRecord(node) && Object.hasOwn(node, token) ? node[token] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
