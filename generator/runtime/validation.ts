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
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ValidationIssue[] };

export type Validator<T> = (value: unknown) => ValidationResult<T>;
