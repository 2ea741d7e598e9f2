/**
 * The contract between generated validators and the client runtime. Copied verbatim into every
 * generated package (`src/runtime/validation.ts`); it must not import anything.
 */
/** One broken rule: where (an RFC 6901 JSON pointer into the value), which keyword, and why. */
export interface ValidationIssue {
  /** `''` for the value itself, `/result/3/id` for a nested one. */
  readonly path: string;
  /** The JSON Schema keyword that failed (`maxLength`, `required`, `type`...). */
  readonly keyword: string;
  /** A sentence fragment a person can read: `must be at most 32 characters`. */
  readonly message: string;
}
export type ValidationResult<T> =
  | {
      readonly ok: true;
      readonly value: T;
    }
  | {
      readonly ok: false;
      readonly errors: readonly ValidationIssue[];
    };
export type Validator<T> = (value: unknown) => ValidationResult<T>;
/** A generated `checkX`: given `errors`, it records every problem of `value` there. */
export type Checker = (value: unknown, errors?: ValidationIssue[], path?: string) => boolean;
/** Every problem of a value, from the error-recording pass of a generated `checkX`. */
export declare function issuesOf(check: Checker, value: unknown): ValidationIssue[];
/**
 * Called by generated code where a rule is broken. Without `errors` the caller only asks yes or
 * no: returns true, stop now. With them, records the problem and returns false: go on.
 */
export declare function reject(
  errors: ValidationIssue[] | undefined,
  path: string,
  keyword: string,
  message: string,
): boolean;
/** Thrown by the generated `assertX` functions; `issues` holds every problem found. */
export declare class ValidationError extends Error {
  readonly issues: readonly ValidationIssue[];
  constructor(what: string, issues: readonly ValidationIssue[]);
}
/** `/result/3/id must be at most 32 characters; (root) must have required property 'success'` */
export declare function describeValidationIssues(issues: readonly ValidationIssue[]): string;
/** An object key as one RFC 6901 pointer token. */
export declare function pointerToken(key: string): string;
/** Length in Unicode code points, as JSON Schema counts it: a surrogate pair is one character. */
export declare function codePointLength(text: string): number;
/** JSON equality: same type, same members; key order does not matter and 0 equals -0. */
export declare function deepEqual(a: unknown, b: unknown): boolean;
/** Whether `value` deep-equals one of `members` (an enum with objects or arrays in it). */
export declare function enumIncludes(members: readonly unknown[], value: unknown): boolean;
/** The indices `[earlier, later]` of the last pair of equal items, or undefined when all differ. */
export declare function duplicateItems(
  items: readonly unknown[],
): readonly [number, number] | undefined;
/**
 * ajv's test, kept for agreement: the quotient must print as an integer, so float noise counts
 * (0.3 is not a multiple of 0.1) and quotients of 1e21 or more fail.
 */
export declare function matchesMultipleOf(value: number, divisor: number): boolean;
export declare function matchesDate(text: string): boolean;
export declare function matchesTime(text: string): boolean;
export declare function matchesDateTime(text: string): boolean;
export declare function matchesEmail(text: string): boolean;
export declare function matchesUuid(text: string): boolean;
export declare function matchesUri(text: string): boolean;
