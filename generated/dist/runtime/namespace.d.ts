import type { ClientPart } from './descriptor.js';
import type { Context } from './exchange.js';
/**
 * Fills `target` with the namespaces, extensions and methods of `group` at `depth`; of the same
 * name, an extension or a method wins over a namespace (a namespace is defined only where its
 * name is free), and the later of the two over the earlier. A function named `then` is never
 * installed: it would make the namespace a thenable, and `await client.x` would call it.
 */
export declare function fill(target: object, ctx: Context, group: readonly ClientPart[], depth: number): void;
/**
 * A property computed on first read, then stored as a plain value. defineProperty rather than
 * assignment, so that `__proto__` or `constructor` is an own property like any other name.
 */
export declare function lazy(target: object, name: string, make: () => unknown): void;
