import { splitPointer } from '../util/pointer.js';
import { readJsonKey } from './json-keys.js';
import { scanJson, type JsonScanSink } from './json-scan.js';

/**
 * Where every value and key of a JSON text starts, for `locate`. Built by one scan on the first
 * lookup, into flat arrays indexed by the value's number in document order; each object's key
 * table and each array's item table is built the first time a lookup passes through it, so a
 * lookup costs O(depth) once the containers on its path have been visited.
 */
export class JsonPositions {
  readonly #text: string;
  readonly #valueStart: Int32Array;
  readonly #keyStart: Int32Array;
  /** One past the last value inside: a container's contents are the values between it and its end. */
  readonly #end: Int32Array;
  readonly #members = new Map<number, Map<string, number>>();
  readonly #items = new Map<number, Int32Array>();

  /** `nodes` and `maxDepth` are what the checking scan found, so the arrays are sized exactly. */
  constructor(text: string, nodes: number, maxDepth: number) {
    this.#text = text;
    this.#valueStart = new Int32Array(nodes);
    this.#keyStart = new Int32Array(nodes);
    this.#end = new Int32Array(nodes);
    scanJson(text, { maxDepth, maxNodes: nodes }, this.#recorder());
  }

  /** The offset of the node's key (a member) or of the value (an item, the root); a missing tail stops at the deepest node found. */
  offsetOf(pointer: string): number {
    let node = 0;
    for (const token of splitPointer(pointer)) {
      const child = this.#child(node, token);
      if (child === -1) break;
      node = child;
    }
    const key = this.#keyStart[node] ?? -1;
    return key >= 0 ? key : (this.#valueStart[node] ?? 0);
  }

  #recorder(): JsonScanSink {
    const open: number[] = [];
    let count = 0;
    const valueStart = this.#valueStart;
    const keyStart = this.#keyStart;
    const end = this.#end;
    const text = this.#text;
    return {
      value(offset, keyOffset) {
        const node = count++;
        valueStart[node] = offset;
        keyStart[node] = keyOffset;
        const char = text.charCodeAt(offset);
        if (char === 123 || char === 91) open.push(node);
        else end[node] = count;
      },
      close() {
        end[open.pop() ?? 0] = count;
      },
    };
  }

  #child(node: number, token: string): number {
    const char = this.#text.charCodeAt(this.#valueStart[node] ?? 0);
    if (char === 123) return this.#membersOf(node).get(token) ?? -1;
    if (char !== 91 || !/^(0|[1-9]\d*)$/.test(token)) return -1;
    return this.#itemsOf(node)[Number(token)] ?? -1;
  }

  #membersOf(node: number): Map<string, number> {
    let members = this.#members.get(node);
    if (members === undefined) {
      members = new Map();
      // With a duplicate key JSON.parse keeps the last value: so does this table.
      for (const child of this.#childrenOf(node))
        members.set(readJsonKey(this.#text, this.#keyStart[child] ?? 0), child);
      this.#members.set(node, members);
    }
    return members;
  }

  #itemsOf(node: number): Int32Array {
    let items = this.#items.get(node);
    if (items === undefined) {
      items = Int32Array.from(this.#childrenOf(node));
      this.#items.set(node, items);
    }
    return items;
  }

  *#childrenOf(node: number): Generator<number> {
    const end = this.#end[node] ?? 0;
    for (let child = node + 1; child < end; child = this.#end[child] ?? end) yield child;
  }
}
