import { isAlias, isMap, isSeq, type Alias, type Node, type Pair, type YAMLMap } from 'yaml';
import { splitPointer } from '../util/pointer.js';
import { keyString } from './yaml-keys.js';

/**
 * Pointers to offsets in a YAML text, from the ranges yaml keeps on every node. Each mapping's
 * keys are indexed on first use: without that, a spec with many paths is quadratic to locate.
 */
export class YamlPositions {
  readonly #keyIndex = new WeakMap<YAMLMap, ReadonlyMap<string, Pair>>();

  constructor(
    readonly root: unknown,
    readonly targets: ReadonlyMap<Alias, Node>,
  ) {}

  /** The offset of the node's key (a member) or of the node (an item, the root); a missing tail stops at the deepest node found. */
  offsetOf(pointer: string): number {
    let node: unknown = this.root;
    let offset = rangeStart(node) ?? 0;
    for (const token of splitPointer(pointer)) {
      if (isAlias(node)) node = this.targets.get(node);
      if (isMap(node)) {
        const pair = this.#pairsOf(node).get(token);
        if (pair === undefined) break;
        offset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? offset;
        node = pair.value;
      } else if (isSeq(node) && /^(0|[1-9]\d*)$/.test(token)) {
        const item: unknown = node.items[Number(token)];
        if (item === undefined) break;
        offset = rangeStart(item) ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return offset;
  }

  #pairsOf(map: YAMLMap): ReadonlyMap<string, Pair> {
    let pairs = this.#keyIndex.get(map);
    if (pairs === undefined) {
      const built = new Map<string, Pair>();
      for (const pair of map.items as Pair[]) built.set(keyString(pair.key, this.targets), pair);
      this.#keyIndex.set(map, (pairs = built));
    }
    return pairs;
  }
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
