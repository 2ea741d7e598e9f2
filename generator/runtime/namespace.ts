/**
 * The client's namespaces (`client.user.billing.history`), built on first access. Creating a
 * client defines one lazy property per first name of its resources; a namespace object, and the
 * functions of its methods, come into being when it is first read, then replace their getter, so
 * later reads are plain property loads. An API with 1,500 operations costs a client no closure
 * per operation until the app touches them.
 *
 * Methods are closures over the client, not `this`-based: `const list = client.x.list` works.
 */
import { APIPromise } from './api-promise.js';
import type { ClientPart, Resource } from './descriptor.js';
import type { Context } from './exchange.js';
import { snapshot, start } from './operation.js';
import type { RequestOptions } from './options.js';

/**
 * Fills `target` with the namespaces, extensions and methods of `group` at `depth`; of the same
 * name, an extension or a method wins over a namespace (a namespace is defined only where its
 * name is free), and the later of the two over the earlier. A function named `then` is never
 * installed: it would make the namespace a thenable, and `await client.x` would call it.
 */
export function fill(target: object, ctx: Context, group: readonly ClientPart[], depth: number): void {
  for (const part of group) {
    const name = part.at[depth];
    // A part ends at a resource (its methods here) or an extension (built one level up).
    const { methods, checks } = part as Resource;
    if (name === undefined)
      for (const key of Object.keys(methods)) {
        const op = methods[key]!;
        const check = checks?.[key];
        // `(params?, options?)`, or `(options?)` for an operation without parameters: a
        // PagePromise when it paginates (and the client paginates), else an APIPromise.
        if (key !== 'then')
          define(target, key, (params?: unknown, options?: RequestOptions) => {
            if (op.noParams) {
              options = params as RequestOptions | undefined;
              params = undefined;
            }
            const input = snapshot(params);
            return op.pagination && ctx.paginate
              ? ctx.paginate(ctx, op, input, options, check)
              : new APIPromise(start(ctx, op, input, options, check));
          });
      }
    else if ('build' in part && part.at.length === depth + 1) lazy(target, name, () => part.build(ctx as never));
    else if (!Object.hasOwn(target, name))
      lazy(target, name, () => {
        const node = {};
        fill(
          node,
          ctx,
          group.filter((member) => member.at[depth] === name),
          depth + 1,
        );
        return node;
      });
  }
}

/**
 * A property computed on first read, then stored as a plain value. defineProperty rather than
 * assignment, so that `__proto__` or `constructor` is an own property like any other name.
 */
export function lazy(target: object, name: string, make: () => unknown): void {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get: () => define(target, name, make()),
  });
}

/** A read-only property (defineProperty's default), which a later define may still replace. */
function define(target: object, name: string, value: unknown): unknown {
  Object.defineProperty(target, name, { configurable: true, enumerable: true, value });
  return value;
}
