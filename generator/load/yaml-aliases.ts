import { isAlias, isMap, isScalar, isSeq, type Alias, type Node, type Pair } from 'yaml';
import { joinPointer } from '../util/pointer.js';
import type { TextProblem } from './issues.js';
import { formatCount, type Limits, raiseLimit } from './limits.js';
import { keyString } from './yaml-keys.js';

/**
 * YAML aliases, bounded by what they expand to. An alias costs one node in the text but stands
 * for its whole anchored node, and every later stage walks it again: a 409 KB file with one
 * 200,000-item anchor aliased 999 times is 200 million values to them. So the expanded size of
 * every anchored node is computed first, each once (an alias counts as the size of its target),
 * and the document is refused before it is built when the total is out of proportion.
 */

interface Extent {
  /** Values, aliases expanded. */
  readonly size: number;
  /** Collections nested in each other, aliases expanded. */
  readonly height: number;
}

export interface AliasMeasure {
  /** The node each alias stands for: the nearest anchor of its name before it. */
  readonly targets: ReadonlyMap<Alias, Node>;
  readonly problems: readonly TextProblem[];
}

export function measureAliases(root: unknown, limits: Limits): AliasMeasure {
  const walk = new AliasWalk(limits);
  const { size } = walk.measure(root, 0);
  walk.checkExpansion(size);
  return { targets: walk.targets, problems: walk.problems };
}

class AliasWalk {
  readonly targets = new Map<Alias, Node>();
  readonly problems: TextProblem[] = [];
  readonly #anchors = new Map<string, Node>();
  readonly #extents = new Map<Node, Extent>();
  readonly #open = new Set<Node>();
  readonly #path: (string | number)[] = [];
  #own = 0;
  #biggest: { alias: Alias; size: number; pointer: string } | undefined;

  constructor(readonly limits: Limits) {}

  /** `depth` counts the collections around the node. */
  measure(node: unknown, depth: number): Extent {
    if (isAlias(node)) return this.#alias(node, depth);
    if (!isMap(node) && !isSeq(node) && !isScalar(node)) return { size: 1, height: 0 };
    this.#own++;
    if (node.anchor) this.#anchor(node);
    let size = 1;
    let height = 0;
    if (isMap(node) || isSeq(node)) {
      node.items.forEach((item: unknown, index: number) => {
        const extent = isMap(node) ? this.#pair(item as Pair, depth + 1) : this.#item(item, index, depth + 1);
        size += extent.size;
        height = Math.max(height, extent.height);
      });
      height++;
    }
    if (node.anchor) this.#close(node, { size, height });
    return { size, height };
  }

  #pair(pair: Pair, depth: number): Extent {
    this.#key(pair.key);
    this.#path.push(keyString(pair.key, this.targets));
    const extent = this.measure(pair.value, depth);
    this.#path.pop();
    return extent;
  }

  /** Keys are scalars (stringKeys): they add nothing, but may hold an anchor or be an alias. */
  #key(key: unknown): void {
    if (isAlias(key)) {
      const target = this.#anchors.get(key.source);
      if (target !== undefined) this.targets.set(key, target);
    } else if (isScalar(key) && key.anchor) {
      this.#anchors.set(key.anchor, key);
      this.#extents.set(key, { size: 1, height: 0 });
    }
  }

  #item(item: unknown, index: number, depth: number): Extent {
    this.#path.push(index);
    const extent = this.measure(item, depth);
    this.#path.pop();
    return extent;
  }

  #anchor(node: Node): void {
    this.#anchors.set(node.anchor ?? '', node);
    this.#open.add(node);
  }

  #close(node: Node, extent: Extent): void {
    this.#open.delete(node);
    this.#extents.set(node, extent);
  }

  #alias(alias: Alias, depth: number): Extent {
    this.#own++;
    const target = this.#anchors.get(alias.source);
    const offset = alias.range?.[0] ?? 0;
    const pointer = joinPointer('', ...this.#path);
    if (target === undefined) {
      const message = `alias *${alias.source} has no anchor &${alias.source} before it`;
      this.problems.push({ code: 'yaml_syntax', offset, pointer, message });
      return { size: 1, height: 0 };
    }
    this.targets.set(alias, target);
    const extent = this.#extents.get(target);
    if (extent === undefined || this.#open.has(target)) {
      const message = `alias *${alias.source} is inside the node it names (&${alias.source}): it would expand forever`;
      this.problems.push({ code: 'alias_expansion_limit', offset, pointer, message });
      return { size: 1, height: 0 };
    }
    if (this.#biggest === undefined || extent.size > this.#biggest.size) {
      this.#biggest = { alias, size: extent.size, pointer };
    }
    if (depth + extent.height > this.limits.maxDepth && this.problems.length === 0) {
      const nesting = `alias *${alias.source} makes mappings and sequences nest more than ${this.limits.maxDepth} deep`;
      this.problems.push({ code: 'nesting_limit', offset, pointer, message: `${nesting}: ${raiseLimit('maxDepth')}` });
    }
    return extent;
  }

  /** Refuses a total out of proportion: over maxAliasNodes and aliasRatio times the document's own size, or over maxNodes. */
  checkExpansion(size: number): void {
    const { maxAliasNodes, aliasRatio, maxNodes } = this.limits;
    const proportionate = Math.max(maxAliasNodes, aliasRatio * this.#own);
    const biggest = this.#biggest;
    if (size <= Math.min(maxNodes, proportionate) || biggest === undefined || this.problems.length > 0) return;
    const [over, limit] =
      proportionate > maxNodes
        ? [`more than the ${formatCount(maxNodes)} allowed`, 'maxNodes' as const]
        : [`more than ${formatCount(maxAliasNodes)} and ${aliasRatio} times its own size`, 'maxAliasNodes' as const];
    const message =
      `YAML aliases expand the document from ${formatCount(this.#own)} to ${formatCount(size)} values, ${over}; ` +
      `*${biggest.alias.source} alone stands for ${formatCount(biggest.size)}: ` +
      `write the values out or use $ref, or ${raiseLimit(limit)}`;
    this.problems.push({
      code: 'alias_expansion_limit',
      offset: biggest.alias.range?.[0] ?? 0,
      pointer: biggest.pointer,
      message,
    });
  }
}
