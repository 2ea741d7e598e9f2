/**
 * The contract between generated validators and their callers: where a check records problems
 * (an IssueSink, capped), how a generated public validator is built from a check (`validator`,
 * `guard`, `assertion`), and the error an assertion throws.
 *
 * A generated check has two modes. Without a sink it answers yes or no and stops at the first
 * problem: the fast path every valid call takes. With a sink it records every problem, up to
 * MAX_ISSUES; it runs only after the fast path said no.
 */
import type { Check, IssueSink, ValidationIssueLike } from './descriptor.js';
/** One broken rule: where (an RFC 6901 JSON pointer into the value), which keyword, and why. */
export type ValidationIssue = ValidationIssueLike;
export type ValidationResult<T> = {
    readonly ok: true;
    readonly value: T;
} | {
    readonly ok: false;
    /** The first MAX_ISSUES problems. */
    readonly errors: readonly ValidationIssue[];
    /** How many more were found and not kept. */
    readonly omitted: number;
};
/** Issues kept per validation: a hostile 10 MB body costs a counter, not millions of objects. */
export declare const MAX_ISSUES = 100;
/**
 * Called by generated code where a rule is broken. Without a sink the caller only asks yes or
 * no: returns true, stop now. With one, records the problem (or counts it past the cap) and
 * returns false: go on.
 */
export declare function reject(sink: IssueSink | undefined, path: string, keyword: string, message: string): boolean;
/** Runs `check` in recording mode. Never throws for deep or cyclic input: records a depth issue. */
export declare function collect(check: Check, value: unknown): IssueSink;
/** The fast, yes-or-no pass; a stack overflow (deep or cyclic input) is a no. */
export declare function passes(check: Check, value: unknown): boolean;
/** The generated `validateX`: every problem of `value` (capped), each with a JSON pointer. */
export declare function validator<T>(check: Check): (value: unknown) => ValidationResult<T>;
/** The generated `isX`: a type guard that stops at the first problem. */
export declare function guard<T>(check: Check): (value: unknown) => value is T;
/** The generated `assertX`: throws a ValidationError naming `name` and listing the problems. */
export declare function assertion<T>(check: Check, name: string): (value: unknown) => asserts value is T;
/** Thrown by the generated `assertX` functions; `issues` holds the problems found. */
export declare class ValidationError extends Error {
    readonly name: string;
    readonly issues: readonly ValidationIssue[];
    readonly omitted: number;
    constructor(what: string, issues: readonly ValidationIssue[], omitted?: number);
}
/**
 * "per_page must be <= 50; account_id must ..." for parameters (`asNames`: the pointer `/per_page`
 * reads as `per_page`), "/result/0/id must be string" for bodies. Five shown, the rest counted.
 */
export declare function describeIssues(issues: readonly ValidationIssue[], omitted: number, asNames: boolean): string;
/** `/per_page` -> `per_page`, `/fields/0` -> `fields.0`, `''` -> `params`: a pointer into the params as a name. */
export declare function pointerToName(pointer: string): string;
