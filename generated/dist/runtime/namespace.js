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
/** Calls `op` (its parameters checked by `check`): a PagePromise when it paginates, else an APIPromise. */
export function invoke(ctx, op, check, first, second) {
    const options = op.noParams ? first : second;
    const input = snapshot(op.noParams ? undefined : first);
    if (op.pagination && ctx.paginate)
        return ctx.paginate(ctx, op, input, options, check);
    return new APIPromise(start(ctx, op, input, options, check));
}
function method(ctx, op, check) {
    return (first, second) => invoke(ctx, op, check, first, second);
}
/**
 * Fills `target` with the namespaces, extensions and methods of `group` at `depth`; of the same
 * name, an extension wins over a namespace and a method over both. A function named `then` is
 * never installed: it would make the namespace a thenable, and `await client.x` would call it.
 */
export function fill(target, ctx, group, depth) {
    const children = new Map();
    for (const part of group) {
        const name = part.at[depth];
        if (name !== undefined &&
            !('build' in part && part.at.length === depth + 1) &&
            children.get(name)?.push(part) === undefined)
            children.set(name, [part]);
    }
    for (const [name, members] of children)
        lazy(target, name, () => namespace(ctx, members, depth + 1));
    for (const part of group) {
        if ('build' in part) {
            if (part.at.length === depth + 1)
                lazy(target, part.at[depth], () => part.build(ctx));
        }
        else if (part.at.length === depth) {
            for (const name of Object.keys(part.methods))
                if (name !== 'then')
                    define(target, name, method(ctx, part.methods[name], part.checks?.[name]));
        }
    }
}
function namespace(ctx, group, depth) {
    const node = {};
    fill(node, ctx, group, depth);
    return node;
}
/**
 * A property computed on first read, then stored as a plain value. defineProperty rather than
 * assignment, so that `__proto__` or `constructor` is an own property like any other name.
 */
export function lazy(target, name, make) {
    Object.defineProperty(target, name, {
        configurable: true,
        enumerable: true,
        get() {
            const value = make();
            define(target, name, value);
            return value;
        },
    });
}
function define(target, name, value) {
    Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: false });
}
