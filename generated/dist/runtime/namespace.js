/**
 * The client's namespaces (`client.user.billing.history`), built on first access. Creating a
 * client groups the resources by their first name and defines one lazy property per group; a
 * namespace object, and the functions of its methods, come into being when it is first read,
 * then replace their getter, so later reads are plain property loads. An API with 1,500
 * operations costs a client no closure per operation until the app touches them.
 *
 * Methods are closures over the client, not `this`-based: `const list = client.x.list` works.
 */
import { APIPromise } from './api-promise.js';
import { snapshot, start } from './operation.js';
/**
 * Fills `target` with the namespaces, extensions and methods of `group` at `depth`; of the same
 * name, an extension wins over a namespace and a method over both. A function named `then` is
 * never installed: it would make the namespace a thenable, and `await client.x` would call it.
 */
export function fill(target, ctx, group, depth) {
    const children = new Map();
    const here = [];
    for (const part of group) {
        const name = part.at[depth];
        if (name === undefined || ('build' in part && part.at.length === depth + 1))
            here.push(part);
        else if (!children.get(name)?.push(part))
            children.set(name, [part]);
    }
    for (const [name, members] of children)
        lazy(target, name, () => {
            const node = {};
            fill(node, ctx, members, depth + 1);
            return node;
        });
    // After the namespaces, so that these win; in order among themselves.
    for (const part of here) {
        if ('build' in part)
            lazy(target, part.at[depth], () => part.build(ctx));
        else
            for (const name of Object.keys(part.methods)) {
                const op = part.methods[name];
                const check = part.checks?.[name];
                // `(params?, options?)`, or `(options?)` for an operation without parameters: a
                // PagePromise when it paginates (and the client paginates), else an APIPromise.
                if (name !== 'then')
                    define(target, name, (first, second) => {
                        const options = (op.noParams ? first : second);
                        const input = snapshot(op.noParams ? undefined : first);
                        return op.pagination && ctx.paginate
                            ? ctx.paginate(ctx, op, input, options, check)
                            : new APIPromise(start(ctx, op, input, options, check));
                    });
            }
    }
}
/**
 * A property computed on first read, then stored as a plain value. defineProperty rather than
 * assignment, so that `__proto__` or `constructor` is an own property like any other name.
 */
export function lazy(target, name, make) {
    Object.defineProperty(target, name, {
        configurable: true,
        enumerable: true,
        get: () => define(target, name, make()),
    });
}
/** A read-only property (defineProperty's default), which a later define may still replace. */
function define(target, name, value) {
    Object.defineProperty(target, name, { configurable: true, enumerable: true, value });
    return value;
}
