/**
 * A generated method's call: the params snapshot, the request built from the OperationSpec (URL,
 * headers, cookies, body), and the running exchange behind its promise. Parameter validation is
 * `validation`, which only validating factories build in.
 */
import type { Source } from './api-promise.js';
import type { OperationSpec, ParamsCheck, ParamSpec } from './descriptor.js';
import { type Context, type Prepared } from './exchange.js';
import { type RequestOptions } from './options.js';
import { type ValidationIssue } from './validation.js';
export type Input = Readonly<Record<string, unknown>>;
/** The request being built: fetch's init with `duplex` for a stream body (its headers a plain record). */
export type Init = RequestInit & {
    headers: Record<string, string>;
    duplex?: 'half';
};
/**
 * Runs a parameter check: the `validate` built into validating factories (the lite one has
 * none, and its resources no checks). Throws RequestValidationError naming every problem.
 */
export type ParamsValidator = (op: OperationSpec, input: Input, check: ParamsCheck, path: string, contentType: string | undefined) => void;
export declare const validation: ParamsValidator;
/**
 * The params object read once: own enumerable properties, each getter called once, so that what
 * is validated is what is sent. null for something that is not an object (the check says why).
 */
export declare function snapshot(params: unknown): Input | null;
/**
 * Starts one request of `op` with the snapshot `input`, checked by `check` (default: the
 * operation's). The running call behind an APIPromise is also the exchange's response handler.
 */
export declare function start(ctx: Context, op: OperationSpec, input: Input | null, options: RequestOptions | undefined, check?: ParamsCheck | undefined): Source;
/**
 * Throws CloudflareError subclasses for anything wrong before a byte is sent. Without `check`
 * (the lite factory) the parameters are not validated, but what cannot be sent at all (an empty
 * path segment, a nested object in a query) is still refused.
 */
export declare function prepare(ctx: Context, op: OperationSpec, input: Input | null, options: RequestOptions | undefined, check: ParamsCheck | undefined): Prepared;
/**
 * The `deprecated` of deprecated operations' descriptors (generated code imports it for those
 * only): warns that `op` is deprecated, through the `log` option's log (level warn) when there is
 * one, else `console.warn`. Once per process (per JS realm), not per client: apps on Workers and
 * serverless often build a client per request. A client whose level writes no warning leaves it
 * to the next one that does.
 */
export declare function deprecation(ctx: Context, op: OperationSpec): void;
/** A parameter's text from its wire name and value ('' for none); throws Unsendable. */
export type Encoder = (name: string, value: unknown, spec: ParamSpec) => string;
/**
 * The text of the parameter `spec` (a path key, or a ParamSpec) through `encoder`; what cannot be
 * sent is recorded as an issue at its key, and reads `{key}`.
 */
export declare function param(spec: ParamSpec, input: Input, issues: ValidationIssue[], encoder: Encoder): string;
/** The issue of a value that cannot be sent (at the params key `key`; the whole params without). */
export declare function issue(key: string | undefined, thrown: unknown): ValidationIssue;
