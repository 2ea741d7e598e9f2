import { splitPointer } from '../util/pointer.js';
import { readJsonKey } from './json-keys.js';
import { scanJson, type JsonScanLimits, type JsonScanResult, type JsonScanSink } from './json-scan.js';

/**
 * Where every value and key of a JSON text starts, for `locate`: flat arrays indexed by the
 * value's number in document order, filled by the scan that checks the text (`scanRecording`),
 * so that finding a place never scans the text again; each object's key table and each array's
 * item table is built the first time a lookup passes through it, so a lookup costs O(depth)
 * once the containers on its path have been visited.
 */
export class JsonPositions {
  readonly #text: string;
  readonly #valueStart: Int32Array;
  readonly #keyStart: Int32Array;
  /** One past the last value inside: a container's contents are the values between it and its end. */
  readonly #end: Int32Array;
  readonly #members = new Map<number, Map<string, number>>();
  readonly #items = new Map<number, Int32Array>();

  private constructor(text: string, valueStart: Int32Array, keyStart: Int32Array, end: Int32Array) {
    this.#text = text;
    this.#valueStart = valueStart;
    this.#keyStart = keyStart;
    this.#end = end;
  }

  /** Checks the text as scanJson does and, when it is good, gives the positions of every value. */
  static scan(text: string, limits: JsonScanLimits): { scan: JsonScanResult; positions?: JsonPositions } {
    const recorder = new Recorder(text);
    const scan = scanJson(text, limits, recorder);
    if (!scan.ok) return { scan };
    return { scan, positions: new JsonPositions(text, ...recorder.arrays(scan.nodes)) };
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

/** Fills the arrays as the scan goes, growing them (the number of values is known only at the end). */
class Recorder implements JsonScanSink {
  readonly #text: string;
  #valueStart: Int32Array;
  #keyStart: Int32Array;
  #end: Int32Array;
  #count = 0;
  readonly #open: number[] = [];

  constructor(text: string) {
    this.#text = text;
    // About one value per 12 characters in real specs; grown by doubling when short.
    const capacity = Math.max(16, Math.ceil(text.length / 12));
    this.#valueStart = new Int32Array(capacity);
    this.#keyStart = new Int32Array(capacity);
    this.#end = new Int32Array(capacity);
  }

  value(offset: number, keyOffset: number): void {
    const node = this.#count++;
    if (node === this.#valueStart.length) this.#grow();
    this.#valueStart[node] = offset;
    this.#keyStart[node] = keyOffset;
    const char = this.#text.charCodeAt(offset);
    if (char === 123 || char === 91) this.#open.push(node);
    else this.#end[node] = this.#count;
  }

  close(): void {
    this.#end[this.#open.pop() ?? 0] = this.#count;
  }

  arrays(nodes: number): [Int32Array, Int32Array, Int32Array] {
    return [this.#valueStart.subarray(0, nodes), this.#keyStart.subarray(0, nodes), this.#end.subarray(0, nodes)];
  }

  #grow(): void {
    const grown = (array: Int32Array): Int32Array => {
      const next = new Int32Array(array.length * 2);
      next.set(array);
      return next;
    };
    this.#valueStart = grown(this.#valueStart);
    this.#keyStart = grown(this.#keyStart);
    this.#end = grown(this.#end);
  }
}
