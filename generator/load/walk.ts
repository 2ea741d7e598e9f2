import type { Json } from '../model/at.js';
import { escapeToken, isRecord } from '../util/pointer.js';
import { type Child, ENTRIES, type NodeKind, STRUCTURE } from './walk-kinds.js';

export type { NodeKind } from './walk-kinds.js';

export type JsonObject = { readonly [key: string]: Json };

/** Where the walk is. Read `pointer` during the visit: the path moves on afterwards. */
export interface WalkPath {
  /** The tokens from the root to the node, keys and array indexes. */
  readonly tokens: readonly (string | number)[];
  /** The node's JSON pointer, built when read (the walk itself builds no strings). */
  readonly pointer: string;
}

/** Called for every structural object, before its contents; returning false skips them. */
export type DocumentVisitor = (node: JsonObject, kind: NodeKind, path: WalkPath) => void | boolean;

/**
 * Visits every object in a structural position of an OpenAPI document (the document, path items,
 * operations, parameters, schemas, responses...) with its kind, in document order, never entering
 * data (examples, defaults, enums, `x-` extensions). A `{ $ref }` object is visited as the kind
 * of node it stands for; the walk does not follow references. A YAML alias is walked wherever
 * it appears (its size was bounded at load).
 */
export function walkDocument(document: Json, visit: DocumentVisitor): void {
  new Walker(visit).node(document, 'document');
}

class Walker implements WalkPath {
  readonly tokens: (string | number)[] = [];

  constructor(readonly visit: DocumentVisitor) {}

  get pointer(): string {
    let pointer = '';
    for (const token of this.tokens) pointer += `/${typeof token === 'number' ? token : escape(token)}`;
    return pointer;
  }

  node(value: Json | undefined, kind: NodeKind): void {
    if (Array.isArray(value)) {
      this.items(value as readonly Json[], kind);
      return;
    }
    if (!isRecord(value)) return;
    const node = value as JsonObject;
    if (this.visit(node, kind, this) === false) return;
    const structure = STRUCTURE[kind];
    const entries = ENTRIES[kind];
    const tokens = this.tokens;
    for (const key in node) {
      const child = Object.hasOwn(structure, key) ? structure[key] : undefined;
      if (child === undefined && (entries === undefined || key.startsWith('x-'))) continue;
      tokens.push(key);
      if (child === undefined) this.node(node[key], entries as NodeKind);
      else this.child(node[key], child);
      tokens.pop();
    }
  }

  child(value: Json | undefined, child: Child): void {
    if ('kind' in child) this.node(value, child.kind);
    else if ('list' in child) {
      if (Array.isArray(value)) this.items(value as readonly Json[], child.list);
    } else if (isRecord(value)) {
      const named = value as JsonObject;
      const tokens = this.tokens;
      for (const name in named) {
        tokens.push(name);
        this.node(named[name], child.names);
        tokens.pop();
      }
    }
  }

  items(items: readonly Json[], kind: NodeKind): void {
    const tokens = this.tokens;
    for (let index = 0; index < items.length; index++) {
      tokens.push(index);
      this.node(items[index], kind);
      tokens.pop();
    }
  }
}

/** RFC 6901 escaping, with a fast path: almost no key holds `~` or `/`. */
function escape(token: string): string {
  return token.includes('~') || token.includes('/') ? escapeToken(token) : token;
}
