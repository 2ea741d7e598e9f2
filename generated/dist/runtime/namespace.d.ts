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
import type { Check, ClientPart, OperationSpec } from './descriptor.js';
import type { Context } from './exchange.js';
import type { RequestOptions } from './options.js';
import type { PagePromise } from './pagination.js';
/** Resources and extensions below one namespace, which is at depth `depth` (the client is 0). */
type Group = readonly ClientPart[];
/** A generated method: `(params?, options?)`, or `(options?)` for an operation without parameters. */
export type Method = (first?: unknown, second?: RequestOptions) => APIPromise<unknown> | PagePromise<unknown, unknown>;
/** Calls `op` (its parameters checked by `check`): a PagePromise when it paginates, else an APIPromise. */
export declare function invoke(ctx: Context, op: OperationSpec, check: Check | undefined, first: unknown, second: RequestOptions | undefined): APIPromise<unknown> | PagePromise<unknown, unknown>;
/**
 * Fills `target` with the namespaces, extensions and methods of `group` at `depth`; of the same
 * name, an extension wins over a namespace and a method over both. A function named `then` is
 * never installed: it would make the namespace a thenable, and `await client.x` would call it.
 */
export declare function fill(target: object, ctx: Context, group: Group, depth: number): void;
/**
 * A property computed on first read, then stored as a plain value. defineProperty rather than
 * assignment, so that `__proto__` or `constructor` is an own property like any other name.
 */
export declare function lazy(target: object, name: string, make: () => unknown): void;
export {};
